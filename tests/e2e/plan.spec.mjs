// From focus to action plan to follow-up: two focus areas chosen, a plan
// of three actions made by keyboard, printed, exported as CSV and as a
// calendar that a real iCalendar parser reads; a follow-up of the focus
// themes only, answered, compared with its baseline; three rounds over time.
import { test, expect, axeViolations, waitForApp, tabTo, SCREENSHOTS } from "./helpers.mjs";
import { readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import ICAL from "ical.js";

const MODEL = JSON.parse(readFileSync("model/kapacitetsmodel.v2.json", "utf8"));
const leaders = (theme) => theme.statements.filter((s) => s.audience === "leaders");

// Three leaders; per theme everyone gives every leaders' statement this score.
//                        T1 T2 T3 T4 T5 T6 T7 T8 T9 T10
const BASELINE = {
  l1: { name: "Anna", scores: [4, 4, 2, 4, 4, 1, 4, 4, 4, 4] },
  l2: { name: "Bo", scores: [4, 4, 2, 4, 4, 2, 4, 4, 4, 4] },
  l3: { name: "Carl", scores: [4, 4, 3, 4, 4, 2, 4, 4, 4, 4] },
};

function round(id, date, scores, extra = {}) {
  const respondents = Object.entries(scores).map(([rid, p]) => {
    const answers = {};
    MODEL.themes.forEach((theme, t) => {
      if (p.scores[t] === null) return;
      for (const s of leaders(theme)) answers[s.id] = { answer: p.scores[t] };
    });
    return { id: rid, name: p.name, role: "leader", answers, updated_at: 1 };
  });
  return {
    format: "kapacitetsradar.assessment",
    version: 3,
    assessment: {
      id, model_id: MODEL.id, model_version: MODEL.model_version, school: "Nordskolen", team: "Ledelsen",
      date, round: "baseline", respondents, updated_at: 2, ...extra,
    },
  };
}

async function seed(page, docs) {
  await page.goto("/");
  await waitForApp(page);
  await page.evaluate((docs) => {
    for (const doc of docs) localStorage.setItem(`kapacitetsradar.assessment.${doc.assessment.id}`, JSON.stringify(doc));
  }, docs);
  await page.reload();
  await waitForApp(page);
}

test.use({ locale: "en-US" });

const t = (id) => MODEL.themes.findIndex((x) => x.id === id);

test("focus to plan to calendar to follow-up, compared with its baseline", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await seed(page, [round("base", "2026-12-01", BASELINE)]);
  await page.goto("/#/a/base/resultater");
  // Two focus areas, by keyboard: the first two suggestions.
  const cards = page.locator(".focus-card input[type=checkbox]");
  const ids = await cards.evaluateAll((els) => els.map((e) => e.id.replace("focus-", "")));
  const [first, second] = ids;
  for (const id of [first, second]) {
    await tabTo(page, `#focus-${id}`, 400);
    await page.keyboard.press("Space");
  }
  await expect(page.locator(".focus-card.chosen")).toHaveCount(2);
  const title = (id) => MODEL.themes.find((t) => t.id === id).title.da;

  // The plan, by keyboard: two actions for the first area, one for the second.
  await page.getByRole("button", { name: "Lav handleplan" }).click();
  await expect(page.locator("main h1")).toHaveText("Handleplan");
  const actions = [
    { theme: first, what: "Kortlæg alle igangværende indsatser", owner: "Skolelederen", start: "01/04/2027", deadline: "02/01/2027", success: "Listen er kortere" },
    { theme: first, what: "Stop to indsatser", owner: "Ledelsesteamet", start: "02/02/2027", deadline: "03/15/2027", success: "Personalet ved hvorfor" },
    { theme: second, what: "Fast datamøde hver måned", owner: "Afdelingslederen", start: "01/10/2027", deadline: "04/30/2027", success: "Mødet holdes hver gang" },
  ];
  for (const a of actions) {
    await tabTo(page, `#add-${a.theme}`, 300);
    await page.keyboard.press("Enter");
    await expect(page.locator("textarea[id^=what-]:focus")).toHaveCount(1);
    await page.keyboard.type(a.what);
    // Tab moves on, field by field (through a date's day, month and year
    // first, as the browser does).
    const key = await page.evaluate(() => document.activeElement.id.replace("what-", ""));
    await tabTo(page, `#owner-${key}`);
    await page.keyboard.type(a.owner);
    await tabTo(page, `#start-${key}`);
    await page.keyboard.type(a.start.replaceAll("/", ""));
    await tabTo(page, `#deadline-${key}`);
    await page.keyboard.type(a.deadline.replaceAll("/", ""));
    await tabTo(page, `#success-${key}`);
    await page.keyboard.type(a.success);
  }
  await tabTo(page, "#anchoring-who", 300);
  await page.keyboard.type("Skolelederen og tovholderen");
  await tabTo(page, "#anchoring-how");
  await page.keyboard.type("Et fast punkt på hvert andet ledelsesmøde, også når konsulenten er gået.");
  await tabTo(page, "#follow-up-date");
  await page.keyboard.type("06012027");
  await page.keyboard.press("Tab");
  await expect(page.getByTestId("save-status")).toContainText("Gemt");
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOTS}/plan-1366.png`, fullPage: true });
  // Everything is kept through a reload.
  await page.reload();
  await expect(page.locator("textarea[id^=what-]")).toHaveCount(3);
  await expect(page.locator("#follow-up-date")).toHaveValue("2027-06-01");
  await expect(page.locator("input[id^=deadline-]").nth(2)).toHaveValue("2027-04-30");

  // CSV: a row per action.
  let download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download the plan (CSV)" }).or(page.getByRole("button", { name: "Hent handleplanen (CSV)" })).click();
  const csv = readFileSync(await (await download).path(), "utf8");
  const lines = csv.trim().split("\r\n");
  expect(lines).toHaveLength(4);
  expect(lines[1]).toContain("Kortlæg alle igangværende indsatser;Skolelederen;2027-01-04;2027-02-01;Listen er kortere;Ikke startet");

  // The calendar, read by a real iCalendar parser: each deadline and the
  // follow-up date as an all-day event.
  download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Hent datoerne til kalenderen (.ics)" }).click();
  const ics = readFileSync(await (await download).path(), "utf8");
  writeFileSync(`${SCREENSHOTS}/handleplan.ics`, ics);
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  expect(events.map((e) => [e.summary, e.startDate.toString(), e.startDate.isDate])).toEqual([
    ["Frist: Kortlæg alle igangværende indsatser", "2027-02-01", true],
    ["Frist: Stop to indsatser", "2027-03-15", true],
    ["Frist: Fast datamøde hver måned", "2027-04-30", true],
    ["Opfølgende vurdering: Nordskolen · Ledelsen", "2027-06-01", true],
  ]);
  expect(new Set(events.map((e) => e.uid)).size).toBe(4);
  expect(calendar.getFirstPropertyValue("version")).toBe("2.0");

  // Printed with the results: the plan's text and dates are in the PDF.
  await page.goto("/#/a/base/resultater");
  await expect(page.locator(".plan-summary")).toContainText("Fast datamøde hver måned");
  await page.emulateMedia({ media: "print" });
  const pdf = `${SCREENSHOTS}/report-plan.pdf`;
  writeFileSync(pdf, await page.pdf({ format: "A4", printBackground: true }));
  await page.emulateMedia({ media: "screen" });
  const text = execFileSync("pdftotext", [pdf, "-"]).toString().replace(/\s+/g, " ");
  // (A table cell's text wraps, so each action is found by its words.)
  for (const a of actions) for (const word of a.what.split(" ")) expect(text).toContain(word);
  expect(text).toContain("1. februar 2027");
  expect(text).toContain("30. april 2027");
  expect(text).toContain("Et fast punkt på hvert andet ledelsesmøde");
  execFileSync("pdftoppm", ["-png", "-r", "45", pdf, `${SCREENSHOTS}/report-plan`]);

  // A follow-up of the focus themes only; the first action is done.
  await page.getByRole("button", { name: "Start opfølgning" }).click();
  await expect(page.locator("main h1")).toHaveText("Start opfølgning");
  await page.getByLabel(actions[0].what).selectOption("done");
  await page.getByLabel(/Kun fokusområderne/).check();
  await page.locator("#follow-up-day").fill("2027-06-01");
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Start opfølgningen" }).click();
  await expect(page.locator("main h1")).toHaveText("Hvem svarer?");
  // The same three people, each answering the two focus themes only (in
  // the model's order).
  const AFTER = { l1: [4, 3], l2: [4, 3], l3: [5, 3] };
  const inOrder = [first, second].sort((a, b) => t(a) - t(b));
  for (const [rid, scores] of Object.entries(AFTER)) {
    await page.locator(".respondent-button", { hasText: BASELINE[rid].name }).click();
    await expect(page.locator(".eyebrow")).toContainText("Tema 1 af 2");
    for (const [i, themeId] of inOrder.entries()) {
      const theme = MODEL.themes.find((t) => t.id === themeId);
      await expect(page.locator("main h1")).toHaveText(theme.title.da);
      for (const s of leaders(theme)) {
        await page.locator(`input[name="answer-${s.id.replace(".", "-")}"][value="${scores[i]}"]`).check();
      }
      await page.locator(".page-nav button.primary").click();
    }
    await expect(page.getByText("Du har svaret på alle udsagn")).toBeVisible();
    await page.goto(page.url().replace(/\/r\/.*$/, ""));
  }
  // Its results compare with the baseline without being asked to.
  await page.goto(page.url().replace(/#\/a\/([^/]+).*$/, "#/a/$1/resultater"));
  const change = page.locator(".change-table");
  const row = (id) => change.locator("tr", { has: page.locator(`th:has-text("${title(id)}")`) });
  const mean = (list) => list.reduce((a, b) => a + b, 0) / list.length;
  const before = (id) => mean(Object.values(BASELINE).map((p) => p.scores[t(id)]));
  const after = (i) => mean(Object.values(AFTER).map((s) => s[i]));
  const fmt = (v) => (v > 0 ? "+" : "") + v.toFixed(1).replace(".", ",");
  await expect(row(inOrder[0]).locator(".change-value")).toHaveText(fmt(after(0) - before(inOrder[0])));
  await expect(row(inOrder[1]).locator(".change-value")).toHaveText(fmt(after(1) - before(inOrder[1])));
  await expect(page.locator(".layers")).toContainText("Forrige måling");
  // The baseline's plan knows the first action is done.
  await page.goto("/#/a/base/handleplan");
  await expect(page.locator("select[id^=status-]").first()).toHaveValue("done");
});

test("three rounds show each theme over time", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  const people = (shift) => Object.fromEntries(Object.entries(BASELINE).map(([id, p]) => [id, { ...p, scores: p.scores.map((s) => Math.min(5, s + shift)) }]));
  await seed(page, [
    round("r1", "2026-01-15", people(0)),
    round("r2", "2026-06-15", people(1), { baseline: "r1", round: "follow_up" }),
    round("r3", "2026-12-15", people(1), { baseline: "r2", round: "follow_up" }),
  ]);
  await page.goto("/#/a/r3/resultater");
  const timeline = page.locator(".timeline");
  await expect(timeline.locator("thead th")).toHaveText(["Tema", "Over tid", "15. januar 2026", "15. juni 2026", "15. december 2026"]);
  // T3: 2,3 → 3,3 → 3,3.
  const t3 = timeline.locator("tbody tr").nth(2);
  await expect(t3.locator("td")).toHaveText(["", "2,3", "3,3", "3,3"]);
  await expect(t3.locator(".spark-dot")).toHaveCount(3);
  expect(await axeViolations(page)).toEqual([]);
  await timeline.screenshot({ path: `${SCREENSHOTS}/timeline-1366.png` });
});
