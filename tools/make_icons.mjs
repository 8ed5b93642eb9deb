// Draws the app's install icons (PNG) from assets/favicon.svg in headless
// Chromium, so they stay the same picture as the favicon. Run once after
// changing the favicon: node tools/make_icons.mjs
import { chromium } from "playwright";
import { readFileSync } from "node:fs";

const svg = readFileSync(new URL("../assets/favicon.svg", import.meta.url), "utf8");
const icons = [
  // "any": the mark fills most of a white square.
  { file: "icon-192.png", size: 192, inset: 0.1 },
  { file: "icon-512.png", size: 512, inset: 0.1 },
  // "maskable": launchers crop to a circle, so the mark keeps to the
  // middle 60 % (the safe zone is a circle of 80 %).
  { file: "icon-maskable-512.png", size: 512, inset: 0.22 },
];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const page = await browser.newPage();
for (const { file, size, inset } of icons) {
  await page.setViewportSize({ width: size, height: size });
  const pad = Math.round(size * inset);
  await page.setContent(
    `<body style="margin:0;background:#fff;width:${size}px;height:${size}px">` +
      `<div style="padding:${pad}px;box-sizing:border-box;width:100%;height:100%">` +
      svg.replace("<svg ", '<svg width="100%" height="100%" ') +
      "</div></body>",
  );
  await page.screenshot({ path: new URL(`../assets/icons/${file}`, import.meta.url).pathname });
  console.log(`wrote assets/icons/${file}`);
}
await browser.close();
