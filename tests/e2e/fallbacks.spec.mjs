// Where an engine lacks something (the Fullscreen API, persistent storage,
// the clipboard; CompressionStream is not used: links deflate in the app's
// own code), the app offers the best fallback and says so, and never shows
// a button that does nothing. Each API is taken away before the app starts.
import { test, expect, axeViolations, waitForApp } from "./helpers.mjs";
import { readFileSync } from "node:fs";

const MODEL = JSON.parse(readFileSync("model/kapacitetsmodel.v2.json", "utf8"));
const LEADER = MODEL.themes.flatMap((t) => t.statements.filter((s) => s.audience === "leaders").map((s) => s.id));
const TEAM = {
  format: "kapacitetsradar.assessment",
  version: 4,
  assessment: {
    id: "fb", model_id: MODEL.id, model_version: MODEL.model_version, school: "Nordskolen", team: "Ledelsen",
    date: "2026-12-01", round: "baseline", updated_at: 2,
    respondents: [{ id: "r1", name: "Anna", role: "leader", updated_at: 1, answers: Object.fromEntries(LEADER.map((s) => [s, { answer: 4 }])) }],
  },
};

async function withoutApis(page) {
  await page.addInitScript(() => {
    for (const name of ["requestFullscreen", "webkitRequestFullscreen"]) delete Element.prototype[name];
    Object.defineProperty(Document.prototype, "fullscreenEnabled", { get: () => false });
    delete StorageManager.prototype.persist;
    Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined });
  });
  await page.goto("/");
  await waitForApp(page);
  await page.evaluate((doc) => localStorage.setItem("kapacitetsradar.assessment.fb", JSON.stringify(doc)), TEAM);
}

test("no Fullscreen API: no full-screen button, and the page says what to do instead", async ({ page }) => {
  await withoutApis(page);
  await page.goto("/#/a/fb/resultater");
  await page.reload();
  await expect(page.locator(".results-table")).toBeVisible();
  await expect(page.getByRole("button", { name: "Vis i fuld skærm" })).toHaveCount(0);
  await expect(page.locator(".fullscreen-fallback")).toContainText("F11");
  expect(await axeViolations(page)).toEqual([]);
});

test("no persist(): no button to ask, and the data page says to keep a backup", async ({ page }) => {
  await withoutApis(page);
  await page.goto("/#/data");
  await page.reload();
  await expect(page.locator("#persistence")).not.toBeEmpty();
  await expect(page.getByRole("button", { name: "Bed om varig lagring" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Gem en sikkerhedskopi" }).first()).toBeVisible();
});

test("no clipboard: copying says to select the link and copy it by hand, and the link is there to select", async ({ page }) => {
  await withoutApis(page);
  await page.goto("/#/a/fb/r/r1/oversigt");
  await page.reload();
  await page.getByRole("button", { name: "Kopiér linket" }).click();
  await expect(page.getByText("Kunne ikke kopiere. Markér linket og tryk Ctrl+C.")).toBeVisible();
  await expect(page.locator("#share-link")).toHaveValue(/#\/i\/1\./);
});

test.describe("on WebKit (Safari's user agent)", () => {
  test.use({
    userAgent:
      "Mozilla/5.0 (iPad; CPU OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
  });
  test("the backup reminder comes after 3 days, not 7, and says why plainly", async ({ page }) => {
    const fourDaysAgo = Date.now() - 4 * 24 * 3600 * 1000;
    await page.goto("/");
    await waitForApp(page);
    await page.evaluate(
      ([doc, since]) => {
        localStorage.setItem("kapacitetsradar.assessment.fb", JSON.stringify(doc));
        localStorage.setItem("kapacitetsradar.backup", JSON.stringify({ changed_since: since }));
      },
      [TEAM, fourDaysAgo],
    );
    await page.goto("/#/a/fb/r/r1/t/1");
    await page.reload();
    await page.locator('label[for="a-T1-1-2"]').click();
    await expect(page.locator(".nudge")).toContainText("efter 7 dage uden besøg");
    expect(await axeViolations(page)).toEqual([]);
  });
});
