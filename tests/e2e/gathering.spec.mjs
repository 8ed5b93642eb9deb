// Gathering answers without a server: three leaders on three devices answer
// and export (two files, one link); a consultant's browser brings them
// together.
import { test, expect, axeViolations, waitForApp, SCREENSHOTS } from "./helpers.mjs";
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";

// New assessments use the current model, version 2; leaders answer its
// leaders' statements.
const MODEL = JSON.parse(readFileSync("model/kapacitetsmodel.v2.json", "utf8"));
const title = (id) => MODEL.themes.find((t) => t.id === id).title.da;
const forLeaders = (theme) => theme.statements.filter((s) => s.audience === "leaders");

//              T1 T2 T3 T4 T5 T6 T7 T8 T9 T10
const LEADERS = [
  { name: "Anna <img src=x onerror=alert(1)>", scores: [2, 3, 4, 5, 1, 2, 3, 4, 2, 3], via: "file" },
  { name: "Bo", scores: [4, 4, 4, 4, 4, 4, 4, 4, 4, 4], via: "file" },
  { name: "Carl", scores: [5, 2, 3, 3, 2, 5, 1, 4, 5, 1], via: "link" },
];

/// One leader, alone on their own device: a new assessment, every
/// statement answered, then the answers exported from the overview.
async function leaderAnswers(browser, leader) {
  const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  await page.goto("/");
  await waitForApp(page);
  await page.getByRole("button", { name: "Start en ny vurdering" }).click();
  await page.getByLabel("Skole").fill("Nordskolen");
  await page.getByLabel("Ledelsesteam").fill("Ledelsen");
  await page.getByRole("button", { name: "Opret og gå videre" }).click();
  await page.getByLabel("Dit navn").fill(leader.name);
  await page.getByRole("button", { name: "Begynd at svare" }).click();
  for (const [t, theme] of MODEL.themes.entries()) {
    await expect(page.locator("main h1")).toHaveText(theme.title.da);
    for (const s of forLeaders(theme)) {
      await page.locator(`input[name="answer-${s.id.replace(".", "-")}"][value="${leader.scores[t]}"]`).check();
    }
    await page.locator(".page-nav button.primary").click();
  }
  await expect(page.locator("main h1")).toHaveText("Overblik over dine svar");
  await expect(page.getByRole("heading", { name: "Send dine svar" })).toBeVisible();
  await expect(page.locator("svg.qr path")).toHaveAttribute("d", /^M4 4h7/);
  let exported;
  if (leader.via === "file") {
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Hent svarene som fil" }).click();
    const file = await download;
    exported = { name: file.suggestedFilename(), buffer: readFileSync(await file.path()) };
    expect(exported.name).toMatch(/\.json$/);
  } else {
    await page.getByRole("button", { name: "Kopiér linket" }).click();
    await expect(page.getByText("Linket er kopieret.")).toBeVisible();
    exported = await page.evaluate(() => navigator.clipboard.readText());
    expect(exported).toBe(await page.locator("#share-link").inputValue());
    // The QR code, as the screen shows it, scans to the same link.
    const qr = `${SCREENSHOTS}/share-qr.png`;
    await page.locator("svg.qr").screenshot({ path: qr });
    expect(execFileSync("zbarimg", ["--raw", "-q", qr], { stdio: ["ignore", "pipe", "ignore"] }).toString().trim()).toBe(exported);
    expect(exported).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#\/i\/1\.[A-Za-z0-9_-]+$/);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/share-1366x768.png`, fullPage: true });
  }
  expect(problems).toEqual([]);
  await context.close();
  return exported;
}

test("three leaders answer on three devices; a fourth browser merges two files and a link", async ({ browser, page }) => {
  test.setTimeout(120_000);
  const exports = [];
  for (const leader of LEADERS) exports.push(await leaderAnswers(browser, leader));
  const [annaFile, boFile, carlLink] = exports;

  // The consultant: a fresh browser that has seen none of this.
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto("/");
  await waitForApp(page);
  await page.getByRole("button", { name: "Saml svar fra filer og links" }).click();
  await expect(page.locator("main h1")).toHaveText("Saml svar");
  await page.locator("#import-files").setInputFiles([
    { name: annaFile.name, mimeType: "application/json", buffer: annaFile.buffer },
    { name: boFile.name, mimeType: "application/json", buffer: boFile.buffer },
  ]);
  await page.getByLabel("Indsæt links (ét pr. linje)").fill(`${carlLink}\n`);
  await page.getByRole("button", { name: "Læs linkene" }).click();
  const staged = page.locator("table.staged tbody tr");
  await expect(staged).toHaveCount(3);
  // A name with markup is text, never HTML.
  await expect(staged.filter({ hasText: "Anna" }).locator("th")).toHaveText(LEADERS[0].name);
  // Bo's file again: deduplicated, and the user is told.
  await page.locator("#import-files").setInputFiles([{ name: "bo-igen.json", mimeType: "application/json", buffer: boFile.buffer }]);
  await expect(page.getByText("Bo stod der allerede; den nyeste udgave er beholdt.")).toBeVisible();
  await expect(staged).toHaveCount(3);
  // Each leader started their own copy; they land in one new assessment.
  await expect(page.locator("#import-target option:checked")).toHaveText("En ny vurdering: Nordskolen · Ledelsen");
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOTS}/gather-1366x768.png`, fullPage: true });
  await page.getByRole("button", { name: "Tilføj 3 svar" }).click();
  await expect(page.locator(".notice.ok li")).toHaveText([
    `${LEADERS[0].name}: tilføjet`,
    "Bo: tilføjet",
    "Carl: tilføjet",
  ]);
  await page.locator(".notice.ok").getByRole("button", { name: "Se resultaterne" }).click();

  // The merged picture: means by hand, (2+4+5)/3 = 3,7 for T1, and so on.
  await expect(page.locator("main h1")).toHaveText("Teamets samlede billede");
  await expect(page.locator(".included summary")).toContainText("3");
  const mean = (id) =>
    page.locator("tr", { has: page.locator(`th:has-text("${title(id)}")`) }).locator("td").first();
  const expected = MODEL.themes.map((_, t) => {
    const m = LEADERS.reduce((sum, l) => sum + l.scores[t], 0) / LEADERS.length;
    return m.toFixed(1).replace(".", ",");
  });
  for (const [t, theme] of MODEL.themes.entries()) await expect(mean(theme.id)).toHaveText(expected[t]);
  expect(expected.slice(0, 3)).toEqual(["3,7", "3,0", "3,7"]);
  await expect
    .poll(() =>
      page.evaluate(() => {
        const c = document.querySelector(".radar canvas");
        const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i + 3] && d[i] < 200) n++;
        return n;
      }),
    )
    .toBeGreaterThan(1000);

  // Any respondent can be removed; the picture follows.
  await page.locator(".included summary").click();
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: /^Fjern\W+Bo$/ }).click();
  await expect(page.locator(".included summary")).toContainText("2");
  await expect(mean("T1")).toHaveText("3,5");

  // The CSV export has a row per respondent.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Eksportér alle svar (CSV)" }).click();
  const csv = readFileSync(await (await download).path(), "utf8");
  expect(csv.trim().split("\r\n")).toHaveLength(3);
  // Carl's row: name, role, then every statement of the model in order
  // (the staff set's columns empty for a leader).
  const carl = MODEL.themes.flatMap((theme, t) =>
    theme.statements.map((s) => (s.audience === "leaders" ? String(LEADERS[2].scores[t]) : "")),
  );
  expect(csv).toContain(`Carl;leader;${carl.slice(0, 12).join(";")};`);
});

test("bad input gets a clear message and changes nothing stored", async ({ page }) => {
  await page.goto("/");
  await waitForApp(page);
  await page.goto("/#/saml");
  await expect(page.locator("main h1")).toHaveText("Saml svar");
  const before = await page.evaluate(() => JSON.stringify(localStorage));
  const csv = "Navn;Tidsstempel;T1.1 Vi har klare mål\nDorthe;2026-11-20;Måske\n";
  await page.locator("#import-files").setInputFiles([
    { name: "stor.json", mimeType: "application/json", buffer: Buffer.alloc(5_000_001, " ") },
    { name: "forkert.json", mimeType: "application/json", buffer: Buffer.from('{"format":"kapacitetsradar.response","version":9}') },
    { name: "noget.json", mimeType: "application/json", buffer: Buffer.from('{"format":"noget andet","version":1}') },
    { name: "svar.csv", mimeType: "text/csv", buffer: Buffer.from(csv) },
  ]);
  await page.getByLabel("Indsæt links (ét pr. linje)").fill("http://127.0.0.1/#/i/1.eJyrVkrLz1eyUkpKLFKqBQA\nhttp://127.0.0.1/#/i/1.%%%");
  await page.getByRole("button", { name: "Læs linkene" }).click();
  const problems = page.locator(".notice.error li");
  await expect(problems.filter({ hasText: "stor.json" })).toContainText("grænsen er 5000000 byte");
  await expect(problems.filter({ hasText: "forkert.json" })).toContainText("nyere end denne app kan læse");
  await expect(problems.filter({ hasText: "noget.json" })).toContainText("«noget andet»-fil");
  await expect(problems.filter({ hasText: "link 2" })).toContainText("Linket er ufuldstændigt eller beskadiget");
  // The CSV's unknown column is the user's to map; its unknown label is
  // refused with row and column.
  await expect(page.getByRole("heading", { name: "Kolonner i svar.csv" })).toBeVisible();
  await expect(page.getByLabel("Tidsstempel")).toHaveValue("");
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Brug CSV-filen" }).click();
  await expect(problems.filter({ hasText: "svar.csv" })).toContainText("Række 2, kolonnen «T1.1 Vi har klare mål»: «Måske»");
  await expect(page.locator("table.staged")).toHaveCount(0);
  expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before);
});

test("opening a share link puts its answers on the import page", async ({ page, browser }) => {
  const link = await leaderAnswers(browser, { ...LEADERS[2], name: "Dorthe" });
  await page.goto(link.replace(/^http:\/\/127\.0\.0\.1:\d+/, ""));
  await expect(page.locator("main h1")).toHaveText("Saml svar");
  await expect(page.locator("table.staged tbody tr")).toHaveCount(1);
  await expect(page.locator("table.staged tbody th")).toHaveText("Dorthe");
  // The address is the import page's own now, not the payload.
  await expect(page).toHaveURL(/#\/saml$/);
});

test("a survey tool's CSV: columns by statement text, one mapped by hand", async ({ page }) => {
  await page.goto("/");
  await waitForApp(page);
  await page.goto("/#/saml");
  const s = (id) => MODEL.themes.flatMap((t) => t.statements).find((x) => x.id === id).text.da;
  // Microsoft Forms in Danish: semicolons, numbered questions, labels.
  const csv =
    "\ufeffId;Tidsstempel;Navn;Rolle;" +
    `1. ${s("T1.1")};"Spørgsmål 7"\r\n` +
    "1;2026-11-20 10:01;Dorthe;Leder;I høj grad;2\r\n" +
    "2;2026-11-20 10:07;Erik;Medarbejderrepræsentant;Ved ikke;I meget høj grad\r\n";
  await page.locator("#import-files").setInputFiles([{ name: "forms-eksport.csv", mimeType: "text/csv", buffer: Buffer.from(csv) }]);
  await expect(page.getByRole("heading", { name: "Kolonner i forms-eksport.csv" })).toBeVisible();
  // Only the columns it could not place are asked about.
  await expect(page.locator(".csv-map select")).toHaveCount(3);
  await page.getByLabel("Spørgsmål 7").selectOption("T1.2");
  await page.getByRole("button", { name: "Brug CSV-filen" }).click();
  const staged = page.locator("table.staged tbody tr");
  await expect(staged).toHaveCount(2);
  await expect(staged.nth(1)).toContainText("Medarbejderrepræsentant");
  await expect(staged.nth(0).locator("td").nth(1)).toHaveText("2");
  await expect(page.locator("#import-target option:checked")).toHaveText("En ny vurdering: forms-eksport");
  await page.getByRole("button", { name: "Tilføj 2 svar" }).click();
  await page.locator(".notice.ok").getByRole("button", { name: "Se resultaterne" }).click();
  // T1: Dorthe's two answers average 3, Erik's one answer is 5: (3+5)/2.
  const row = page.locator("tr", { has: page.locator(`th:has-text("${title("T1")}")`) });
  await expect(row.locator("td").first()).toHaveText("4,0");
});
