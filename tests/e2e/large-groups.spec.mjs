// Large groups: a staff round of 150 brought in from a survey tool's CSV
// stays truthful and readable, and a dozen broken files dropped at once
// each get a message naming their real problem.
import { test, expect, axeViolations, waitForApp, SCREENSHOTS } from "./helpers.mjs";
import { readFileSync } from "node:fs";

const MODEL = JSON.parse(readFileSync("model/kapacitetsmodel.v2.json", "utf8"));
const title = (id) => MODEL.themes.find((t) => t.id === id).title.da;

/// 150 scores spread by these counts over 5, 4, 3, 2, 1, in an order that
/// differs per theme.
function spread(counts, shift) {
  const scores = counts.flatMap((count, i) => Array(count).fill(5 - i));
  return scores.map((_, i) => scores[(i + shift) % scores.length]);
}

// Theme 1: the seeds' trust table (S001 L1366–1384), 47/43/7/3/0 %; theme
// 2: 20/50/25/5/0 %; every other theme as theme 1. No theme is split.
const TRUST = [70, 65, 11, 4, 0];
const MILDER = [30, 75, 37, 8, 0];

function staffRound() {
  const themes = MODEL.themes.map((t, i) => ({
    id: t.id,
    statements: t.statements.filter((s) => s.audience === "leaders").map((s) => s.id),
    scores: spread(i === 1 ? MILDER : TRUST, i * 17),
  }));
  const header = ["Navn", "Rolle", ...themes.flatMap((t) => t.statements)].join(";");
  const rows = Array.from({ length: 150 }, (_, r) =>
    [`Person ${r + 1}`, "Leder", ...themes.flatMap((t) => t.statements.map(() => t.scores[r]))].join(";"),
  );
  return { csv: [header, ...rows].join("\r\n"), columns: themes.flatMap((t) => t.statements).length };
}

test("a staff round of 150 from a CSV: straight to the list, true figures, no false disagreement, readable", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/#/saml");
  await waitForApp(page);
  const { csv, columns } = staffRound();
  await page.locator("#import-files").setInputFiles([{ name: "personalerunde.csv", mimeType: "text/csv", buffer: Buffer.from(csv) }]);
  // Every column recognised: no mapping step, a line saying what was matched.
  await expect(page.locator(".csv-read")).toHaveText(`personalerunde.csv: 150 besvarelser, ${columns} udsagn genkendt.`);
  await expect(page.locator(".csv-map")).toHaveCount(0);
  await expect(page.locator("table.staged tbody tr")).toHaveCount(150);
  await page.getByRole("button", { name: "Tilføj 150 svar" }).click();
  await page.locator(".notice.ok").getByRole("button", { name: "Se resultaterne" }).click();
  await expect(page.locator("main h1")).toHaveText("Teamets samlede billede");

  const row = (id) => page.locator(".results-table tr", { has: page.locator(`th:has-text("${title(id)}")`) });
  // By hand: theme 1 (70×5 + 65×4 + 11×3 + 4×2) / 150 = 4.34; 135 of 150
  // answers at 4–5. Theme 2 (30×5 + 75×4 + 37×3 + 8×2) / 150 = 3.85; 105
  // of 150.
  const t1 = row(MODEL.themes[0].id).locator("td");
  await expect(t1.nth(0)).toHaveText("4,3");
  await expect(t1.nth(2)).toHaveText("2,0–5,0");
  await expect(t1.nth(4)).toHaveText("150");
  await expect(t1.nth(6)).toHaveText("90 %");
  const t2 = row(MODEL.themes[1].id).locator("td");
  await expect(t2.nth(0)).toHaveText("3,8");
  await expect(t2.nth(4)).toHaveText("150");
  await expect(t2.nth(6)).toHaveText("70 %");
  // A range of 2 to 5 would flag a small team; at 150 it is a few outliers.
  await expect(page.locator(".results-table .flag")).toHaveCount(0);
  await expect(page.locator(".focus-card")).toHaveCount(3);
  await expect(page.locator(".focus-card", { hasText: /uenige|delte|spreder/ })).toHaveCount(0);

  // Each respondent is off by default, and drawn as shares when turned on.
  const each = page.getByLabel("Hver besvarelse");
  await expect(each).not.toBeChecked();
  await each.check();
  await expect(page.locator(".shares-note")).toBeVisible();
  await page.locator(".chart-column").screenshot({ path: `${SCREENSHOTS}/large-group-150-shares.png` });

  // The list of who is included is searched and paged, not 150 lines.
  await page.locator("details.included summary").click();
  await expect(page.locator("details.included li")).toHaveCount(20);
  await expect(page.locator("details.included [role=status]")).toHaveText("Viser 20 af 150");
  await page.getByRole("button", { name: "Vis 20 mere" }).click();
  await expect(page.locator("details.included li")).toHaveCount(40);
  await page.getByLabel("Søg efter navn eller rolle").fill("Person 14");
  // Person 14 and Person 140–149.
  await expect(page.locator("details.included li")).toHaveCount(11);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOTS}/large-group-150.png`, fullPage: true });
});

function utf16(text) {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
}

function junk(n) {
  let x = 2463534242;
  const out = Buffer.alloc(n);
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

test("a dozen broken files dropped at once: each named for what it is, nothing stored", async ({ page }) => {
  await page.goto("/#/saml");
  await waitForApp(page);
  const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  const files = {
    "dyb.json": ["[".repeat(5000), "indlejret for dybt"],
    "dyb-objekt.json": ['{"a":'.repeat(300) + "1" + "}".repeat(300), "indlejret for dybt"],
    "skrammel.json": [junk(4000), "ikke tekst (den ligner binære data)"],
    "liste.json": ["[1, 2, 3]", "ikke en fil fra Kapacitetsradar"],
    "andet.json": ['{"name": "Anna"}', "ikke en fil fra Kapacitetsradar"],
    "halv.json": ['{"format": "kapacitetsradar.response", "vers', "ikke gyldig JSON"],
    "utf16.csv": [utf16("Navn;T1.1\r\nAnna;4\r\n"), "ikke UTF-8-tekst (den ligner UTF-16)"],
    "tom.csv": ["", "Filen er tom"],
    "kun-overskrift.csv": ["Navn;T1.1\r\n", "ingen rækker med svar"],
    "citat.csv": ['Navn;T1.1\r\nAnna;4\r\n"Bo;3\r\nCarl;2\r\n', "anførselstegn på linje 3"],
    "regneark.xlsx": [Buffer.concat([Buffer.from("PK\x03\x04"), junk(300)]), "zip-arkiv eller et Office-dokument"],
    "excel-latin1.csv": [Buffer.from("Navn;T1.1\r\nS\xf8ren;4\r\n", "latin1"), "Windows-1252/Latin-1"],
  };
  await page.locator("#import-files").setInputFiles(
    Object.entries(files).map(([name, [content]]) => ({ name, mimeType: "application/octet-stream", buffer: Buffer.from(content) })),
  );
  const problems = page.locator(".notice.error li");
  await expect(problems).toHaveCount(Object.keys(files).length);
  for (const [name, [, message]] of Object.entries(files)) {
    await expect(problems.filter({ hasText: `${name}:` })).toContainText(message);
  }
  await expect(page.locator("table.staged")).toHaveCount(0);
  // Still responsive: a good link right after is read.
  await expect(page.getByRole("button", { name: "Læs linkene" })).toBeEnabled();
  expect(await axeViolations(page)).toEqual([]);
  expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()))).toBe(before);
  await page.screenshot({ path: `${SCREENSHOTS}/broken-files.png`, fullPage: true });
});

test("every column of a CSV's mapping step has a label, an empty heading too", async ({ page }) => {
  await page.goto("/#/saml");
  await waitForApp(page);
  const csv = "Navn;;Tidsstempel\r\nAnna;x;2026-11-01\r\n";
  await page.locator("#import-files").setInputFiles([{ name: "forms.csv", mimeType: "text/csv", buffer: Buffer.from(csv) }]);
  await expect(page.getByLabel("Kolonne 2 (uden overskrift)")).toBeVisible();
  await expect(page.getByLabel("Tidsstempel")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  // Used with no column set to a statement: named among the problems, not
  // dropped without a word.
  await page.getByRole("button", { name: "Brug CSV-filen" }).click();
  await expect(page.locator(".notice.error li")).toContainText("forms.csv: Ingen kolonne i CSV-filen er sat til et udsagn");
  await expect(page.locator("table.staged")).toHaveCount(0);
});
