// Two engines behind one small interface, so the main path is written
// once: Firefox (Debian's firefox-esr) through puppeteer-core over WebDriver
// BiDi, and WebKit (WebKitGTK's MiniBrowser) through selenium-webdriver and
// WebKitWebDriver under a virtual display (its --headless does not work
// here). Scripts run in the page: `eval` takes an expression, `run`
// statements, `evalAsync` the body of an async function.
import { spawn, execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import puppeteer from "puppeteer-core";
import { Builder, By, Key } from "selenium-webdriver";

let fox = null;

/// A fresh Firefox profile (a browser context) in the one Firefox session.
export async function firefox() {
  fox ??= await puppeteer.launch({
    browser: "firefox",
    protocol: "webDriverBiDi",
    executablePath: "/usr/bin/firefox-esr",
    headless: true,
  });
  const version = await fox.version();
  const context = await fox.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1366, height: 900 });
  return {
    version,
    goto: (to) => page.goto(to),
    reload: () => page.reload(),
    eval: (expression) => page.evaluate(`(${expression})`),
    run: (statements) => page.evaluate(`(() => { ${statements} })()`),
    evalAsync: (body) => page.evaluate(`(async () => { ${body} })()`),
    waitFor: (selector) => page.waitForSelector(selector, { timeout: 20_000 }),
    click: (selector) => page.click(selector),
    type: (selector, text) => page.type(selector, text),
    press: (key) => page.keyboard.press(key === "Space" ? " " : key),
    screenshot: (path) => page.screenshot({ path, fullPage: false }),
    pdf: async () => Buffer.from(await page.pdf({ format: "A4", printBackground: true })),
    close: () => context.close(),
  };
}

export async function closeFirefox() {
  await fox?.close();
  fox = null;
}

let server = null;
const PORT = 4445;

async function webDriverServer() {
  if (server) return;
  server = spawn("xvfb-run", ["-a", "WebKitWebDriver", `--port=${PORT}`], { detached: true, stdio: "ignore" });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/status`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("WebKitWebDriver did not start");
}

export function stopWebKit() {
  if (server) {
    try {
      process.kill(-server.pid);
    } catch {}
    server = null;
  }
}

const KEYS = { Space: Key.SPACE, ArrowRight: Key.ARROW_RIGHT, Tab: Key.TAB, Enter: Key.ENTER };

/// A fresh WebKit session, which is a fresh profile.
export async function webkit() {
  await webDriverServer();
  const driver = await new Builder()
    .usingServer(`http://127.0.0.1:${PORT}`)
    .withCapabilities({
      browserName: "MiniBrowser",
      "webkitgtk:browserOptions": {
        binary: "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
        args: ["--automation"],
      },
    })
    .build();
  await driver.manage().window().setRect({ width: 1366, height: 900 });
  const caps = await driver.getCapabilities();
  const version = `WebKitGTK ${caps.get("browserVersion") ?? ""}`.trim();
  const find = (selector) => driver.findElement(By.css(selector));
  return {
    version,
    goto: (to) => driver.get(to),
    reload: () => driver.navigate().refresh(),
    eval: (expression) => driver.executeScript(`return (${expression});`),
    run: (statements) => driver.executeScript(statements),
    evalAsync: (body) =>
      driver.executeAsyncScript(`const done = arguments[arguments.length - 1];
        (async () => { ${body} })().then(done, (e) => done({ error: String(e) }));`),
    waitFor: async (selector) => {
      const end = Date.now() + 20_000;
      while (Date.now() < end) {
        if ((await driver.findElements(By.css(selector))).length) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`timed out waiting for ${selector}`);
    },
    // WebKitWebDriver does not scroll an element into view before a click.
    click: async (selector) => {
      const element = await find(selector);
      await driver.executeScript("arguments[0].scrollIntoView({ block: 'center' });", element);
      await element.click();
    },
    type: async (selector, text) => (await find(selector)).sendKeys(text),
    press: (key) => driver.actions().sendKeys(KEYS[key] ?? key).perform(),
    screenshot: async (path) => writeFileSync(path, Buffer.from(await driver.takeScreenshot(), "base64")),
    close: () => driver.quit(),
  };
}

/// The engines' versions, for the README.
export function versions() {
  const firefoxVersion = execFileSync("/usr/bin/firefox-esr", ["--version"]).toString().trim();
  return { firefox: firefoxVersion };
}
