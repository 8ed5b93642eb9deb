// Start-up figures of the release build, measured the same way every time:
// each run is a fresh headless Chromium (nothing cached, no service worker;
// given a second to finish starting, as a user's browser has),
// at normal CPU speed and with the CPU slowed down (DevTools protocol's
// Emulation.setCPUThrottlingRate), and the median of the runs is reported.
//
// - first visible text: when the start page's heading was painted (Element
//   Timing on the prerendered <h1 elementtiming="start-heading">);
// - first contentful paint;
// - time to interactive: navigation start until a click on the language
//   switch has been handled (<html lang> changed), the click made in the
//   first task after the app has taken over from the inert prerendered page;
// - the largest layout shift while loading;
// - a repeat visit: the same figures again once the service worker keeps the
//   files;
// - WebAssembly.compile of the built file (median).
//
// Usage: node scripts/measure-tti.mjs [url] [runs] [rates, comma-separated]
import { chromium } from "playwright-core";

const url = process.argv[2] ?? "http://127.0.0.1:8080/";
const runs = Number(process.argv[3] ?? 15);
const rates = (process.argv[4] ?? "1,4").split(",").map(Number);
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

function watchStart() {
  window.__start = { text: null, shifts: [], langs: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.identifier === "start-heading" && window.__start.text === null) window.__start.text = entry.renderTime || entry.loadTime;
    }
  }).observe({ type: "element", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__start.shifts.push([entry.startTime, entry.value]);
    }
  }).observe({ type: "layout-shift", buffered: true });
  // The click: on the other language than the one stored, in the first task
  // after the app has taken over from the inert prerendered page. Made by
  // the page itself, because a driver's polling for that moment added about
  // 100 ms that were not the app's.
  let to = "en";
  try {
    if (localStorage.getItem("kapacitetsradar.lang") === "en") to = "da";
  } catch {}
  window.__start.to = to;
  const ready = new MutationObserver(() => {
    if (document.body && !document.body.hasAttribute("inert")) {
      ready.disconnect();
      setTimeout(() => {
        window.__start.clicked = performance.now();
        document.querySelector(`button[lang="${to}"]`)?.click();
      });
    }
  });
  ready.observe(document, { attributes: true, attributeFilter: ["inert"], subtree: true });
  // When <html lang> changed, and to what: the click's effect.
  new MutationObserver((records) => {
    for (const { target } of records) {
      if (target === document.documentElement) window.__start.langs.push([target.lang, performance.now()]);
    }
  }).observe(document, { attributes: true, attributeFilter: ["lang"], subtree: true });
}

/// One load and its figures.
async function load(page, navigate) {
  await navigate();
  await page.waitForFunction(() => window.__start.langs.some(([lang]) => lang === window.__start.to));
  const seen = await page.evaluate(() => ({
    ...window.__start,
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
  }));
  const interactive = seen.langs.findLast(([lang]) => lang === seen.to)[1];
  // Only while loading: the language switch itself moves text.
  const shift = Math.max(0, ...seen.shifts.filter(([at]) => at < seen.clicked).map(([, value]) => value));
  return { text: seen.text ?? seen.fcp, fcp: seen.fcp, interactive, shift };
}

async function run(rate) {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ARGS });
  try {
    const context = await browser.newContext();
    await context.addInitScript(watchStart);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate });
    // A user's browser is already running: let this one finish starting
    // before the clock starts.
    await page.goto("about:blank");
    await page.waitForTimeout(1000);
    const first = await load(page, () => page.goto(url));
    // The repeat visit, once the service worker keeps this build's files.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
      }
    });
    const repeat = await load(page, () => page.reload());
    return { first, repeat };
  } finally {
    await browser.close();
  }
}

async function compileTimes(times) {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    return await page.evaluate(async (times) => {
      const href = document.querySelector('link[rel="preload"][as="fetch"]').href;
      const bytes = new Uint8Array(await (await fetch(href)).arrayBuffer());
      const result = [];
      for (let i = 0; i < times; i++) {
        // A custom section named after the run makes each module new to
        // the engine, so no compiled code is reused from the last one.
        const name = new TextEncoder().encode(`run-${i}`);
        const unique = new Uint8Array(bytes.length + 2 + 1 + name.length);
        unique.set(bytes);
        unique.set([0, 1 + name.length, name.length, ...name], bytes.length);
        const start = performance.now();
        await WebAssembly.compile(unique);
        result.push(performance.now() - start);
      }
      return result;
    }, times);
  } finally {
    await browser.close();
  }
}

const median = (values) => {
  const sorted = values.filter((v) => v !== null).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN;
};
const ms = (v) => `${v.toFixed(0)} ms`;

console.log(`start-up of ${url}, fresh Chromium each run, median of ${runs}`);
console.log("CPU   visit    first text   first paint   interactive   largest shift");
for (const rate of rates) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await run(rate));
  for (const visit of ["first", "repeat"]) {
    const of = (key) => median(results.map((r) => r[visit][key]));
    const shift = Math.max(...results.map((r) => r[visit].shift));
    console.log(
      `${`${rate}×`.padEnd(5)} ${visit.padEnd(8)} ${ms(of("text")).padStart(10)}   ${ms(of("fcp")).padStart(11)}   ${ms(of("interactive")).padStart(11)}   ${shift.toFixed(3).padStart(13)}`,
    );
  }
}
const compile = await compileTimes(runs);
console.log(`WebAssembly.compile of the built file: median ${median(compile).toFixed(1)} ms over ${runs} (min ${Math.min(...compile).toFixed(1)}, max ${Math.max(...compile).toFixed(1)})`);
