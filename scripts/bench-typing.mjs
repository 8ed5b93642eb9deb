// Typing latency: one keystroke in a comment, in an assessment with 300
// respondents who answered every statement. For each keystroke, the time
// from the input event to the next frame (the first task after the next
// animation frame), median over the keystrokes. Fresh Chromium.
// Usage: node scripts/bench-typing.mjs [url] [keystrokes]
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";

const url = process.argv[2] ?? "http://127.0.0.1:8080/";
const keystrokes = Number(process.argv[3] ?? 120);
const model = JSON.parse(readFileSync(new URL("../model/kapacitetsmodel.json", import.meta.url), "utf8"));
const statements = model.themes.flatMap((t) => t.statements.map((s) => s.id));

// 300 respondents, every statement answered, scores from a fixed sequence.
let seed = 7;
const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
const respondents = Array.from({ length: 300 }, (_, i) => ({
  id: `r${i}`,
  name: `Person ${i}`,
  role: i % 10 === 0 ? "leader" : "staff_representative",
  answers: Object.fromEntries(statements.map((s) => [s, { answer: (next() % 5) + 1 }])),
  updated_at: 1,
}));
const document = {
  format: "kapacitetsradar.assessment",
  version: 2,
  assessment: {
    id: "bench", model_id: model.id, school: "Skole", team: "Personale",
    date: "2026-12-01", round: "baseline", respondents, updated_at: 1,
  },
};

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage();
await page.goto(url);
await page.locator("main h1").waitFor();
await page.evaluate((text) => localStorage.setItem("kapacitetsradar.assessment.bench", text), JSON.stringify(document));
await page.goto(new URL("#/a/bench/r/r5/t/1", url).href);
await page.reload();
const comment = page.locator("textarea").first();
await comment.waitFor();
await comment.click();
await page.evaluate(() => {
  let start = 0;
  // First to see the keystroke: capture on the document.
  document.addEventListener("input", () => {
    start = performance.now();
    // The task after the next animation frame: the frame is painted.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      const from = start;
      channel.port1.onmessage = () => window.__latencies.push(performance.now() - from);
      channel.port2.postMessage(null);
    });
  }, true);
  // Last to see it: bubbling on the window, after the app's handler and the
  // re-render it scheduled (yew renders in the microtasks that run between
  // listeners), so this is the app's whole work for the keystroke.
  window.addEventListener("input", () => window.__work.push(performance.now() - start));
});
const text = "Vi mangler en fælles forståelse af, hvad data skal bruges til i teamene. ";
async function typeAndMeasure() {
  await page.evaluate(() => {
    window.__latencies = [];
    window.__work = [];
  });
  for (let i = 0; i < keystrokes; i++) {
    await page.keyboard.type(text[i % text.length]);
    await page.waitForTimeout(40);
  }
  await page.waitForTimeout(500);
  const sorted = (list) => list.sort((a, b) => a - b);
  const { frame, work } = await page.evaluate(() => ({ frame: window.__latencies, work: window.__work }));
  return { frame: sorted(frame), work: sorted(work) };
}
const app = await typeAndMeasure();
// The same keystrokes in a plain textarea the app doesn't manage: what the
// browser alone takes to the next frame, for comparison.
await page.evaluate(() => {
  const plain = document.createElement("textarea");
  plain.id = "bench-plain";
  document.body.prepend(plain);
});
await page.locator("#bench-plain").click();
const plain = await typeAndMeasure();
await browser.close();
const at = (list, q) => list[Math.min(list.length - 1, Math.floor(list.length * q))];
const ms = (list, q) => at(list, q).toFixed(1);
console.log(
  `typing latency (300 respondents, ${app.frame.length} keystrokes): input to next frame median ${ms(app.frame, 0.5)} ms (p90 ${ms(app.frame, 0.9)}); ` +
    `the app's work per keystroke median ${ms(app.work, 0.5)} ms (p90 ${ms(app.work, 0.9)}, max ${ms(app.work, 1)}); ` +
    `a plain textarea on the same page: next frame ${ms(plain.frame, 0.5)} ms, work ${ms(plain.work, 0.5)} ms`,
);
