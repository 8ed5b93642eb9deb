// Deployable anywhere static: the headers a host would send, and the
// release package unpacked into a folder and served under it
// (/skole/kapacitetsradar/), where the gathering path works end to end.
import { test, expect, axeViolations, waitForApp, waitsForApp } from "./helpers.mjs";
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const MODEL = JSON.parse(readFileSync("model/kapacitetsmodel.v2.json", "utf8"));
const VERSION = readFileSync("Cargo.toml", "utf8").match(/^version = "(.+)"/m)[1];

test("the served page carries the hosts' headers", async ({ request }) => {
  const page = await request.get("/");
  const headers = page.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toContain("default-src 'none'");
  // The header's policy is the page's own, hashes and all.
  const meta = (await page.text()).match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  expect(headers["content-security-policy"]).toBe(`${meta}; frame-ancestors 'none'`);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["cache-control"]).toBe("no-cache");
  const wasm = (await page.text()).match(/href="\.\/([^"]+\.wasm)"/)[1];
  const asset = await request.get(`/${wasm}`);
  expect(asset.headers()["content-type"]).toBe("application/wasm");
  expect(asset.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect((await request.get("/sw.js")).headers()["cache-control"]).toBe("no-cache");
});

/// The package, unpacked and served under a folder on its own port.
function unpacked(port) {
  const zip = execFileSync("bash", ["scripts/package", "--no-build"], { encoding: "utf8" }).trim().split("\n").at(-1);
  const root = mkdtempSync(join(tmpdir(), "kapacitetsradar-package-"));
  execFileSync("python3", ["-m", "zipfile", "-e", zip, root]);
  const folder = join(root, `kapacitetsradar-${VERSION}`);
  // Every file is what SHA256SUMS says.
  execFileSync("sha256sum", ["--quiet", "-c", "SHA256SUMS"], { cwd: folder });
  for (const file of ["INSTALL.md", "nginx.conf", "dist/_headers", "dist/.htaccess", "dist/index.html"]) {
    readFileSync(join(folder, file));
  }
  const server = spawn("node", ["scripts/static-server.mjs", join(folder, "dist"), String(port), "/skole/kapacitetsradar/"], {
    stdio: "ignore",
  });
  return {
    url: `http://127.0.0.1:${port}/skole/kapacitetsradar/`,
    close() {
      server.kill();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

test("the release package works unpacked under a folder: answers, a share link, gathering", async ({ browser, page }) => {
  test.setTimeout(120_000);
  const site = unpacked(8097);
  try {
    await expect.poll(async () => (await fetch(site.url).catch(() => null))?.status ?? 0).toBe(200);
    // A leader on their own device, under the folder.
    await page.goto(site.url);
    await waitForApp(page);
    await expect(page.locator(".site-footer .version")).toContainText(`Version ${VERSION}`);
    await page.getByRole("button", { name: "Start en ny vurdering" }).click();
    await page.getByLabel("Skole").fill("Nordskolen");
    await page.getByLabel("Ledelsesteam").fill("Ledelsen");
    await page.getByRole("button", { name: "Opret og gå videre" }).click();
    await page.getByLabel("Dit navn").fill("Anna");
    await page.getByRole("button", { name: "Begynd at svare" }).click();
    const theme = MODEL.themes[0];
    for (const s of theme.statements.filter((x) => x.audience === "leaders")) {
      await page.locator(`input[name="answer-${s.id.replace(".", "-")}"][value="4"]`).check();
    }
    await expect(page.getByTestId("save-status")).toContainText("Gemt");
    expect(page.url()).toMatch(/\/skole\/kapacitetsradar\/#\/a\//);
    await page.goto(page.url().replace(/\/t\/\d+$/, "/oversigt"));
    const link = await page.locator("#share-link").inputValue();
    // The link points at the page's own folder, not the domain's root.
    expect(link.startsWith(`${site.url}#/i/1.`)).toBe(true);
    // The service worker's scope follows the folder.
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(site.url);
    expect(await axeViolations(page)).toEqual([]);

    // The consultant, in another browser, opens the link and gathers it.
    const consultant = await (await browser.newContext()).newPage();
    waitsForApp(consultant);
    await consultant.goto(link);
    await expect(consultant.locator("main h1")).toHaveText("Saml svar");
    await expect(consultant.locator("table.staged tbody tr")).toHaveCount(1);
    await consultant.getByRole("button", { name: "Tilføj 1 svar" }).click();
    await consultant.locator(".notice.ok").getByRole("button", { name: "Se resultaterne" }).click();
    const row = consultant.locator(".results-table tr", { has: consultant.locator(`th:has-text("${theme.title.da}")`) });
    await expect(row.locator("td").first()).toHaveText("4,0");
    expect(consultant.url().startsWith(`${site.url}#/a/`)).toBe(true);
    await consultant.context().close();
  } finally {
    site.close();
  }
});
