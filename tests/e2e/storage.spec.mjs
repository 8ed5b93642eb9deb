// Nothing a user typed may be lost: damaged storage, full or blocked
// storage, two tabs, and data from an older version of the app.
import { test, expect, axeViolations, waitForApp, SCREENSHOTS } from "./helpers.mjs";
import { readFileSync } from "node:fs";

const V1 = readFileSync("schemas/examples/assessment.v1.json", "utf8");

async function newAssessment(page, school = "Nordskolen", name = "Anna") {
  await page.getByRole("button", { name: "Start en ny vurdering" }).click();
  await page.getByLabel("Skole").fill(school);
  await page.getByRole("button", { name: "Opret og gå videre" }).click();
  await page.getByLabel("Dit navn").fill(name);
  await page.getByRole("button", { name: "Begynd at svare" }).click();
  await expect(page.locator("main h1")).toHaveText("Retning, mål og prioritering");
}

test("damaged stored data is set aside untouched, the user is told, and the app starts clean", async ({ page }) => {
  const damaged = '{"format":"kapacitetsradar.assessment","version":2,"assessment":{"id":"x"';
  // Seed only once the app has started: otherwise a slow start reads the
  // seed itself, and the reload below finds nothing left to set aside.
  await page.goto("/");
  await waitForApp(page);
  await page.evaluate((text) => localStorage.setItem("kapacitetsradar.assessment.x", text), damaged);
  await page.reload();
  const alert = page.locator(".notice.error");
  await expect(alert).toContainText("lagt til side urørt");
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOTS}/quarantine-1366x768.png` });
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys).not.toContain("kapacitetsradar.assessment.x");
  const aside = keys.filter((k) => k.startsWith("kapacitetsradar.quarantine.x."));
  expect(aside).toHaveLength(1);
  expect(await page.evaluate((k) => localStorage.getItem(k), aside[0])).toBe(damaged);
  // The copy can be downloaded, byte for byte.
  const download = page.waitForEvent("download");
  await alert.getByRole("button", { name: "Hent kopien som fil" }).click();
  expect(readFileSync(await (await download).path(), "utf8")).toBe(damaged);
  // The app works, and a reload neither copies nor overwrites it again.
  await newAssessment(page);
  await page.reload();
  const after = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("kapacitetsradar.quarantine.")));
  expect(after).toEqual(aside);
  // Until the user deletes it, every start reminds them of the copy.
  const reminder = page.locator(".notice.warn", { hasText: "ligger stadig til side" });
  await expect(reminder).toContainText(aside[0]);
  expect(await axeViolations(page)).toEqual([]);
  page.once("dialog", (d) => d.accept());
  await reminder.getByRole("button", { name: "Slet kopien" }).click();
  await expect(reminder).toHaveCount(0);
  await page.reload();
  await waitForApp(page);
  await expect(page.locator(".notice", { hasText: "ligger stadig til side" })).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("kapacitetsradar.quarantine.")))).toEqual([]);
});

test("a full storage quota shows a warning, keeps working in memory and offers a file export", async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (String(key).startsWith("kapacitetsradar.assessment.") && window.__full) {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      }
      return setItem.call(this, key, value);
    };
  });
  await page.goto("/");
  await newAssessment(page);
  await page.locator('label[for="a-T1-1-4"]').click();
  await expect(page.getByTestId("save-status")).toContainText("Gemt");
  await page.evaluate(() => (window.__full = true));
  await page.locator('label[for="a-T1-2-5"]').click();
  await page.locator("#c-T1-2").fill("Skrevet mens lageret var fuldt");
  const warning = page.locator(".notice.warn");
  await expect(warning).toContainText("Browserens lager er fuldt");
  await expect(page.getByTestId("save-status")).toHaveText("Ikke gemt");
  await expect(page.locator('input[name="answer-T1-2"][value="5"]')).toBeChecked();
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOTS}/storage-full-1366x768.png` });
  const download = page.waitForEvent("download");
  await warning.getByRole("button", { name: "Eksportér som fil" }).click();
  const file = JSON.parse(readFileSync(await (await download).path(), "utf8"));
  expect(file.format).toBe("kapacitetsradar.assessment");
  const answers = file.assessment.respondents[0].answers;
  expect(answers["T1.2"]).toEqual({ answer: 5, comment: "Skrevet mens lageret var fuldt" });
  // Space frees up: the next change saves everything, and the warning goes.
  await page.evaluate(() => (window.__full = false));
  await page.locator('label[for="a-T1-3-3"]').click();
  await expect(page.getByTestId("save-status")).toContainText("Gemt");
  await expect(warning).toHaveCount(0);
  await page.reload();
  await expect(page.locator("#c-T1-2")).toHaveValue("Skrevet mens lageret var fuldt");
});

test("blocked storage (as in some private modes) still lets the user work, with a warning", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await page.goto("/");
  await expect(page.locator(".notice.warn")).toContainText("Browseren tillader ikke");
  await newAssessment(page, "Privatskolen");
  await page.locator('label[for="a-T1-1-2"]').click();
  await expect(page.locator('input[name="answer-T1-1"][value="2"]')).toBeChecked();
  await expect(page.getByTestId("save-status")).toHaveText("Ikke gemt");
  await expect(page.getByRole("button", { name: "Eksportér som fil" })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("two tabs on the same assessment see each other's changes", async ({ context }) => {
  const one = await context.newPage();
  await one.goto("/");
  await newAssessment(one);
  await one.locator('label[for="a-T1-1-4"]').click();
  await expect(one.getByTestId("save-status")).toContainText("Gemt");

  const two = await context.newPage();
  await two.goto(one.url());
  await expect(two.locator('input[name="answer-T1-1"][value="4"]')).toBeChecked();
  await two.locator('label[for="a-T1-2-2"]').click();
  await two.locator("#c-T1-3").fill("Fra fane to");
  await expect(one.locator('input[name="answer-T1-2"][value="2"]')).toBeChecked();
  await expect(one.locator("#c-T1-3")).toHaveValue("Fra fane to");
  await expect(one.locator(".notice.info")).toContainText("opdateret i et andet vindue");

  // Tab one answers another statement; tab two's answers are not lost.
  await one.locator('label[for="a-T1-4-5"]').click();
  await expect(two.locator('input[name="answer-T1-4"][value="5"]')).toBeChecked();
  await two.reload();
  for (const [s, v] of [["T1-1", "4"], ["T1-2", "2"], ["T1-4", "5"]]) {
    await expect(two.locator(`input[name="answer-${s}"][value="${v}"]`)).toBeChecked();
  }
  await expect(two.locator("#c-T1-3")).toHaveValue("Fra fane to");
});

test("data saved by an older version of the app still loads", async ({ page }) => {
  await page.goto("/");
  await waitForApp(page);
  await page.evaluate((text) => localStorage.setItem("kapacitetsradar.assessment.gammel", text), V1);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Sydskolen · Ledelsen" })).toBeVisible();
  await page.getByRole("button", { name: /Fortsæt.*Sydskolen/ }).click();
  await page.getByRole("button", { name: /Pia/ }).click();
  await expect(page.locator('input[name="answer-T1-1"][value="5"]')).toBeChecked();
  await expect(page.locator('input[name="answer-T1-2"][value="dont_know"]')).toBeChecked();
});

test("a comment typed and the tab closed at once is there when the page is opened again", async ({ page, context }) => {
  await page.goto("/");
  await waitForApp(page);
  await newAssessment(page);
  // Saves of a comment wait for a pause in the typing (300 ms); closing the
  // tab before then must still keep every keystroke.
  await page.getByLabel("Kommentar (valgfri)").first().click();
  await page.keyboard.type("Vi mangler tid til opfølgning", { delay: 0 });
  const address = page.url();
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto(address);
  await expect(again.getByLabel("Kommentar (valgfri)").first()).toHaveValue("Vi mangler tid til opfølgning");
  await again.close();
});
