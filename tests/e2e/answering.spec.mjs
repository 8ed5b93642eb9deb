import { test, expect, axeViolations, tabTo, plannedAnswer, SCREENSHOTS } from "./helpers.mjs";
import { readFileSync } from "node:fs";

// New assessments use the current model (version 2); a leader answers its
// leaders' statements.
const MODEL = JSON.parse(readFileSync("model/kapacitetsmodel.v2.json", "utf8"));
const THEMES = MODEL.themes.length;
const STATEMENTS = MODEL.themes.flatMap((t) => t.statements).filter((s) => s.audience === "leaders").length;

/// Chooses an answer for the statement whose radio group is `name` with the
/// keyboard: Tab into the group, Space picks the first option, arrow keys
/// move and pick.
async function answerByKeyboard(page, dom, answer) {
  await tabTo(page, `input[name="answer-${dom}"]`);
  await page.keyboard.press("Space");
  const steps = { dont_know: 5, not_applicable: 6 }[answer] ?? Number(answer) - 1;
  for (let i = 0; i < steps; i++) await page.keyboard.press("ArrowRight");
  await expect(page.locator(`input[name="answer-${dom}"][value="${answer}"]`)).toBeChecked();
}

async function answerTheme(page, theme, counter) {
  const groups = await page.locator("fieldset.statement").evaluateAll((els) => els.map((e) => e.id.slice(2)));
  for (const dom of groups) {
    await answerByKeyboard(page, dom, plannedAnswer(counter.k++));
  }
  await expect(page.getByTestId("save-status")).toContainText("Gemt");
  return groups.length;
}

test("a leader answers every statement by keyboard alone, with a reload mid-way", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto("/");
  await expect(page.locator("main h1")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // Start a new assessment.
  await tabTo(page, "main button.primary");
  await page.keyboard.press("Enter");
  await expect(page.locator("main h1")).toHaveText("Ny vurdering");
  await expect(page.locator("main h1")).toBeFocused();
  // Submitting without a school is refused, and focus goes to the field.
  await tabTo(page, 'button[type="submit"]');
  await page.keyboard.press("Enter");
  await expect(page.locator("#school")).toBeFocused();
  await expect(page.locator("#school-error")).toHaveText("Skal udfyldes");
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.type("Nordskolen");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Skoleledelsen");
  await tabTo(page, 'button[type="submit"]');
  await page.keyboard.press("Enter");

  // Who answers.
  await expect(page.locator("main h1")).toHaveText("Hvem svarer?");
  expect(await axeViolations(page)).toEqual([]);
  await tabTo(page, "#respondent-name");
  await page.keyboard.type("Anna Holm");
  await tabTo(page, 'button[type="submit"]');
  await page.keyboard.press("Enter");

  // Theme 1: the high-score hint is one keypress away.
  await expect(page.locator("main h1")).toHaveText("Retning, mål og prioritering");
  await tabTo(page, "button.high-toggle");
  await page.keyboard.press("Enter");
  await expect(page.locator("#high-T1-1")).toBeVisible();
  await expect(page.locator("button.high-toggle").first()).toHaveAttribute("aria-expanded", "true");
  await tabTo(page, "#c-T1-1").catch(() => {});

  const counter = { k: 0 };
  let answered = 0;
  for (let theme = 1; theme <= THEMES; theme++) {
    await expect(page).toHaveURL(new RegExp(`/t/${theme}$`));
    answered += await answerTheme(page, theme, counter);
    if (theme === 1) {
      // A comment, typed and saved.
      await tabTo(page, "#c-T1-1", 200).catch(async () => {
        await page.locator("#c-T1-1").focus();
      });
      await page.keyboard.type("Målene er kendt i ledelsen, ikke i teamene.");
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SCREENSHOTS}/question-1366x768.png` });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: `${SCREENSHOTS}/question-390x844.png` });
      // The "Gemt" pill floats over the page on a phone: a tap on it reaches
      // what is beneath (a scale option, the next button), not the pill.
      const beneath = await page.evaluate(() => {
        const pill = document.querySelector(".save-status").getBoundingClientRect();
        const hit = document.elementFromPoint(pill.x + pill.width / 2, pill.y + pill.height / 2);
        return hit ? hit.closest(".save-status") === null : false;
      });
      expect(beneath).toBe(true);
      await page.setViewportSize({ width: 1366, height: 768 });
    }
    await expect(page.locator("label[for='progress']")).toHaveText(`${answered} af ${STATEMENTS} besvaret`);
    if (theme === 4) {
      // Mid-way: reload. Everything is in place and we are on the same page.
      await page.reload();
      await expect(page.locator("main h1")).toHaveText("Pædagogisk ledelse og professionelle læringsfællesskaber");
      await expect(page.locator("label[for='progress']")).toHaveText(`${answered} af ${STATEMENTS} besvaret`);
    }
    const next = theme < THEMES ? "Næste tema" : "Se overblik";
    await tabTo(page, `.page-nav button.primary`);
    await expect(page.locator(".page-nav button.primary")).toContainText(next);
    await page.keyboard.press("Enter");
    await expect(page.locator("main h1")).toBeFocused();
  }

  expect(answered).toBe(STATEMENTS);
  await expect(page.locator("main h1")).toHaveText("Overblik over dine svar");
  await expect(page.getByText("Du har svaret på alle udsagn")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // Back through history to theme 1: the comment and answers are there.
  await page.goto(page.url().replace(/oversigt$/, "t/1"));
  await expect(page.locator("#c-T1-1")).toHaveValue("Målene er kendt i ledelsen, ikke i teamene.");
  await expect(page.locator('input[name="answer-T1-1"][value="1"]')).toBeChecked();
  await expect(page.locator('input[name="answer-T1-2"][value="2"]')).toBeChecked();
  // "Ikke relevant" was given, and is kept apart from "Ved ikke".
  const planned = [...Array(STATEMENTS).keys()].map(plannedAnswer);
  expect(planned).toContain("not_applicable");
  expect(planned).toContain("dont_know");
});

test("an unanswered statement is listed in the overview with a way back to it", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Start en ny vurdering" }).click();
  await page.getByLabel("Skole").fill("Sydskolen");
  await page.getByRole("button", { name: "Opret og gå videre" }).click();
  await page.getByLabel("Dit navn").fill("Bo");
  await page.getByLabel("Medarbejderrepræsentant").check();
  await page.getByRole("button", { name: "Begynd at svare" }).click();
  // A staff representative answers the staff set.
  const staff = MODEL.themes.flatMap((t) => t.statements).filter((s) => s.audience === "staff");
  const first = staff[0].id.replace(".", "-");
  await page.locator(`label[for="a-${first}-3"]`).click();
  await page.getByRole("button", { name: new RegExp(MODEL.themes.at(-1).short.da) }).click();
  await page.getByRole("button", { name: /Se overblik/ }).click();
  await expect(page.getByRole("heading", { name: `Ubesvarede udsagn (${staff.length - 1})` })).toBeVisible();
  await page.getByRole("button", { name: /Gå til temaet.*Retning, mål og prioritering/ }).click();
  await expect(page.locator("main h1")).toHaveText("Retning, mål og prioritering");
  await expect(page.locator(`input[name="answer-${first}"][value="3"]`)).toBeChecked();
});

test("the language switches live, formats dates for the language and is remembered", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Start en ny vurdering" }).click();
  await page.getByLabel("Skole").fill("Vestskolen");
  await page.locator("#date").fill("2026-03-05");
  await page.getByRole("button", { name: "Opret og gå videre" }).click();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("main h1")).toHaveText("Who is answering?");
  await expect(page.locator(".eyebrow")).toContainText("5 March 2026");
  await page.getByRole("button", { name: "Norsk (bokmål)" }).click();
  await expect(page.locator(".eyebrow")).toContainText("5. mars 2026");
  await page.reload();
  await expect(page.locator("main h1")).toHaveText("Hvem svarer?");
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
});
