// The consultant's round: one invitation link, three leaders on three
// devices, answers that land exactly, and who is still missing.
import { test, expect, axeViolations, waitForApp, waitsForApp, SCREENSHOTS } from "./helpers.mjs";
import { readFileSync } from "node:fs";

const MODEL = JSON.parse(readFileSync("model/kapacitetsmodel.v2.json", "utf8"));
const forLeaders = (theme) => theme.statements.filter((s) => s.audience === "leaders");
const title = (id) => MODEL.themes.find((t) => t.id === id).title.da;

/// A leader on their own device: opens the invitation, picks their name,
/// answers `themes` themes with `score`, and sends the answers back by
/// `via` ("file", "link" or nothing).
async function leader(browser, link, name, score, themes, via) {
  const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  waitsForApp(page);
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  await page.goto(link.replace(/^http:\/\/127\.0\.0\.1:\d+/, ""));
  await expect(page.locator("main h1")).toHaveText("Vurdér Nordskolen · Ledelsen");
  await expect(page.locator("main")).toContainText("Jens, læringskonsulent inviterer dig");
  await expect(page.locator(".answer-by")).toHaveText("Svar senest 10. december 2026.");
  if (name === "Anna") {
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/invitation-leader.png`, fullPage: true });
  }
  // No school or team to type: the name, then straight to the first statement.
  await page.getByLabel(`${name} – Leder`).check();
  await page.getByRole("button", { name: "Begynd at svare" }).click();
  for (const theme of MODEL.themes.slice(0, themes)) {
    await expect(page.locator("main h1")).toHaveText(theme.title.da);
    for (const s of forLeaders(theme)) {
      await page.locator(`input[name="answer-${s.id.replace(".", "-")}"][value="${score}"]`).check();
    }
    await page.locator(".page-nav button.primary").click();
  }
  let sent = null;
  if (via === "file") {
    await expect(page.locator("main h1")).toHaveText("Overblik over dine svar");
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Hent svarene som fil" }).click();
    const file = await download;
    sent = { name: file.suggestedFilename(), mimeType: "application/json", buffer: readFileSync(await file.path()) };
  } else if (via === "link") {
    await expect(page.locator("main h1")).toHaveText("Overblik over dine svar");
    sent = await page.locator("#share-link").inputValue();
  }
  // Opened again: the same assessment, no copy.
  await page.goto(link.replace(/^http:\/\/127\.0\.0\.1:\d+/, ""));
  await expect(page.locator(".notice.info")).toContainText("findes allerede på denne enhed");
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("kapacitetsradar.assessment.")).length)).toBe(1);
  expect(problems).toEqual([]);
  await context.close();
  return sent;
}

test("a round set up by the consultant: one link, answers land exactly, the missing are named", async ({ browser, page, context }) => {
  test.setTimeout(180_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/");
  await waitForApp(page);
  await page.getByRole("button", { name: "Start en ny vurdering" }).click();
  await page.getByLabel("Skole").fill("Nordskolen");
  await page.getByLabel("Ledelsesteam").fill("Ledelsen");
  await page.getByRole("button", { name: "Opret og gå videre" }).click();

  const panel = page.locator("details.invite-panel");
  await panel.locator("summary").click();
  await page.getByLabel("Afsender, som de inviterede ser den").fill("Jens, læringskonsulent");
  await page.getByLabel("Afsender, som de inviterede ser den").press("Tab");
  await page.getByLabel("Svarfrist").fill("2026-12-10");
  await page.getByLabel("Svarfrist").press("Tab");
  for (const name of ["Anna", "Bo", "Carl"]) {
    await page.getByLabel("Navn", { exact: true }).fill(name);
    await page.getByRole("button", { name: "Tilføj til listen" }).click();
  }
  await expect(panel.locator("ul.invited li")).toHaveCount(3);
  await expect(panel.locator("[role=status]").first()).toHaveText("0 af 3 har svaret.");
  await page.getByRole("button", { name: "Kopiér linket" }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#\/inv\/1\.[A-Za-z0-9_-]+$/);
  expect(link).toBe(await page.locator("#invitation-link").inputValue());
  await expect(page.locator("#invitation-mail")).toHaveValue(/Invitation: vurdering af Nordskolen · Ledelsen/);
  await expect(page.locator("#invitation-mail")).toHaveValue(new RegExp(link.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  await expect(panel.locator("svg.qr")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOTS}/invitation-consultant.png`, fullPage: true });

  // Two answer everything and send back (a file, a link); the third
  // answers half and sends nothing.
  const half = Math.floor(MODEL.themes.length / 2);
  const annaFile = await leader(browser, link, "Anna", 4, MODEL.themes.length, "file");
  const boLink = await leader(browser, link, "Bo", 2, MODEL.themes.length, "link");
  await leader(browser, link, "Carl", 5, half, null);

  // The consultant brings them in: they land on this assessment by its id.
  const here = page.url();
  await page.goto("/#/saml");
  await page.locator("#import-files").setInputFiles([annaFile]);
  await page.getByLabel("Indsæt links (ét pr. linje)").fill(boLink);
  await page.getByRole("button", { name: "Læs linkene" }).click();
  await expect(page.locator("table.staged tbody tr")).toHaveCount(2);
  await expect(page.locator("#import-target option:checked")).toHaveText(/Nordskolen · Ledelsen/);
  await page.getByRole("button", { name: "Tilføj 2 svar" }).click();
  await page.goto(here);
  await panel.locator("summary").isVisible();
  if (!(await panel.getAttribute("open"))) await panel.locator("summary").click();
  await expect(panel.locator("[role=status]").first()).toHaveText("2 af 3 har svaret.");
  const rows = panel.locator("ul.invited li");
  await expect(rows.nth(0)).toContainText("Svar modtaget");
  await expect(rows.nth(1)).toContainText("Svar modtaget");
  await expect(rows.nth(2)).toContainText("Ikke hørt fra");
  await expect(page.locator("#reminder")).toHaveValue(/^Hej Carl\n/);
  await expect(page.locator("#reminder")).toHaveValue(/senest 10\. december 2026/);
  await page.screenshot({ path: `${SCREENSHOTS}/invitation-status.png`, fullPage: true });
  // The merged means: Anna 4 and Bo 2 on every theme.
  await page.goto(here.replace(/\/?$/, "/resultater"));
  const row = page.locator(".results-table tr", { has: page.locator(`th:has-text("${title(MODEL.themes[0].id)}")`) });
  await expect(row.locator("td").first()).toHaveText("3,0");
  await expect(row.locator("td").nth(4)).toHaveText("2");
});

test("a damaged invitation link gets a plain message and changes nothing", async ({ page }) => {
  await page.goto("/#/inv/1.eJyrVkrLz1eyUkpKLFKqBQA");
  await expect(page.locator("main h1")).toHaveText("Invitationen kan ikke åbnes");
  await expect(page.locator(".notice.error")).toContainText("Linket er ufuldstændigt eller beskadiget");
  expect(await axeViolations(page)).toEqual([]);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("kapacitetsradar.assessment.")).length)).toBe(0);
});
