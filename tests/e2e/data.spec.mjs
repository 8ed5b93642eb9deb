// Keeping the data: the data page, a backup saved and restored (merged,
// never overwriting; a bad file changes nothing; a locked one asks for its
// passphrase), the backup reminder, deleting everything, the privacy page,
// and answers locked with a passphrase on their way to the consultant.
import { test, expect, axeViolations, waitForApp, SCREENSHOTS } from "./helpers.mjs";
import { readFileSync, writeFileSync } from "node:fs";

const MODEL = JSON.parse(readFileSync("model/kapacitetsmodel.v2.json", "utf8"));
const LEADER_STATEMENTS = MODEL.themes.flatMap((t) => t.statements.filter((s) => s.audience === "leaders").map((s) => s.id));

function person(id, name, score) {
  const answers = {};
  for (const s of LEADER_STATEMENTS) answers[s] = { answer: score };
  return { id, name, role: "leader", answers, updated_at: 10 };
}

function doc(id, school, respondents) {
  return {
    format: "kapacitetsradar.assessment",
    version: 3,
    assessment: {
      id, model_id: MODEL.id, model_version: MODEL.model_version, school, team: "Ledelsen",
      date: "2026-12-01", round: "baseline", respondents, updated_at: 20,
    },
  };
}

async function seed(page, docs, extra = {}) {
  await page.goto("/");
  await waitForApp(page);
  await page.evaluate(({ docs, extra }) => {
    for (const d of docs) localStorage.setItem(`kapacitetsradar.assessment.${d.assessment.id}`, JSON.stringify(d));
    for (const [k, v] of Object.entries(extra)) localStorage.setItem(k, v);
  }, { docs, extra });
  await page.reload();
  await waitForApp(page);
}

const stored = (page, id) =>
  page.evaluate((id) => JSON.parse(localStorage.getItem(`kapacitetsradar.assessment.${id}`)), id);
const everything = (page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])));

test("a backup is saved, restored by merging, refused whole when bad, and can be locked", async ({ page }, info) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await seed(page, [
    doc("nord", "Nordskolen", [person("r1", "Anna", 4), person("r2", "Bo", 3)]),
    doc("syd", "Sydskolen", [person("s1", "Sara", 2)]),
  ]);
  await page.getByRole("link", { name: "Data på denne enhed" }).click();
  await expect(page.locator("main h1")).toHaveText("Data på denne enhed");
  await expect(page.locator("#last-backup")).toHaveText("Ingen endnu");
  await expect(page.locator("#persistence")).not.toBeEmpty();
  await expect(page.locator("#app-usage")).toContainText("kB");
  await expect(page.locator("#site-usage")).toContainText(" af ");
  await expect(page.locator("main")).toContainText("2 vurderinger, 3 respondenter, 0 egne modeller");
  expect(await axeViolations(page)).toEqual([]);

  // One click: everything as one file.
  let download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Gem en sikkerhedskopi" }).click();
  const backupPath = info.outputPath("backup.json");
  await (await download).saveAs(backupPath);
  const backup = JSON.parse(readFileSync(backupPath, "utf8"));
  expect(backup.format).toBe("kapacitetsradar.backup");
  expect(backup.assessments.map((a) => a.assessment.id).sort()).toEqual(["nord", "syd"]);
  await expect(page.locator("#last-backup")).not.toHaveText("Ingen endnu");
  expect(JSON.parse(await page.evaluate(() => localStorage.getItem("kapacitetsradar.backup"))).last_backup).toBeGreaterThan(0);

  // Since the backup: Bo was removed, Anna changed an answer.
  const nord = await stored(page, "nord");
  nord.assessment.respondents = nord.assessment.respondents.filter((r) => r.id !== "r2");
  nord.assessment.respondents[0].answers[LEADER_STATEMENTS[0]] = { answer: 1 };
  nord.assessment.updated_at = 30;
  await page.evaluate((d) => localStorage.setItem("kapacitetsradar.assessment.nord", JSON.stringify(d)), nord);
  await page.reload();
  await waitForApp(page);

  // A bad backup changes nothing, and says which field is wrong.
  const before = await everything(page);
  const bad = JSON.parse(JSON.stringify(backup));
  bad.assessments[1].assessment.respondents[0].name = 17;
  const badPath = info.outputPath("bad.json");
  writeFileSync(badPath, JSON.stringify(bad));
  await page.locator("#restore-file").setInputFiles(badPath);
  const refused = page.locator(".restore .notice.error");
  await expect(refused).toContainText("intet er ændret");
  await expect(refused).toContainText("assessments[1].assessment.respondents[0].name");
  expect(await everything(page)).toEqual(before);

  // The real backup: first what it holds and would do, then the merge.
  await page.locator("#restore-file").setInputFiles(backupPath);
  const preview = page.locator(".restore-preview");
  await expect(preview.locator("tbody tr")).toHaveCount(2);
  const nordRow = preview.locator("tbody tr", { hasText: "Nordskolen" });
  await expect(nordRow).toContainText(`Tilføjer 1 respondent og ${LEADER_STATEMENTS.length} svar`);
  await expect(nordRow).toContainText("1 svar er forskellige – enhedens svar beholdes");
  await expect(preview.locator("tbody tr", { hasText: "Sydskolen" })).toContainText("Enheden har allerede alt i kopien");
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOTS}/restore-preview-1366x900.png`, fullPage: true });
  expect(await everything(page)).toEqual(before);
  await preview.getByRole("button", { name: "Gendan" }).click();
  await expect(page.locator(".restore .notice.ok")).toContainText("Sikkerhedskopien er gendannet");
  await expect(page.locator(".notices .notice.warn")).toContainText(`1 svar i sikkerhedskopien er forskellige fra dem på denne enhed. Enhedens svar er beholdt – tjek dem: ${LEADER_STATEMENTS[0]}`);
  await expect.poll(async () => (await stored(page, "nord")).assessment.respondents.map((r) => r.name)).toEqual(["Anna", "Bo"]);
  const after = await stored(page, "nord");
  expect(after.assessment.respondents[0].answers[LEADER_STATEMENTS[0]].answer).toBe(1);

  // A locked backup: the passphrase is asked for, a wrong one changes nothing.
  await page.getByLabel("Adgangskode til filen").fill("kort");
  await expect(page.locator("#backup-passphrase-error")).toHaveText("Adgangskoden skal have mindst 8 tegn.");
  await page.getByLabel("Adgangskode til filen").fill("rød hest på taget");
  download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Gem en sikkerhedskopi" }).click();
  const lockedPath = info.outputPath("locked.json");
  await (await download).saveAs(lockedPath);
  const locked = readFileSync(lockedPath, "utf8");
  expect(JSON.parse(locked).format).toBe("kapacitetsradar.locked");
  expect(locked).not.toContain("Nordskolen");
  const beforeLocked = await everything(page);
  await page.locator("#restore-file").setInputFiles(lockedPath);
  await page.locator("#restore-passphrase").fill("forkert kode her");
  await page.getByRole("button", { name: "Lås op" }).click();
  await expect(page.locator("#restore-error")).toContainText("Adgangskoden passer ikke");
  expect(await everything(page)).toEqual(beforeLocked);
  await page.locator("#restore-passphrase").fill("rød hest på taget");
  await page.getByRole("button", { name: "Lås op" }).click();
  await expect(page.locator(".restore-preview")).toContainText("Der er intet at gendanne");
});

test("the backup reminder appears after a week of changes in no backup, and can be waved away", async ({ page }) => {
  const eightDaysAgo = Date.now() - 8 * 24 * 3600 * 1000;
  await seed(page, [doc("nord", "Nordskolen", [person("r1", "Anna", 4)])], {
    "kapacitetsradar.backup": JSON.stringify({ changed_since: eightDaysAgo }),
  });
  // Only looking: no reminder.
  await expect(page.locator(".nudge")).toHaveCount(0);
  // A real change in this session: the reminder.
  await page.goto("/#/a/nord/r/r1/t/1");
  await page.locator('label[for="a-T1-1-2"]').click();
  const nudge = page.locator(".nudge");
  await expect(nudge).toContainText("ikke gemt en sikkerhedskopi i over en uge");
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOTS}/backup-nudge-1366x768.png` });
  await nudge.getByRole("button", { name: "Ikke nu" }).click();
  await expect(nudge).toHaveCount(0);
  await page.reload();
  await page.locator('label[for="a-T1-1-3"]').click();
  await expect(page.getByTestId("save-status")).toContainText("Gemt");
  await expect(page.locator(".nudge")).toHaveCount(0);
  // Saving from the reminder records the backup.
  await page.evaluate(() => localStorage.setItem("kapacitetsradar.backup", JSON.stringify({ changed_since: 1 })));
  await page.reload();
  await page.locator('label[for="a-T1-1-4"]').click();
  const download = page.waitForEvent("download");
  await page.locator(".nudge").getByRole("button", { name: "Gem en sikkerhedskopi" }).click();
  expect((await download).suggestedFilename()).toMatch(/^kapacitetsradar-sikkerhedskopi-\d{4}-\d\d-\d\d\.json$/);
  await expect(page.locator(".nudge")).toHaveCount(0);
});

test("delete everything asks first, then leaves no storage, cache or worker behind", async ({ page }) => {
  await seed(page, [doc("nord", "Nordskolen", [person("r1", "Anna", 4)])]);
  // An active worker with its cache is enough; whether this very page is
  // already controlled depends on how the seeding reload raced the install.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(async () => (await caches.keys()).length)).toBe(1);
  await page.goto("/#/data");
  // Saying no keeps everything.
  page.once("dialog", (d) => d.dismiss());
  await page.getByRole("button", { name: "Slet alt på denne enhed" }).click();
  expect(await page.evaluate(() => localStorage.length)).toBeGreaterThan(0);
  page.once("dialog", (d) => {
    expect(d.message()).toContain("Det kan ikke fortrydes");
    d.accept();
  });
  await page.getByRole("button", { name: "Slet alt på denne enhed" }).click();
  await expect(page.locator("main")).toContainText("Alt er slettet fra denne enhed.");
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  expect(await page.evaluate(() => caches.keys())).toEqual([]);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  await expect(page.locator("main")).toContainText("0 vurderinger, 0 respondenter, 0 egne modeller");
  await page.goto("/");
  await expect(page.locator("main")).toContainText("Der er ingen gemte vurderinger endnu.");
});

test("the privacy page says what is kept, for how long, what is sent and how to delete it, in each language", async ({ page }) => {
  await page.goto("/");
  await waitForApp(page);
  await page.getByRole("link", { name: "Læs mere om privatliv" }).click();
  await expect(page.locator("main h1")).toHaveText("Privatliv");
  for (const heading of ["Hvad gemmes, og hvor", "Hvor længe", "Intet sendes nogen steder hen", "Hvad et delingslink indeholder", "Sådan sletter du alt"]) {
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
  }
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Norsk (bokmål)" }).click();
  await expect(page.locator("main h1")).toHaveText("Personvern");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("main h1")).toHaveText("Privacy");
  await expect(page.getByRole("heading", { name: "Nothing is sent anywhere" })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/privacy-en-1366x768.png`, fullPage: true });
});

test("answers locked with a passphrase reach the consultant only with it", async ({ page, browser }, info) => {
  test.setTimeout(90_000);
  await seed(page, [doc("nord", "Nordskolen", [person("r1", "Anna", 4)])]);
  await page.goto("/#/a/nord/r/r1/oversigt");
  await page.getByText("Lås med en adgangskode").click();
  await page.locator("#lock-passphrase").fill("kort");
  await page.getByRole("button", { name: "Lås fil og link" }).click();
  await expect(page.locator("#lock-passphrase-error")).toBeVisible();
  await page.locator("#lock-passphrase").fill("blå bil i regnvejr");
  await page.getByRole("button", { name: "Lås fil og link" }).click();
  await expect(page.locator(".lock-share")).toContainText("Låst.");
  const link = await page.locator("#locked-link").inputValue();
  expect(link).toContain("#/i/k1.");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Hent låst fil" }).click();
  const filePath = info.outputPath("svar-laast.json");
  await (await download).saveAs(filePath);
  expect(readFileSync(filePath, "utf8")).not.toContain("Anna");
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOTS}/locked-share-1366x768.png`, fullPage: true });

  // The consultant's browser: the link asks for the passphrase.
  const consultant = await (await browser.newContext()).newPage();
  await consultant.goto(link);
  await expect(consultant.locator("main h1")).toHaveText("Saml svar");
  await consultant.locator("#locked-0-passphrase").fill("forkert kodeord");
  await consultant.getByRole("button", { name: "Lås op" }).click();
  await expect(consultant.locator("#locked-0-error")).toContainText("Adgangskoden passer ikke");
  await expect(consultant.locator("table.staged")).toHaveCount(0);
  await consultant.locator("#locked-0-passphrase").fill("blå bil i regnvejr");
  await consultant.getByRole("button", { name: "Lås op" }).click();
  await expect(consultant.locator("table.staged")).toContainText("Anna");
  // And the locked file, picked.
  await consultant.locator("#import-files").setInputFiles(filePath);
  await consultant.locator("#locked-0-passphrase").fill("blå bil i regnvejr");
  await consultant.getByRole("button", { name: "Lås op" }).click();
  await expect(consultant.locator(".meta", { hasText: "Anna" })).toBeVisible();
  expect(await axeViolations(consultant)).toEqual([]);
  await consultant.context().close();
});
