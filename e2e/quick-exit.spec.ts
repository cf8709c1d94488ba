/**
 * Quick exit (DESIGN.md, "/"): on every page, one click, or Escape twice, leaves
 * for a neutral page and replaces the history entry, so Back does not return
 * to the page the visitor was reading.
 */
import { expect, test, type Page } from "@playwright/test";
import { firstOpportunity } from "./support/api";
import { sitePages } from "./support/site-pages";
import { BASE_URL, QUICK_EXIT_URL } from "./support/urls";

/** The button works as a plain link until React has hydrated it; quick exit proper needs its handler. */
async function waitForQuickExitHandler(page: Page) {
  await page.waitForFunction(() => {
    const button = document.querySelector('[data-testid="quick-exit"]');
    return !!button && Object.keys(button).some((key) => key.startsWith("__reactProps$"));
  });
}

const historyLength = (page: Page) => page.evaluate(() => window.history.length);

test("the button leaves for the neutral page, and Back does not return", async ({ page }) => {
  await page.goto("/host");
  await page.goto("/opportunities?county=york");
  await waitForQuickExitHandler(page);
  const entries = await historyLength(page);

  await page.getByTestId("quick-exit").click();
  await expect(page).toHaveURL(QUICK_EXIT_URL);
  expect(await historyLength(page), "the search page's history entry was replaced, not added to").toBe(entries);

  await page.goBack();
  expect(page.url()).not.toContain("/opportunities");
  expect(page.url(), "Back goes to the page before the one that was left").toBe(`${BASE_URL}/host`);
});

test("Escape pressed twice leaves too, and Back does not return", async ({ page, request }) => {
  const opportunity = await firstOpportunity(request);
  await page.goto("/");
  await page.goto(`/opportunities/${opportunity.slug}`);
  await waitForQuickExitHandler(page);
  const entries = await historyLength(page);

  // The key listener is attached just after hydration: retry the double press until it is.
  await expect(async () => {
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(QUICK_EXIT_URL, { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  expect(await historyLength(page)).toBe(entries);

  await page.goBack();
  expect(page.url()).not.toContain(opportunity.slug);
  expect(page.url()).toBe(`${BASE_URL}/`);
});

for (const sitePage of sitePages) {
  test(`the quick-exit button is on the ${sitePage.name} page`, async ({ page, request }) => {
    const response = await page.goto(await sitePage.path(request));
    expect(response?.status()).toBe(sitePage.status);
    const button = page.getByTestId("quick-exit");
    await expect(button).toHaveCount(1);
    await expect(button).toBeInViewport();
    await expect(button).toHaveAccessibleName(/^Quick exit/);
    await expect(button).toHaveAttribute("href", QUICK_EXIT_URL);
  });
}
