// Instant start: the start page's text is in the served HTML, readable
// before any script runs, in the language chosen earlier, and the app takes
// over from it without a jump and without a console error.
import { test, expect, waitForApp, SCREENSHOTS } from "./helpers.mjs";

const HEADING = {
  da: "Hvor står jeres ledelse",
  nb: "Hvor står ledelsen deres",
  en: "Where does your leadership team stand",
};

test("the start page's heading is in the served HTML, in each language", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const body = html.slice(html.indexOf("<body"));
  // Danish in the page itself, before any script.
  expect(body.indexOf(HEADING.da)).toBeGreaterThan(0);
  expect(body.indexOf(HEADING.da)).toBeLessThan(body.indexOf("<script"));
  expect(body).toMatch(/<h1 elementtiming="start-heading" id="page-heading"[^>]*>/);
  // Norwegian and English ready beside it, and the page inert until the app runs.
  expect(body).toContain('<template id="start-nb">');
  expect(body).toContain(HEADING.nb);
  expect(body).toContain(HEADING.en);
  expect(body).toMatch(/^<body inert>/);
  // The WebAssembly is preloaded, served as application/wasm and compiled
  // while it downloads.
  const preload = html.match(/<link rel="preload" href="([^"]+\.wasm)"[^>]*as="fetch" type="application\/wasm"/);
  expect(preload).not.toBeNull();
  const wasm = await request.get(preload[1]);
  expect(wasm.headers()["content-type"]).toBe("application/wasm");
  const glue = html.match(/import init, \* as bindings from '([^']+\.js)'/)[1];
  expect(await (await request.get(glue)).text()).toContain("instantiateStreaming");
});

test("without any script the start page is there to read", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("main h1")).toHaveText(new RegExp(`^${HEADING.da}`));
  await expect(page.locator("main h1")).toBeVisible();
  await expect(page.getByRole("button", { name: "Start en ny vurdering" })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/start-prerendered.png` });
  await context.close();
});

/// A page whose app never starts (its WebAssembly is refused), to see the
/// prerendered page as the inline script leaves it.
async function withoutApp(browser, storage, hash = "") {
  const context = await browser.newContext();
  await context.route("**/*.wasm", (route) => route.abort());
  const page = await context.newPage();
  await page.goto("/");
  await page.evaluate((storage) => {
    for (const [k, v] of Object.entries(storage)) localStorage.setItem(k, v);
  }, storage);
  await page.goto(`/${hash}`);
  await page.reload();
  return { page, context };
}

test("the prerendered page follows the language chosen earlier and what is stored", async ({ browser }) => {
  for (const lang of ["nb", "en"]) {
    const { page, context } = await withoutApp(browser, { "kapacitetsradar.lang": lang });
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.locator("main h1")).toHaveText(new RegExp(`^${HEADING[lang]}`));
    await expect(page.locator("main h1")).toHaveCount(1);
    await expect(page.locator(`button[lang="${lang}"]`)).toHaveAttribute("aria-pressed", "true");
    await context.close();
  }
  // Something stored: the page never claims the list is empty.
  const stored = await withoutApp(browser, { "kapacitetsradar.assessment.x": "{}" });
  await expect(stored.page.locator("main h1")).toHaveText(new RegExp(`^${HEADING.da}`));
  await expect(stored.page.locator("main")).not.toContainText("Der er ingen gemte vurderinger endnu.");
  await stored.context.close();
  // A link to another page: only the header until the app shows that page.
  const other = await withoutApp(browser, {}, "#/saml");
  await expect(other.page.locator("header")).toContainText("Kapacitetsradar");
  await expect(other.page.locator("main")).toBeEmpty();
  await other.context.close();
});

test("the app takes over from the prerendered page with no layout shift and no console error", async ({ page }) => {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shifts.push(entry.value);
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/");
  await waitForApp(page);
  const painted = await page.evaluate(() => ({
    heading: document.querySelector("main h1").textContent,
    text: performance.getEntriesByType("element").find((e) => e.identifier === "start-heading")?.renderTime ?? null,
  }));
  expect(painted.heading).toContain(HEADING.da);
  // The app's page replaced the prerendered one: the button works.
  await page.getByRole("button", { name: "Start en ny vurdering" }).click();
  await expect(page.locator("main h1")).toHaveText("Ny vurdering");
  const shifts = await page.evaluate(() => window.__shifts);
  expect(Math.max(0, ...shifts)).toBeLessThanOrEqual(0.05);
  // The language is remembered, and the next load is prerendered in it.
  await page.goto("/");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.reload();
  await expect(page.locator("main h1")).toHaveText(new RegExp(`^${HEADING.en}`));
  await page.screenshot({ path: `${SCREENSHOTS}/start-taken-over-en.png` });
});
