// Lighthouse on the built app, in Debian's Chromium, headless: the
// Performance, Accessibility, Best Practices and SEO scores, as a phone
// (Lighthouse's default: a mid-range phone, slow 4G, CPU slowed 4×) and as
// a desktop. Prints each score and every audit that did not pass, so a
// score under 100 says why. Run by scripts/bench:
//   node scripts/lighthouse.mjs http://127.0.0.1:8092/
import lighthouse from "lighthouse";
import desktop from "lighthouse/core/config/desktop-config.js";
import { launch } from "chrome-launcher";

const url = process.argv[2] ?? "http://127.0.0.1:8092/";
const categories = ["performance", "accessibility", "best-practices", "seo"];

async function audit(label, config) {
  // A fresh browser per run: nothing cached, no service worker yet.
  const chrome = await launch({
    chromePath: "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, logLevel: "error", onlyCategories: categories }, config);
    const scores = categories.map((id) => `${lhr.categories[id].title} ${Math.round(lhr.categories[id].score * 100)}`);
    console.log(`${label}: ${scores.join(" · ")}`);
    for (const id of categories) {
      for (const ref of lhr.categories[id].auditRefs) {
        const a = lhr.audits[ref.id];
        if (ref.weight > 0 && a.score !== null && a.score < 1) {
          console.log(`  ${id} / ${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ""}`);
        }
      }
    }
    const m = (id) => lhr.audits[id].displayValue;
    console.log(`  first contentful paint ${m("first-contentful-paint")}, largest ${m("largest-contentful-paint")}, total blocking ${m("total-blocking-time")}, layout shift ${m("cumulative-layout-shift")}`);
    const largest = lhr.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node;
    if (largest) console.log(`  the largest contentful paint is ${largest.snippet}`);
    return lhr;
  } finally {
    await chrome.kill();
  }
}

await audit("phone (Lighthouse default: slow 4G, CPU 4× slower)", undefined);
await audit("desktop", desktop);
