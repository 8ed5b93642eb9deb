// Layer 4: the main path in Firefox (Gecko) and WebKit, against the same
// dist/ as the other layers. One session per engine:
//   1. start an assessment;
//   2. answer a whole theme, by keyboard and by mouse;
//   3. reload and find every answer there;
//   4. see the results with a drawn radar (pixels sampled on the canvas);
//   5. export the answers as a file and import it in a second profile;
//   6. print to PDF where the driver allows it (Firefox);
// with no console error, no request off 127.0.0.1 and axe-core clean on
// each screen. Usage: node tests/engines/main-path.mjs <url> [firefox|webkit]…
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { closeFirefox, firefox, stopWebKit, webkit } from "./drivers.mjs";

const url = process.argv[2] ?? "http://127.0.0.1:8094/";
const engines = process.argv.slice(3).length ? process.argv.slice(3) : ["firefox", "webkit"];
const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const MODEL = JSON.parse(readFileSync(new URL("../../model/kapacitetsmodel.v2.json", import.meta.url), "utf8"));
const THEME = MODEL.themes[0];
const STATEMENTS = THEME.statements.filter((s) => s.audience === "leaders").map((s) => s.id.replace(".", "-"));
const SHOTS = "tests/e2e/screenshots";
mkdirSync(SHOTS, { recursive: true });

function check(condition, message) {
  if (!condition) throw new Error(message);
}

/// Everything the page reports against itself: errors and requests.
const WATCH = `
  window.__errors = window.__errors || [];
  if (!window.__watching) {
    window.__watching = true;
    addEventListener("error", (e) => window.__errors.push(String(e.message)));
    addEventListener("unhandledrejection", (e) => window.__errors.push(String(e.reason)));
    const original = console.error.bind(console);
    console.error = (...args) => { window.__errors.push(args.join(" ")); original(...args); };
  }`;

async function audit(b, where) {
  await b.run(WATCH);
  const { errors, offsite } = await b.eval(`({
    errors: window.__errors,
    offsite: performance.getEntriesByType("resource").map((e) => e.name)
      .filter((u) => !u.startsWith("data:") && !u.startsWith("blob:") && new URL(u).hostname !== "127.0.0.1"),
  })`);
  check(errors.length === 0, `${where}: console errors ${JSON.stringify(errors)}`);
  check(offsite.length === 0, `${where}: requests off 127.0.0.1 ${JSON.stringify(offsite)}`);
  const violations = await b.evalAsync(`${AXE}
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => v.id + ": " + v.nodes.map((n) => n.target.join(" ")).join(", "));`);
  check(violations.length === 0, `${where}: axe ${JSON.stringify(violations)}`);
}

const ready = (b) => b.waitFor("body:not([inert]) main h1");
const heading = (b) => b.eval(`document.querySelector("main h1").textContent`);

async function clickText(b, selector, text) {
  const found = await b.eval(`(() => {
    const el = [...document.querySelectorAll(${JSON.stringify(selector)})].find((e) => e.textContent.includes(${JSON.stringify(text)}));
    if (!el) return false;
    document.querySelectorAll("[data-engine-target]").forEach((e) => e.removeAttribute("data-engine-target"));
    el.setAttribute("data-engine-target", "");
    return true;
  })()`);
  check(found, `no ${selector} saying "${text}"`);
  await b.click("[data-engine-target]");
}

async function untilTrue(b, expression, what, ms = 10_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await b.eval(expression)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out: ${what}`);
}

async function mainPath(name, open) {
  const started = Date.now();
  const b = await open();
  let second;
  let closed = false;
  try {
    // 1. Start an assessment.
    await b.goto(url);
    await ready(b);
    await b.run(WATCH);
    await audit(b, `${name} start page`);
    await clickText(b, "button", "Start en ny vurdering");
    await b.waitFor("#school");
    await b.type("#school", "Nordskolen");
    await b.type("#team", "Ledelsen");
    await clickText(b, "button", "Opret og gå videre");
    await b.waitFor("#respondent-name");
    await b.type("#respondent-name", "Anna");
    await clickText(b, "button", "Begynd at svare");
    await untilTrue(b, `document.querySelector("main h1")?.textContent === ${JSON.stringify(THEME.title.da)}`, "the first theme");
    await b.run(WATCH);

    // 2. The first statement by keyboard (Space picks 1, two arrows move
    //    to 3), the rest by mouse on their labels (4).
    const [first, ...rest] = STATEMENTS;
    await b.eval(`document.querySelector('input[name="answer-${first}"][value="1"]').focus()`);
    await b.press("Space");
    await b.press("ArrowRight");
    await b.press("ArrowRight");
    for (const s of rest) await b.click(`label[for="a-${s}-4"]`);
    await untilTrue(b, `document.querySelector('input[name="answer-${first}"][value="3"]').checked`, "keyboard answer");
    await untilTrue(b, `document.querySelector('[data-testid="save-status"]').textContent.includes("Gemt")`, "saved");
    await audit(b, `${name} question page`);

    // 3. Reload: every answer is there.
    await b.reload();
    await ready(b);
    const kept = await b.eval(`[${JSON.stringify(first)}, ...${JSON.stringify(rest)}].map((s) =>
      document.querySelector('input[name="answer-' + s + '"]:checked')?.value)`);
    check(JSON.stringify(kept) === JSON.stringify(["3", ...rest.map(() => "4")]), `${name}: after reload ${JSON.stringify(kept)}`);

    // 4. The results, with a radar really drawn.
    const address = await b.eval(`location.href`);
    const results = address.replace(/\/r\/.*$/, "/resultater");
    await b.goto(results);
    await ready(b);
    await untilTrue(b, `!!document.querySelector(".results-table tbody tr")`, "the results table");
    const inked = await b.eval(`(() => {
      const canvas = document.querySelector("figure canvas, canvas");
      const { data } = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height);
      // Grid and labels in grey and ink, and the mean's own blue (0, 114, 178).
      let ink = 0, blue = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200) ink++;
        if (data[i] < 40 && Math.abs(data[i + 1] - 114) < 30 && Math.abs(data[i + 2] - 178) < 30) blue++;
      }
      return { ink: ink / (data.length / 4), blue };
    })()`);
    check(inked.ink > 0.01 && inked.blue > 20, `${name}: the radar has ${(inked.ink * 100).toFixed(1)} % ink, ${inked.blue} blue pixels`);
    await b.run(WATCH);
    await audit(b, `${name} results`);
    await b.screenshot(`${SHOTS}/engine-${name}-results.png`);

    // 6. Print to PDF where the driver can.
    if (b.pdf) {
      const pdf = await b.pdf();
      check(pdf.subarray(0, 4).toString() === "%PDF", `${name}: not a PDF`);
      writeFileSync(`${SHOTS}/engine-${name}-report.pdf`, pdf);
    }

    // 5. Export as a file (the bytes the download holds) and import it in
    //    a second profile, through the file input's own change handler.
    await b.goto(address.replace(/\/t\/\d+$/, "/oversigt"));
    await ready(b);
    await b.run(`
      window.__saved = null;
      const create = URL.createObjectURL;
      URL.createObjectURL = (blob) => { blob.text().then((t) => (window.__saved = t)); return create(blob); };`);
    await clickText(b, "button", "Hent svarene som fil");
    await untilTrue(b, `window.__saved !== null`, "the exported file");
    const file = await b.eval(`window.__saved`);
    check(JSON.parse(file).format === "kapacitetsradar.response", `${name}: export is not a response file`);
    // WebKitWebDriver runs one session at a time: the first profile closes.
    await b.close();
    closed = true;
    second = await open();
    await second.goto(`${url}#/saml`);
    await ready(second);
    await second.run(`
      const input = document.querySelector("#import-files");
      const files = new DataTransfer();
      files.items.add(new File([${JSON.stringify(file)}], "svar-anna.json", { type: "application/json" }));
      input.files = files.files;
      input.dispatchEvent(new Event("change", { bubbles: true }));`);
    await untilTrue(second, `document.querySelectorAll("table.staged tbody tr").length === 1`, "the staged answers");
    await clickText(second, "button", "Tilføj 1 svar");
    await untilTrue(second, `!!document.querySelector(".notice.ok")`, "the import report");
    await second.run(WATCH);
    await audit(second, `${name} second profile`);
    const stored = await second.eval(`Object.keys(localStorage).filter((k) => k.startsWith("kapacitetsradar.assessment.")).length`);
    check(stored === 1, `${name}: the second profile stored ${stored} assessments`);
    console.log(`${name} (${second.version}): main path passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await second?.close();
    if (!closed) await b.close();
  }
}

let failed = false;
for (const engine of engines) {
  try {
    await mainPath(engine, engine === "firefox" ? firefox : webkit);
  } catch (error) {
    failed = true;
    console.error(`${engine}: ${error.message || error}`, error.stack ?? "");
  }
}
await closeFirefox();
stopWebKit();
process.exit(failed ? 1 : 0);
