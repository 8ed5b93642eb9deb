// The workshop on a wall screen: the presenter view driven by keyboard
// alone through every slide and reveal step, readable and whole at
// 1920×1080 and 1280×720 in every language; the agreed picture set on a
// slide and kept; roles compared, with small groups hidden while anonymous.
import { test, expect, axeViolations, waitForApp, SCREENSHOTS } from "./helpers.mjs";
import { readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";

const MODEL = JSON.parse(readFileSync("model/kapacitetsmodel.v2.json", "utf8"));
const THEMES = MODEL.themes.length;
const SLIDES = THEMES + 3;

// Three leaders and two staff; per theme, each answers every statement put
// to their role with this score. T3 splits the team (1 to 5).
//                T1 T2 T3 T4 T5 T6 T7 T8 T9 T10
const PEOPLE = [
  { id: "l1", name: "Anna", role: "leader", scores: [4, 3, 1, 4, 3, 2, 4, 3, 3, 2] },
  { id: "l2", name: "Bo", role: "leader", scores: [4, 4, 5, 4, 4, 2, 3, 3, 4, 2] },
  { id: "l3", name: "Carl", role: "leader", scores: [5, 3, 5, 3, 4, 3, 3, 4, 3, 3] },
  { id: "s1", name: "Dina", role: "staff_representative", scores: [2, 3, 3, 2, 2, 2, 3, 3, 2, 2] },
  { id: "s2", name: "Emil", role: "staff_representative", scores: [3, 2, 3, 2, 3, 2, 2, 3, 3, 2] },
];

function assessment() {
  const respondents = PEOPLE.map((p) => {
    const audience = p.role === "leader" ? "leaders" : "staff";
    const answers = {};
    MODEL.themes.forEach((theme, t) => {
      for (const s of theme.statements.filter((s) => s.audience === audience)) answers[s.id] = { answer: p.scores[t] };
    });
    return { id: p.id, name: p.name, role: p.role, answers, updated_at: 1 };
  });
  return {
    format: "kapacitetsradar.assessment",
    version: 3,
    assessment: {
      id: "ws", model_id: MODEL.id, model_version: MODEL.model_version,
      school: "Nordskolen", team: "Ledelsen", date: "2026-12-01", round: "baseline",
      respondents, updated_at: 2,
    },
  };
}

async function seed(page) {
  await page.goto("/");
  await waitForApp(page);
  await page.evaluate((text) => localStorage.setItem("kapacitetsradar.assessment.ws", text), JSON.stringify(assessment()));
  await page.goto("/#/a/ws/resultater");
  await page.reload();
  await expect(page.locator("main h1")).toHaveText("Teamets samlede billede");
}

/// Nothing on the slide is cut off or outside the screen.
async function overflow(page) {
  return page.evaluate(() => {
    const slide = document.querySelector(".presenter .slide");
    const problems = [];
    if (slide.scrollHeight > slide.clientHeight + 1) problems.push(`slide scrolls ${slide.scrollHeight} > ${slide.clientHeight}`);
    if (slide.scrollWidth > slide.clientWidth + 1) problems.push(`slide scrolls sideways ${slide.scrollWidth}`);
    for (const el of document.querySelectorAll(".presenter *")) {
      if (el.closest(".visually-hidden")) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.right > innerWidth + 1 || r.bottom > innerHeight + 1 || r.left < -1 || r.top < -1) {
        problems.push(`${el.tagName.toLowerCase()}.${el.className?.baseVal ?? el.className} at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`);
      }
    }
    return problems;
  });
}

const counter = (page) => page.locator(".slide-count");

for (const [width, height] of [[1920, 1080], [1280, 720]]) {
  test(`the presenter view by keyboard alone through every slide and step at ${width}×${height}`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height });
    await seed(page);
    // Into the presentation by keyboard.
    await page.getByRole("button", { name: "Start præsentation" }).focus();
    await page.keyboard.press("Enter");
    await expect(counter(page)).toHaveText(`Dias 1 af ${SLIDES}`);
    await expect(page.locator(".presenter h1")).toHaveText("Nordskolen · Ledelsen");
    await expect(page.locator(".slide-title")).toContainText("5 har svaret: 3 ledere, 2 medarbejdere");
    expect(await overflow(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/presenter-title-${width}x${height}.png` });

    // Every theme, every step, by →.
    for (let t = 0; t < THEMES; t++) {
      for (let step = 1; step <= 4; step++) {
        await page.keyboard.press(step === 1 ? "ArrowRight" : " ");
        await expect(counter(page)).toHaveText(`Dias ${t + 2} af ${SLIDES}`);
        await expect(page.locator(".step-count")).toHaveText(`Trin ${step} af 4`);
        expect(await overflow(page), `theme ${t + 1} step ${step}`).toEqual([]);
        if (t === 2) await page.screenshot({ path: `${SCREENSHOTS}/presenter-T3-step${step}-${width}x${height}.png` });
      }
      await expect(page.locator(".presenter h1")).toContainText(MODEL.themes[t].title.da);
      await expect(page.locator(".slide-side .reflection li")).toHaveCount(MODEL.themes[t].reflection.length);
      expect(await axeViolations(page)).toEqual([]);
    }
    // T3 spreads widely: its dialogue prompt was shown.
    await page.keyboard.press("3");
    await page.keyboard.press("ArrowRight");
    await expect(page.locator(".slide-side .dialogue")).toContainText(MODEL.themes[2].dialogue.da);
    // The overview radar, drawn, and the closing slide.
    await page.keyboard.press("End");
    await expect(counter(page)).toHaveText(`Dias ${SLIDES} af ${SLIDES}`);
    await expect(page.locator(".presenter h1")).toHaveText("Forslag til fokusområder");
    expect(await overflow(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("PageUp");
    await expect(counter(page)).toHaveText(`Dias ${SLIDES - 1} af ${SLIDES}`);
    await expect
      .poll(() => page.evaluate(() => {
        const c = document.querySelector(".presenter canvas");
        if (!c || !c.width) return 0;
        const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i + 3] && d[i] < 200) n++;
        return n;
      }))
      .toBeGreaterThan(2000);
    expect(await overflow(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/presenter-overview-${width}x${height}.png` });
    // Back a slide from the overview lands on the last theme fully revealed.
    await page.keyboard.press("ArrowLeft");
    await expect(page.locator(".step-count")).toHaveText("Trin 4 af 4");
    await page.keyboard.press("Home");
    await expect(counter(page)).toHaveText(`Dias 1 af ${SLIDES}`);
    // High contrast, still whole.
    await page.getByLabel("Høj kontrast").check();
    // (The keys page on from the checkbox just used, too.)
    await page.keyboard.press("1");
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
    await expect(page.locator(".step-count")).toHaveText("Trin 4 af 4");
    await expect(page.locator(".presenter.high-contrast")).toHaveCount(1);
    expect(await overflow(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/presenter-contrast-${width}x${height}.png` });
  });
}

test("nothing on a slide overflows in any language at either size", async ({ page }) => {
  test.setTimeout(180_000);
  await seed(page);
  for (const language of ["Dansk", "Norsk (bokmål)", "English"]) {
    await page.goto("/#/a/ws/resultater");
    await page.getByRole("button", { name: language }).click();
    for (const [width, height] of [[1920, 1080], [1280, 720]]) {
      await page.setViewportSize({ width, height });
      for (let slide = 1; slide <= SLIDES; slide++) {
        await page.goto(`/#/a/ws/praesentation/${slide}/4`);
        await expect(counter(page)).toHaveText(new RegExp(` ${slide} (af|av|of) ${SLIDES}$`));
        expect(await overflow(page), `${language} ${width}×${height} slide ${slide}`).toEqual([]);
      }
    }
  }
});

test("the agreed picture set on a slide is kept, and shows in the table and the printed report", async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await seed(page);
  // Theme 3, step 4: the agreed score and why.
  await page.goto("/#/a/ws/praesentation/4/4");
  await page.getByLabel("Aftalt score").selectOption("3.5");
  await page.getByLabel("Mål").selectOption("4");
  await page.getByLabel("Begrundelse").fill("Vi er uenige om vidensdelingen og mødes i et netværk.");
  await expect(page.locator(".dots .agreed")).toHaveCount(1);
  await page.reload();
  await expect(page.getByLabel("Aftalt score")).toHaveValue("3.5");
  await expect(page.getByLabel("Begrundelse")).toHaveValue("Vi er uenige om vidensdelingen og mødes i et netværk.");
  // Leaving the presentation goes back to the results.
  await page.getByRole("button", { name: "Afslut præsentation" }).click();
  await expect(page.locator("main h1")).toHaveText("Teamets samlede billede");
  const row = page.locator(".results-table tr", { has: page.locator(`th:has-text("${MODEL.themes[2].title.da}")`) });
  await expect(row.locator("td").last()).toHaveText("3,5");
  await expect(page.getByLabel(`Aftalt score – ${MODEL.themes[2].title.da}`)).toHaveValue("3.5");
  // The Aftalt and Mål layers are offered now.
  await expect(page.getByLabel("Aftalt score", { exact: true })).toHaveCount(1);
  await expect(page.locator(".layers")).toContainText("Mål");
  const pdf = `${SCREENSHOTS}/report-agreed.pdf`;
  await page.emulateMedia({ media: "print" });
  writeFileSync(pdf, await page.pdf({ format: "A4", printBackground: true }));
  await page.emulateMedia({ media: "screen" });
  const text = execFileSync("pdftotext", [pdf, "-"]).toString().replace(/\s+/g, " ");
  expect(text).toContain("Vi er uenige om vidensdelingen og mødes i et netværk.");
  expect(text).toContain("Jeres fælles billede");
});

test("roles compared: means by group match a hand computation, and two staff are hidden while anonymous", async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await seed(page);
  const roles = page.locator(".roles-table");
  // Anonymous (the default): two staff are fewer than three, so only the
  // leaders are left, and there is nothing to compare.
  await expect(page.getByLabel("Anonymt")).toBeChecked();
  await expect(page.locator(".roles")).toContainText("Grupper med færre end 3 personer vises ikke");
  await expect(roles).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel("Anonymt").uncheck();
  await expect(roles.locator("thead th")).toHaveText(["Tema", "Ledere", "Medarbejdere", "Største forskel fra lederne"]);
  const row = (t) => roles.locator("tbody tr").nth(t);
  // T1: leaders (4+4+5)/3 = 4,3; staff (2+3)/2 = 2,5; gap −1,8, flagged.
  await expect(row(0).locator("td").nth(0)).toHaveText("4,3");
  await expect(row(0).locator("td").nth(1)).toHaveText("2,5");
  await expect(row(0).locator("td").nth(2)).toContainText("-1,8 (Medarbejdere)");
  await expect(row(0)).toHaveClass(/disagree/);
  // T2: leaders (3+4+3)/3 = 3,3; staff (3+2)/2 = 2,5; gap −0,8, not flagged.
  await expect(row(1).locator("td").nth(0)).toHaveText("3,3");
  await expect(row(1).locator("td").nth(1)).toHaveText("2,5");
  await expect(row(1)).not.toHaveClass(/disagree/);
  // The radar offers a layer per group now.
  await expect(page.locator(".layers")).toContainText("Medarbejdere");
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOTS}/results-roles-1920x1080.png`, fullPage: true });
  // Names show on the slides only when not anonymous.
  await page.goto("/#/a/ws/praesentation/2/1");
  await expect(page.locator(".dots .who")).toContainText(["Dina"]);
  await page.getByLabel("Anonymt").check();
  await expect(page.locator(".dots .who").first()).toHaveText("");
  await expect(page.locator(".dots")).not.toContainText("Dina");
});

test("the saved pill never covers the results' key or a control at 1280 px", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await seed(page);
  await page.getByLabel(`Aftalt score – ${MODEL.themes[0].title.da}`).selectOption("4");
  await expect(page.getByTestId("save-status")).toContainText("Gemt");
  const covered = await page.evaluate(() => {
    const pill = document.querySelector(".save-status").getBoundingClientRect();
    const hits = [];
    for (const el of document.querySelectorAll("main label, main button, main select, main input, main textarea, .layers *")) {
      const r = el.getBoundingClientRect();
      if (r.width && r.left < pill.right && r.right > pill.left && r.top < pill.bottom && r.bottom > pill.top) hits.push(el.textContent.trim().slice(0, 40));
    }
    return hits;
  });
  expect(covered).toEqual([]);
});
