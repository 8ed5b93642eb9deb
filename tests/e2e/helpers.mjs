// Shared checks for every end-to-end test: the page makes no request off
// 127.0.0.1, logs no console error, and axe-core finds no violation.
import { test as base, expect } from "@playwright/test";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
export const SCREENSHOTS = "tests/e2e/screenshots";
mkdirSync(SCREENSHOTS, { recursive: true });

/// The served page starts as the prerendered start page, inert until the
/// app takes over; every navigation of a test's pages waits for that, so a
/// test never clicks the prerendered copy of a button.
const waiting = new WeakSet();
export function waitsForApp(page) {
  if (waiting.has(page)) return;
  waiting.add(page);
  for (const name of ["goto", "reload", "goBack", "goForward"]) {
    const navigate = page[name].bind(page);
    page[name] = async (...args) => {
      const response = await navigate(...args);
      await page.locator("body:not([inert])").waitFor({ state: "attached" });
      return response;
    };
  }
}

export const test = base.extend({
  context: async ({ context }, use) => {
    context.on("page", waitsForApp);
    await use(context);
  },
  // Every page is watched; the test fails afterwards if anything leaked.
  page: async ({ page }, use) => {
    waitsForApp(page);
    const problems = [];
    page.on("console", (msg) => {
      if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
    });
    page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
    await page.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === "data:" || url.protocol === "blob:" || url.hostname === "127.0.0.1") {
        return route.continue();
      }
      problems.push(`outbound request: ${route.request().url()}`);
      return route.abort();
    });
    await use(page);
    expect(problems, "no console errors and no request off 127.0.0.1").toEqual([]);
  },
});

export { expect };

/// Runs axe-core in the page (through the debugging protocol, so the page's
/// CSP doesn't apply) and returns the violations.
export async function axeViolations(page) {
  await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { resultTypes: ["violations"] }),
  );
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(" ")),
  }));
}

/// Waits until the app has taken over from the prerendered start page
/// (which is inert until then) and shows a page.
export async function waitForApp(page) {
  await expect(page.locator("body:not([inert]) main h1")).toBeVisible();
}

/// Presses Tab until the focused element matches `selector` (keyboard only,
/// as a user would), failing after `limit` presses.
export async function tabTo(page, selector, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${selector}`);
}

/// The answers a keyboard user gives in the e2e path: statement k of the
/// model gets score (k mod 5) + 1, every seventh "don't know", every
/// eleventh "doesn't apply".
export function plannedAnswer(k) {
  if (k % 11 === 10) return "not_applicable";
  return k % 7 === 6 ? "dont_know" : String((k % 5) + 1);
}
