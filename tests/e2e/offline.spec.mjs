// Offline and installable: after one visit the app loads and saves without
// a network; a new deployment is offered with a notice and never forced;
// the service worker keeps only the build's own files; the web app
// manifest and its icons are there.
import { test, expect, axeViolations, waitForApp, SCREENSHOTS } from "./helpers.mjs";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { spawn } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";

/// `dist/` copied to a folder of its own and served there, so the test can
/// deploy a changed build without touching the one the other tests use.
async function deployment(port) {
  const root = mkdtempSync(join(tmpdir(), "kapacitetsradar-deploy-"));
  cpSync("dist", root, { recursive: true });
  const server = spawn("node", ["scripts/static-server.mjs", root, String(port)], { stdio: "ignore" });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    root,
    // A new build: another version of the worker, and a changed page.
    redeploy() {
      const sw = join(root, "sw.js");
      writeFileSync(sw, readFileSync(sw, "utf8").replace(/VERSION="[0-9a-f]+"/, 'VERSION="0000000000000002"'));
      const page = join(root, "index.html");
      writeFileSync(page, readFileSync(page, "utf8").replace("<title>", "<title data-build=\"2\">"));
    },
    close() {
      server.kill();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
}

const TEAM = {
  format: "kapacitetsradar.assessment",
  version: 3,
  assessment: {
    id: "offline", model_id: "kapacitet-2026", model_version: 2, school: "Nordskolen", team: "Ledelsen",
    date: "2026-12-01", round: "baseline",
    respondents: [{ id: "r1", name: "Anna", role: "leader", answers: {}, updated_at: 1 }],
    updated_at: 1,
  },
};

test("after one visit the app loads and saves offline; a new version is offered, never forced", async ({ page, context }) => {
  test.setTimeout(90_000);
  const site = await deployment(8093);
  try {
    await page.goto(site.url);
    await waitForApp(page);
    await page.evaluate((doc) => localStorage.setItem("kapacitetsradar.assessment.offline", JSON.stringify(doc)), TEAM);
    await controlled(page);

    // 2–4: offline, reload, answer, saved.
    await context.setOffline(true);
    await page.reload();
    await waitForApp(page);
    await page.goto(`${site.url}#/a/offline/r/r1/t/1`);
    await expect(page.locator("main h1")).toHaveText("Retning, mål og prioritering");
    await page.locator('label[for="a-T1-1-4"]').click();
    await expect(page.getByTestId("save-status")).toContainText("Gemt");
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("kapacitetsradar.assessment.offline")));
    expect(stored.assessment.respondents[0].answers["T1.1"].answer).toBe(4);
    await page.reload();
    await expect(page.locator('input[name="answer-T1-1"][value="4"]')).toBeChecked();

    // The worker's cache holds this build's files and nothing else.
    const dist = readdirSync("dist", { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && !["sw.js", "_headers", ".htaccess"].includes(e.name))
      .map((e) => join(e.parentPath ?? e.path, e.name).replace(/^dist\//, ""))
      .map((name) => new URL(name, site.url).href)
      .sort();
    const cached = await page.evaluate(async () => {
      const urls = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      }
      return urls.sort();
    });
    expect(cached).toEqual(dist);

    // 5: back online, a changed build is deployed; the next visit finds it.
    await context.setOffline(false);
    site.redeploy();
    await page.reload();
    await waitForApp(page);
    // The user is in the middle of a comment when the new version arrives.
    await page.getByLabel("Kommentar (valgfri)").first().fill("Skrevet før opdateringen");
    await page.evaluate(() => (window.__sameDocument = true));
    const notice = page.locator(".notice.update");
    await expect(notice).toContainText("Der er en ny version – genindlæs", { timeout: 20_000 });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/update-notice-1366x768.png` });
    // Nothing reloaded by itself, and the comment is still being written.
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
    await expect(page.getByLabel("Kommentar (valgfri)").first()).toHaveValue("Skrevet før opdateringen");

    // Only the user's click reloads, into the new version, with the comment kept.
    await notice.getByRole("button", { name: "Genindlæs" }).click();
    await page.waitForFunction(() => window.__sameDocument === undefined);
    await waitForApp(page);
    await expect(page.locator("title")).toHaveAttribute("data-build", "2");
    await expect(page.getByLabel("Kommentar (valgfri)").first()).toHaveValue("Skrevet før opdateringen");
    await expect(page.locator(".notice.update")).toHaveCount(0);
    const caches = await page.evaluate(() => caches.keys());
    expect(caches).toEqual(["kapacitetsradar-0000000000000002"]);
  } finally {
    site.close();
  }
});

test("the app can be installed: a manifest with its name and icons", async ({ page }) => {
  await page.goto("/");
  await waitForApp(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  const manifest = await page.evaluate(async (href) => (await fetch(href)).json(), href);
  expect(manifest.name).toBe("Kapacitetsradar");
  expect(manifest.start_url).toBe("./");
  expect(manifest.display).toBe("standalone");
  const sizes = manifest.icons.map((i) => i.sizes);
  expect(sizes).toContain("192x192");
  expect(sizes).toContain("512x512");
  for (const icon of manifest.icons) {
    // Each icon is a PNG of the size it claims.
    const [width, height] = await page.evaluate(async (src) => {
      const bitmap = await createImageBitmap(await (await fetch(src)).blob());
      return [bitmap.width, bitmap.height];
    }, icon.src);
    expect(`${width}x${height}`).toBe(icon.sizes);
  }
  // Chromium's own verdict.
  const cdp = await page.context().newCDPSession(page);
  const { errors } = await cdp.send("Page.getAppManifest");
  expect(errors).toEqual([]);
  await controlled(page);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  // Playwright's browser contexts are incognito, where Chromium installs
  // nothing; every other check passes.
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== "in-incognito")).toEqual([]);
});
