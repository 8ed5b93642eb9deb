// The team's picture: a seeded assessment with three respondents shows the
// radar, the same numbers in a table, and the focus areas the documented
// rule picks; it prints as an A4 report.
import { test, expect, axeViolations, waitForApp, tabTo, SCREENSHOTS } from "./helpers.mjs";
import { readFileSync, writeFileSync, readdirSync, rmSync } from "node:fs";
import { execFileSync } from "node:child_process";

const MODEL = JSON.parse(readFileSync("model/kapacitetsmodel.v1.json", "utf8"));
const title = (id) => MODEL.themes.find((t) => t.id === id).title.da;

// Each respondent gives every statement of a theme the same score.
//            T1 T2 T3 T4 T5 T6 T7 T8
const SCORES = {
  anna: [4, 4, 2, 4, 3, 2, 4, 1], // leader
  bo: [4, 4, 2, 5, 4, 1, 4, 5], // leader
  carl: [5, 4, 1, 4, 4, 2, 4, 3], // staff representative
};

function respondent(id, name, role, scores) {
  const answers = {};
  MODEL.themes.forEach((theme, t) => {
    for (const s of theme.statements) answers[s.id] = { answer: scores[t] };
  });
  if (id === "anna") answers["T8.1"].comment = "Vi taler <b>forbi</b> hinanden <script>alert(1)</script>";
  return { id, name, role, answers, updated_at: 1_795_500_000_000 };
}

const ASSESSMENT = {
  format: "kapacitetsradar.assessment",
  version: 2,
  assessment: {
    id: "e2e3",
    model_id: MODEL.id,
    school: "Østskolen",
    team: "Ledelsen",
    date: "2026-11-24",
    round: "baseline",
    respondents: [
      respondent("anna", "Anna", "leader", SCORES.anna),
      respondent("bo", "Bo", "leader", SCORES.bo),
      respondent("carl", "Carl", "staff_representative", SCORES.carl),
    ],
    updated_at: 1_795_500_000_000,
  },
};

/// How much of the canvas is painted (not white), 0–1.
async function inked(page) {
  return page.evaluate(() => {
    const canvas = document.querySelector(".radar canvas");
    // Not there yet (the page is still starting): nothing is drawn.
    if (!canvas || canvas.width === 0) return 0;
    const { data } = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] > 0 && (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240)) painted++;
    }
    return painted / (data.length / 4);
  });
}

async function seed(page) {
  await page.goto("/");
  await waitForApp(page);
  await page.evaluate((text) => localStorage.setItem("kapacitetsradar.assessment.e2e3", text), JSON.stringify(ASSESSMENT));
  await page.reload();
  await waitForApp(page);
}

test("three respondents: chart, table and the expected focus areas, chosen by keyboard and saved", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await seed(page);
  await page.getByRole("button", { name: /Se resultaterne.*Østskolen/ }).click();
  await expect(page.locator("main h1")).toHaveText("Teamets samlede billede");
  await expect(page.locator(".included summary")).toContainText("3");

  // The chart was really drawn, and a layer switch redraws it.
  await expect.poll(() => inked(page)).toBeGreaterThan(0.03);
  // On a 1366×768 projector the key stands beside the chart, and the two
  // fit on the screen together.
  await expect(page.locator(".radar-note")).toHaveCount(0);
  const figure = await page.locator(".radar").boundingBox();
  const canvas = await page.locator(".radar canvas").boundingBox();
  const key = await page.locator(".radar .layers").boundingBox();
  expect(figure.height).toBeLessThanOrEqual(768);
  expect(key.x).toBeGreaterThan(canvas.x + canvas.width);
  const before = await inked(page);
  await page.getByLabel("Hver besvarelse").check();
  await expect.poll(() => inked(page)).toBeGreaterThan(before);

  // The table says what a hand computation says: T3 = (2+2+1)/3 = 1,7;
  // T8 = (1+5+3)/3 = 3,0 with the range 1–5, flagged as disagreement.
  const row = (id) => page.locator("tr", { has: page.locator(`th:has-text("${title(id)}")`) });
  await expect(row("T3").locator("td").nth(0)).toHaveText("1,7");
  await expect(row("T3").locator("td").nth(2)).toHaveText("1,0–2,0");
  await expect(row("T8").locator("td").nth(0)).toHaveText("3,0");
  await expect(row("T8").locator("td").nth(2)).toHaveText("1,0–5,0");
  await expect(row("T8")).toHaveClass(/disagree/);
  await expect(row("T1")).not.toHaveClass(/disagree/);
  await expect(row("T8").locator("td").nth(4)).toHaveText("3"); // respondents
  await expect(row("T8").locator("td").nth(5)).toHaveText("15"); // 3 × 5 statements

  // Drill down: each statement's distribution, and comments as plain text.
  await row("T8").getByRole("button").click();
  const details = page.locator(".statement-rows");
  await expect(details.locator("li").first()).toContainText("1: 1");
  await expect(details.locator("li").first()).toContainText("5: 1");
  await expect(details.locator(".comments li")).toHaveText("Vi taler <b>forbi</b> hinanden <script>alert(1)</script>");

  // Focus areas: T3 (low, and leaders see it higher than staff), T6 (low),
  // T8 (disagreement), by the rule in the README.
  const cards = page.locator(".focus-card h3");
  await expect(cards).toHaveText([title("T3"), title("T6"), title("T8")]);
  await expect(page.locator(".focus-card").nth(0)).toContainText("Lederne vurderer temaet 1,0 point højere");
  await expect(page.locator(".focus-card").nth(2)).toContainText("I er uenige: svarene spænder fra 1,0 til 5,0");

  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOTS}/results-1366x768.png`, fullPage: true });

  // Choose T6 with the keyboard alone; the choice is saved.
  await tabTo(page, "#focus-T6");
  await page.keyboard.press("Space");
  await expect(page.locator(".focus-card.chosen h3")).toHaveText(title("T6"));
  await page.reload();
  await waitForApp(page);
  await expect(page.locator(".focus-card.chosen h3")).toHaveText(title("T6"));
  await expect(page.locator("#focus-T6")).toBeChecked();

  // On a phone the axes carry the themes' numbers, so the radar keeps its
  // room: along the middle row, the drawing reaches from the centre out to
  // the outer ring without a break, over 60 % of the canvas across. The
  // page says what the numbers are, and the table numbers its themes.
  await page.setViewportSize({ width: 390, height: 844 });
  const span = () => page.evaluate(() => {
    const canvas = document.querySelector(".radar canvas");
    const { data } = canvas.getContext("2d").getImageData(0, Math.floor(canvas.height / 2), canvas.width, 1);
    const drawn = (x) => data[x * 4] < 245 || data[x * 4 + 1] < 245 || data[x * 4 + 2] < 245;
    const centre = Math.floor(canvas.width / 2);
    let left = centre;
    let right = centre;
    while (left > 0 && drawn(left - 1)) left--;
    while (right < canvas.width - 1 && drawn(right + 1)) right++;
    return (right - left) / canvas.width;
  });
  await expect.poll(span).toBeGreaterThan(0.6);
  await expect(page.getByText("Tallene på diagrammet er temaerne i tabellen nedenfor.")).toBeVisible();
  await expect(page.locator(".results-table tbody th .theme-no").first()).toHaveText("1");
  await expect(page.locator(".results-table tbody th").nth(2)).toContainText("3" + title("T3"));
  // Full screen on a phone held upright: the chart keeps the width, the
  // key goes below it.
  await page.getByRole("button", { name: "Vis i fuld skærm" }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName)).toBe("FIGURE");
  await expect.poll(() => page.evaluate(() => document.querySelector(".radar canvas").clientWidth)).toBeGreaterThan(300);
  await page.getByRole("button", { name: "Afslut fuld skærm (Esc)" }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
  // A clip of the whole page, not an element screenshot: that one resizes
  // the viewport while it captures, and the chart redraws under it.
  const clip = await page.evaluate(() => {
    const r = document.querySelector(".radar").getBoundingClientRect();
    return { x: r.x, y: r.y + scrollY, width: r.width, height: r.height };
  });
  await page.screenshot({ path: `${SCREENSHOTS}/results-radar-390x844.png`, fullPage: true, clip });
});

test("on a wall screen and printed as an A4 report", async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await seed(page);
  await page.goto("/#/a/e2e3/resultater");
  await expect(page.locator("main h1")).toHaveText("Teamets samlede billede");
  await expect.poll(() => inked(page)).toBeGreaterThan(0.03);
  // HiDPI-ready: the backing store follows the canvas' CSS size.
  const size = await page.evaluate(() => {
    const c = document.querySelector(".radar canvas");
    return { w: c.width, h: c.height, cw: c.clientWidth, ratio: devicePixelRatio };
  });
  expect(size.w).toBe(Math.floor(size.cw * size.ratio));
  // The chart is no taller than its radar needs, so its key is on the
  // screen with it, without scrolling.
  const key = await page.locator(".radar .layers").boundingBox();
  expect(key.y + key.height).toBeLessThanOrEqual(1080);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOTS}/results-1920x1080.png` });

  // Full screen for the wall: the chart and its key, larger; and back.
  await page.getByRole("button", { name: "Vis i fuld skærm" }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName)).toBe("FIGURE");
  await expect
    .poll(() => page.evaluate(() => document.querySelector(".radar canvas").height))
    .toBeGreaterThan(900);
  await expect.poll(() => inked(page)).toBeGreaterThan(0.03);
  expect(await page.locator(".radar .layers").isVisible()).toBe(true);
  // Whose picture it is, since the page's heading is out of sight.
  await expect(page.locator(".radar figcaption")).toHaveText("Østskolen · Ledelsen · 24. november 2026 · Første måling");
  await expect(page.locator(".radar figcaption")).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/results-fullscreen-1920x1080.png` });
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Afslut fuld skærm (Esc)" }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
  await expect(page.locator(".radar figcaption")).toBeHidden();
  await expect
    .poll(() => page.evaluate(() => document.querySelector(".radar canvas").height))
    .toBe(size.h);
  // By keyboard: Enter opens it; tabbing on past the chart's last control
  // never lands on a control hidden behind it; Enter on the button leaves.
  await page.getByRole("button", { name: "Vis i fuld skærm" }).focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName)).toBe("FIGURE");
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    expect(
      await page.evaluate(() => {
        const a = document.activeElement;
        return a === document.body || document.fullscreenElement.contains(a);
      }),
    ).toBe(true);
  }
  await page.getByRole("button", { name: "Afslut fuld skærm (Esc)" }).focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();

  // The chart exports as a PNG file named after the assessment.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Gem diagrammet som billede (PNG)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.png$/);
  const png = readFileSync(await file.path());
  expect(png.subarray(1, 4).toString()).toBe("PNG");
  expect(png.length).toBeGreaterThan(10_000);

  // Print: the report has the school, the chart, the table and the focus
  // areas, and none of the screen's controls.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.locator(".layers input").first()).toBeHidden();
  await expect(page.locator(".layers").getByText("Gennemsnit")).toBeVisible();
  await expect(page.locator(".layers").getByText("Hver besvarelse")).toBeHidden();
  await expect(page.locator(".results-table")).toBeVisible();
  const pdf = `${SCREENSHOTS}/report.pdf`;
  writeFileSync(pdf, await page.pdf({ format: "A4", printBackground: true }));
  for (const f of readdirSync(SCREENSHOTS)) if (f.startsWith("report-")) rmSync(`${SCREENSHOTS}/${f}`);
  execFileSync("pdftoppm", ["-png", "-r", "50", pdf, `${SCREENSHOTS}/report`]);
  const pages = readdirSync(SCREENSHOTS).filter((f) => /^report-\d+\.png$/.test(f));
  expect(pages.length).toBeGreaterThanOrEqual(2);
  const text = execFileSync("pdftotext", [pdf, "-"]).toString().replace(/\s+/g, " ");
  for (const needle of ["Østskolen", "Teamets samlede billede", title("T3"), "Forslag til fokusområder"]) {
    expect(text).toContain(needle);
  }
  expect(text).not.toContain("Vælg som fokusområde");
});

test("printed from a laptop, the chart keeps its shape and prints sharp", async ({ page }) => {
  // On a 1366×768 screen the chart is wider than the report's box.
  await page.setViewportSize({ width: 1366, height: 768 });
  await seed(page);
  await page.goto("/#/a/e2e3/resultater");
  await expect.poll(() => inked(page)).toBeGreaterThan(0.03);
  const canvasSize = () => page.evaluate(() => {
    const c = document.querySelector(".radar canvas");
    return { w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight, ratio: devicePixelRatio };
  });
  const screen = await canvasSize();
  expect(screen.w / screen.h).toBeGreaterThan(1.15);

  // The browser announces printing: the chart is redrawn for paper, 2.25 ×
  // 600 pixels wide (about 300 dpi in its 115 mm box) and only as high as
  // the radar needs, and drawn; in print its box has the drawing's shape.
  await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
  const printed = await canvasSize();
  expect(printed.w).toBe(1350);
  expect(printed.h).toBeGreaterThan(900);
  expect(printed.h).toBeLessThanOrEqual(1350);
  expect(await inked(page)).toBeGreaterThan(0.03);
  await page.emulateMedia({ media: "print" });
  const box = await canvasSize();
  expect(Math.abs(box.cw / box.ch - printed.w / printed.h)).toBeLessThan(0.01);
  await page.emulateMedia({ media: null });
  await page.evaluate(() => dispatchEvent(new Event("afterprint")));
  await expect.poll(canvasSize).toEqual(screen);

  // A real print: Chromium records the chart drawn for paper, so the PDF
  // holds it as drawing, or as a raster of the paper drawing's shape, not
  // as the screen's wide raster squeezed into the box.
  const pdf = `${SCREENSHOTS}/report-laptop.pdf`;
  writeFileSync(pdf, await page.pdf({ format: "A4", printBackground: true }));
  const images = execFileSync("pdfimages", ["-list", pdf]).toString().trim().split("\n").slice(2);
  for (const line of images) {
    const [, , , width, height] = line.trim().split(/\s+/);
    expect(Math.abs(Number(width) / Number(height) - printed.w / printed.h)).toBeLessThan(0.01);
  }
  execFileSync("pdftoppm", ["-png", "-r", "150", "-f", "1", "-l", "1", pdf, `${SCREENSHOTS}/report-laptop`]);

  // After printing, the screen's drawing is back. (Headless Chromium's
  // page.pdf() leaves `vw` at the paper's width until the window next
  // changes size, which moves the page's margins; a resize restores it.)
  await page.setViewportSize({ width: 1366, height: 767 });
  await page.setViewportSize({ width: 1366, height: 768 });
  await expect.poll(canvasSize).toEqual(screen);
  await expect.poll(() => inked(page)).toBeGreaterThan(0.03);
});

test("a follow-up round is compared with the baseline as its own layer", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await seed(page);
  // The same team half a year later, everyone one point higher on T3.
  const later = structuredClone(ASSESSMENT);
  later.assessment.id = "e2e3-opfoelgning";
  later.assessment.date = "2027-05-20";
  later.assessment.round = "follow_up";
  for (const r of later.assessment.respondents) {
    for (const s of MODEL.themes[2].statements) r.answers[s.id].answer += 1;
  }
  await page.evaluate((text) => localStorage.setItem("kapacitetsradar.assessment.e2e3-opfoelgning", text), JSON.stringify(later));
  await page.goto("/#/a/e2e3-opfoelgning/resultater");
  await page.reload();
  await expect(page.locator("main h1")).toHaveText("Teamets samlede billede");
  await expect(page.locator(".results .eyebrow")).toContainText("Opfølgning");
  await expect(page.getByLabel("Forrige måling")).toHaveCount(0);
  await expect.poll(() => inked(page)).toBeGreaterThan(0.03);
  const before = await inked(page);
  await page.getByLabel("Sammenlign med").selectOption({ value: "e2e3" });
  await expect(page.locator("#compare option:checked")).toHaveText("Østskolen · 24. november 2026 · Første måling");
  await expect(page.getByLabel("Forrige måling")).toBeChecked();
  await expect.poll(() => inked(page)).toBeGreaterThan(before);
  // T3 went from (2+2+1)/3 = 1,7 to (3+3+2)/3 = 2,7.
  const row = page.locator("tr", { has: page.locator(`th:has-text("${title("T3")}")`) });
  await expect(row.locator("td").first()).toHaveText("2,7");
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOTS}/results-compare-1366x768.png` });
});
