// Models are versioned and can be brought along: a consultant's own model
// is checked, previewed, kept and answered; an assessment answered with
// version 1 still opens after the upgrade; the focal initiative is named.
import { test, expect, axeViolations, waitForApp, SCREENSHOTS } from "./helpers.mjs";
import { readFileSync } from "node:fs";

const V2 = JSON.parse(readFileSync("model/kapacitetsmodel.v2.json", "utf8"));

/// A small model of the consultant's own, made from the template.
function ownModel() {
  const model = structuredClone(V2);
  model.id = "kommunens-model";
  model.model_version = 1;
  model.title = { da: "Kommunens ledelsesmodel", nb: "Kommunens ledermodell", en: "The municipality's model" };
  model.themes = model.themes.slice(0, 3);
  for (const theme of model.themes) theme.from_v1 = [];
  return model;
}

test("a consultant's own model: template, refusal naming the field, preview, kept, answered", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto("/");
  await waitForApp(page);
  await page.getByRole("button", { name: "Brug egen model" }).click();
  await expect(page.locator("main h1")).toHaveText("Brug egen model");
  expect(await axeViolations(page)).toEqual([]);

  // The built-in model downloads as a template.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Hent modellen som skabelon (JSON)" }).click();
  const template = JSON.parse(readFileSync(await (await download).path(), "utf8"));
  expect(template.model_version).toBe(2);

  // A broken file is refused with the field named; nothing is kept.
  const broken = ownModel();
  broken.themes[1].statements[0].text.nb = "";
  await page.locator("#model-file").setInputFiles({
    name: "egen.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  await expect(page.locator(".notice.error")).toContainText("Feltet «themes[1].statements[0].text.nb» er tomt.");

  // A good one is shown first, then kept on the device.
  await page.locator("#model-file").setInputFiles({
    name: "egen.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(ownModel())),
  });
  const preview = page.locator(".model-preview");
  await expect(preview).toContainText("Kommunens ledelsesmodel (version 1)");
  await expect(preview).toContainText("Retning og mål · Data og opfølgning · Viden i praksis");
  await expect(preview).toContainText("17 til ledelsen, 8 til medarbejdere");
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOTS}/own-model-1366x768.png`, fullPage: true });
  await page.getByRole("button", { name: "Gem modellen på denne enhed" }).click();
  await expect(page.getByRole("status")).toContainText("Modellen er gemt");
  await page.reload();
  await expect(page.locator(".model-list")).toContainText("Kommunens ledelsesmodel");

  // A new assessment of it, answered.
  await page.getByRole("button", { name: "Start en ny vurdering" }).click();
  await page.getByLabel("Skole").fill("Vestskolen");
  await page.getByLabel("Model").selectOption({ label: "Kommunens ledelsesmodel (version 1)" });
  await page.getByRole("button", { name: "Opret og gå videre" }).click();
  await page.getByLabel("Dit navn").fill("Kim");
  await page.getByRole("button", { name: "Begynd at svare" }).click();
  await expect(page.locator(".eyebrow")).toContainText("Tema 1 af 3");
  await page.locator('input[name="answer-T1-1"][value="4"]').check();
  await expect(page.locator("label[for='progress']")).toHaveText("1 af 17 besvaret");
  const stored = await page.evaluate(() =>
    Object.entries(localStorage)
      .filter(([k]) => k.startsWith("kapacitetsradar.assessment."))
      .map(([, v]) => JSON.parse(v).assessment),
  );
  expect(stored.map((a) => [a.model_id, a.model_version])).toEqual([["kommunens-model", 1]]);
});

test("an assessment answered with version 1 opens after the upgrade, with every answer", async ({ page }) => {
  // What the previous release stored: format 2, no model version.
  const stored = readFileSync("schemas/examples/assessment.v2.json", "utf8");
  const before = JSON.parse(stored).assessment;
  await page.goto("/");
  await waitForApp(page);
  await page.evaluate((text) => localStorage.setItem("kapacitetsradar.assessment.a1", text), stored);
  await page.goto("/#/a/a1/r/r-1/t/1");
  await page.reload();
  // Version 1's first theme and its five statements, answered as before.
  await expect(page.locator("main h1")).toHaveText("Retning, mål og prioritering");
  await expect(page.locator("fieldset.statement")).toHaveCount(5);
  for (const [id, response] of Object.entries(before.respondents[0].answers).filter(([k]) => k.startsWith("T1."))) {
    await expect(page.locator(`input[name="answer-${id.replace(".", "-")}"][value="${response.answer}"]`)).toBeChecked();
  }
  await expect(page.locator("label[for='progress']")).toHaveText(
    `${Object.keys(before.respondents[0].answers).length} af 41 besvaret`,
  );
  // Its results: version 1's eight themes.
  await page.goto("/#/a/a1/resultater");
  await expect(page.locator("table.results-table tbody > tr:not(.statement-rows)")).toHaveCount(8);
  expect(await axeViolations(page)).toEqual([]);
  // Saving again keeps its model version.
  await page.goto("/#/a/a1/r/r-1/t/1");
  await page.locator('input[name="answer-T1-1"][value="1"]').check();
  await expect(page.getByTestId("save-status")).toContainText("Gemt");
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("kapacitetsradar.assessment.a1")));
  expect([saved.version, saved.assessment.model_version]).toEqual([4, 1]);
});

test("the focal initiative is named in the statements; staff get the staff set", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto("/");
  await waitForApp(page);
  await page.getByRole("button", { name: "Start en ny vurdering" }).click();
  await page.getByLabel("Skole").fill("Nordskolen");
  await page.getByLabel("Indsatsen, vurderingen handler om (valgfri)").fill("Læseløft 2027");
  await page.getByRole("button", { name: "Opret og gå videre" }).click();
  await page.getByLabel("Dit navn").fill("Mette");
  await page.getByLabel("Medarbejderrepræsentant").check();
  await page.getByRole("button", { name: "Begynd at svare" }).click();
  const staffT1 = V2.themes[0].statements.filter((s) => s.audience === "staff");
  await expect(page.locator("fieldset.statement")).toHaveCount(staffT1.length);
  const staffTotal = V2.themes.flatMap((t) => t.statements).filter((s) => s.audience === "staff").length;
  await expect(page.locator("label[for='progress']")).toHaveText(`0 af ${staffTotal} besvaret`);
  // A statement about the initiative names it; "Ikke relevant" is there.
  const named = V2.themes.flatMap((t) => t.statements).find((s) => s.audience === "staff" && s.text.da.includes("{initiative}"));
  const theme = V2.themes.findIndex((t) => t.statements.includes(named)) + 1;
  await page.goto(page.url().replace(/t\/1$/, `t/${theme}`));
  await expect(page.locator(`#s-${named.id.replace(".", "-")} legend`)).toContainText("Læseløft 2027");
  await expect(page.getByText("Ikke relevant").first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  // A word from the glossary is explained under the statement using it.
  const termed = V2.themes.flatMap((t) => t.statements).find((s) => s.audience === "leaders" && (s.terms ?? []).length);
  const term = V2.glossary.find((g) => g.id === termed.terms[0]);
  const admin = await page.context().newPage();
  await admin.goto(page.url().replace(/\/r\/[^/]+\/t\/\d+$/, ""));
  await admin.getByLabel("Dit navn").fill("Leder Lis");
  await admin.getByRole("button", { name: "Begynd at svare" }).click();
  const themeOfTerm = V2.themes.findIndex((t) => t.statements.includes(termed)) + 1;
  await admin.goto(admin.url().replace(/t\/1$/, `t/${themeOfTerm}`));
  const details = admin.locator(`#s-${termed.id.replace(".", "-")} details.terms`);
  await details.locator("summary").click();
  await expect(details).toContainText(term.definition.da);
  await admin.close();
});
