/** WCAG 2.2 AA (axe-core's automated rules) on one page of each public kind. */
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { sitePages } from "./support/site-pages";

for (const sitePage of sitePages) {
  test(`the ${sitePage.name} page has no WCAG 2.2 AA violations`, async ({ page, request }) => {
    const response = await page.goto(await sitePage.path(request));
    expect(response?.status()).toBe(sitePage.status);
    await expectNoAxeViolations(page);
  });
}
