// End-to-end tests against the release dist/, served on 127.0.0.1 by the
// same static server as scripts/serve. Uses Debian's Chromium: Playwright's
// own browser download is never run.
import { defineConfig } from "@playwright/test";

const port = 8091;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "tests/e2e/artifacts",
  timeout: 60_000,
  workers: 1,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: `node scripts/static-server.mjs dist ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
  },
});
