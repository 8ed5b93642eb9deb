import { test, expect, axeViolations, waitForApp, SCREENSHOTS } from "./helpers.mjs";

test.describe("start page", () => {
  test("renders in Danish with no errors, no outbound requests and no axe violations", async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto("/");
    await waitForApp(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "da");
    await expect(page.locator("main h1")).toHaveText("Hvor står jeres ledelse – og hvad skal I arbejde med?");
    await expect(page.getByRole("button", { name: "Dansk" })).toHaveAttribute("aria-pressed", "true");
    // Gathering answers is in the one build everyone gets.
    await expect(page.getByRole("button", { name: "Saml svar fra filer og links" })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/start-da-1366x768.png`, fullPage: true });
  });

  test("the language switch changes every string at once, sets <html lang> and is remembered", async ({ page }) => {
    await page.goto("/");
    await waitForApp(page);
    const danish = await page.locator("body").innerText();

    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator("main h1")).toHaveText("Where does your leadership team stand – and what should you work on?");
    const english = await page.locator("body").innerText();
    // No Danish sentence survives the switch (the product name and the
    // language names are the same in every language).
    for (const line of danish.split("\n").filter((l) => l.length > 20)) {
      expect(english).not.toContain(line);
    }
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Norsk (bokmål)" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "nb");
    await expect(page.locator("main h1")).toHaveText("Hvor står ledelsen deres – og hva skal dere jobbe med?");
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SCREENSHOTS}/start-nb-390x844.png`, fullPage: true });

    await page.reload();
    await waitForApp(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "nb");
    await expect(page.getByRole("button", { name: "Norsk (bokmål)" })).toHaveAttribute("aria-pressed", "true");
  });

  test("the language switch works from the keyboard alone", async ({ page }) => {
    await page.goto("/");
    await waitForApp(page);
    await page.keyboard.press("Tab"); // skip link
    await expect(page.getByRole("link", { name: "Gå til indhold" })).toBeFocused();
    for (let i = 0; i < 4; i++) await page.keyboard.press("Tab"); // brand, Dansk, Norsk, English
    await expect(page.getByRole("button", { name: "English" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});
