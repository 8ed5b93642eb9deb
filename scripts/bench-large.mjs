// Large groups, in the release build in a fresh headless Chromium:
// - reading a 300-row CSV with every statement answered: from the file
//   being chosen (the input's change event) until the staging list of 300
//   is on screen (the frame after it is in the page);
// - the results page of 300 respondents: from navigating to it until the
//   radar and the table are on screen.
// Median of N runs each. Usage: node scripts/bench-large.mjs [url] [runs]
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";

const url = process.argv[2] ?? "http://127.0.0.1:8080/";
const runs = Number(process.argv[3] ?? 15);
const model = JSON.parse(readFileSync(new URL("../model/kapacitetsmodel.v2.json", import.meta.url), "utf8"));
const statements = model.themes.flatMap((t) => t.statements.map((s) => s.id));

let seed = 7;
const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
const rows = Array.from({ length: 300 }, (_, i) => [`Person ${i + 1}`, ...statements.map(() => (next() % 5) + 1)]);
const csv = [["Navn", ...statements].join(";"), ...rows.map((r) => r.join(";"))].join("\r\n");
const assessment = {
  format: "kapacitetsradar.assessment",
  version: 3,
  assessment: {
    id: "bench", model_id: model.id, model_version: model.model_version, school: "Skole", team: "Personale",
    date: "2026-12-01", round: "baseline", updated_at: 1,
    respondents: rows.map(([name, ...scores], i) => ({
      id: `r${i}`, name, role: i % 10 === 0 ? "leader" : "staff_representative", updated_at: 1,
      answers: Object.fromEntries(statements.map((s, k) => [s, { answer: scores[k] }])),
    })),
  },
};

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
// Given to every page once (init scripts are not bound by the page's CSP):
// resolves with the time of the first frame after `done()` holds, checked
// on every change to the page.
await page.addInitScript(() => {
  window.onScreenWhen = (done) =>
    new Promise((resolve) => {
      const observer = new MutationObserver(() => check());
      const check = () => {
        if (!done()) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
      };
      observer.observe(document, { childList: true, subtree: true });
    });
});
await page.goto(url);
await page.locator("body:not([inert]) main h1").waitFor();
await page.evaluate((text) => localStorage.setItem("kapacitetsradar.assessment.bench", text), JSON.stringify(assessment));

const csvTimes = [];
for (let i = 0; i < runs; i++) {
  await page.goto(new URL("#/saml", url).href);
  await page.reload();
  await page.locator("body:not([inert]) #import-files").waitFor({ state: "attached" });
  csvTimes.push(
    await page.evaluate(
      async (csv) => {
        const input = document.querySelector("#import-files");
        const files = new DataTransfer();
        files.items.add(new File([csv], "personale.csv", { type: "text/csv" }));
        input.files = files.files;
        const shown = window.onScreenWhen(() => document.querySelectorAll("table.staged tbody tr").length === 300);
        const start = performance.now();
        input.dispatchEvent(new Event("change", { bubbles: true }));
        return (await shown) - start;
      },
      csv,
    ),
  );
}

const resultTimes = [];
for (let i = 0; i < runs; i++) {
  await page.goto(new URL("#/", url).href);
  await page.reload();
  await page.locator("body:not([inert]) main h1").waitFor();
  resultTimes.push(
    await page.evaluate(async () => {
      const shown = window.onScreenWhen(
        () => document.querySelectorAll(".results-table tbody tr").length > 0 && document.querySelector(".radar canvas, canvas") !== null,
      );
      const start = performance.now();
      location.hash = "#/a/bench/resultater";
      return (await shown) - start;
    }),
  );
}
await browser.close();

const report = (label, times) => {
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`${label}: median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms over ${runs} (min ${sorted[0].toFixed(1)}, max ${sorted.at(-1).toFixed(1)})`);
};
report("reading a 300-row CSV, file chosen to staging list on screen", csvTimes);
report("results page of 300 respondents, navigation to radar and table on screen", resultTimes);
