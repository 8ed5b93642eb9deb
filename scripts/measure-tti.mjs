// Time to interactive of the release build: loads the served dist/ in
// headless Chromium N times (fresh context each time, no cache) and reports
// the median time from navigation start until the start screen's language
// buttons respond. Usage: node scripts/measure-tti.mjs [url] [runs]
import { chromium } from "playwright-core";

const url = process.argv[2] ?? "http://127.0.0.1:8080/";
const runs = Number(process.argv[3] ?? 15);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const times = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  // Interactive = the app has mounted and a click is handled.
  await page.locator('button[lang="en"]').click();
  await page.locator('html[lang="en"]').waitFor({ state: "attached" });
  times.push(await page.evaluate(() => performance.now()));
  await context.close();
}
await browser.close();
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`time to interactive: median ${median.toFixed(0)} ms over ${runs} loads (min ${times[0].toFixed(0)}, max ${times.at(-1).toFixed(0)})`);
