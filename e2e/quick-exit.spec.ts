/**
 * Quick exit (DESIGN.md, "/"): on every page, one click, or Escape twice, leaves
 * for a neutral page and replaces the history entry, so Back does not return
 * to the page the visitor was reading.
 */
import { expect, test, type Page } from "@playwright/test";
import { firstOpportunity } from "./support/api";
import { sitePages } from "./support/site-pages";
import { BASE_URL, QUICK_EXIT_URL } from "./support/urls";

const historyLength = (page: Page) => page.evaluate(() => window.history.length);

test("quick exit works before the page's scripts have loaded", async ({ page }) => {
  // The site's JavaScript bundles never arrive: only the inline quick-exit script runs.
  await page.route("**/_next/static/**/*.js", () => {});
  await page.goto("/host", { waitUntil: "commit" });
  await page.goto("/opportunities?county=york", { waitUntil: "domcontentloaded" });
  const entries = await historyLength(page);

  await page.getByTestId("quick-exit").click();
  await expect(page).toHaveURL(QUICK_EXIT_URL);
  expect(await historyLength(page)).toBe(entries);
  await page.goBack({ waitUntil: "commit" });
  expect(page.url()).toBe(`${BASE_URL}/host`);
});

test("the button leaves for the neutral page, and Back does not return", async ({ page }) => {
  await page.goto("/host");
  await page.goto("/opportunities?county=york");
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

test("after a search with filters changed twice, quick exit then Back, Back shows at most one page of the site", async ({ page, context }) => {
  await page.goto(QUICK_EXIT_URL);
  const sitePagesSeen = new Set<string>();
  const note = () => {
    if (page.url().startsWith(BASE_URL)) sitePagesSeen.add(page.url());
  };
  await page.goto("/");
  await page.getByRole("combobox", { name: "County", exact: true }).selectOption("york");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\/opportunities\?county=york$/);
  const entries = await historyLength(page);

  // Two filter changes and a second page of results: each replaces the entry, none adds one.
  const filters = page.getByRole("search", { name: "Search opportunities" });
  await filters.getByRole("radio", { name: /^No experience needed/ }).check();
  await filters.getByRole("button", { name: "Show results" }).click();
  await expect(page).toHaveURL(/\/opportunities\?county=york&skill=none$/);
  await filters.getByLabel("Sort by").selectOption("closing");
  await filters.getByRole("button", { name: "Show results" }).click();
  await expect(page).toHaveURL(/\/opportunities\?county=york&skill=none&sort=closing$/);
  expect(await historyLength(page), "filter changes replace the history entry").toBe(entries);

  // Quick exit opens the neutral page in a new tab too, and replaces this one.
  const newTab = context.waitForEvent("page");
  await page.getByTestId("quick-exit").click();
  await expect(page).toHaveURL(QUICK_EXIT_URL);
  const exitTab = await newTab;
  await expect(exitTab).toHaveURL(QUICK_EXIT_URL);
  // Closed here rather than with the context: a second tab left open has kept Chromium from closing the context in time.
  await exitTab.close();

  await page.goBack();
  note();
  await page.goBack();
  note();
  expect([...sitePagesSeen], "Back, Back after quick exit").toEqual([`${BASE_URL}/`]);
  // Back, Back ends where the visitor was before the site; and the test ends with no navigation
  // under way (Chromium can hang closing a page whose cross-origin navigation is still committing).
  await expect(page).toHaveURL(QUICK_EXIT_URL);
  await page.waitForLoadState("load");
});

for (const [width, name] of [[390, "phone"], [1280, "desktop"]] as const) {
  test(`on a ${name}, the quick-exit button never covers the page, scrolled or not`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/opportunities");
    const button = page.getByTestId("quick-exit");
    const header = page.getByRole("banner");
    for (const to of ["middle", "end"] as const) {
      await page.evaluate((where) => window.scrollTo(0, where === "end" ? document.body.scrollHeight : document.body.scrollHeight / 2), to);
      const box = (await button.boundingBox())!;
      if (width < 640) {
        // A bar along the bottom; the page ends with room for it, so its last line is above the bar.
        expect(box.y + box.height).toBeCloseTo(800, 0);
        if (to === "end") {
          const footer = (await page.getByRole("contentinfo").boundingBox())!;
          expect(footer.y + footer.height).toBeLessThanOrEqual(box.y + 1);
        }
      } else {
        // Inside the header, which stays on screen.
        const bar = (await header.boundingBox())!;
        expect(bar.y).toBe(0);
        expect(box.y + box.height).toBeLessThanOrEqual(bar.y + bar.height);
      }
    }
  });
}
