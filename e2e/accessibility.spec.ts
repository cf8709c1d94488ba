/** WCAG 2.2 AA (axe-core's automated rules) on one page of each public kind. */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { sitePages } from "./support/site-pages";

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

/** "color-contrast (serious): Elements must meet minimum color contrast ratio thresholds → main > p" */
function summarize(violation: Violation): string {
  const targets = violation.nodes.map((node) => node.target.join(" ")).join(" | ");
  return `${violation.id} (${violation.impact}): ${violation.help} → ${targets}`;
}

for (const sitePage of sitePages) {
  test(`the ${sitePage.name} page has no WCAG 2.2 AA violations`, async ({ page, request }) => {
    const response = await page.goto(await sitePage.path(request));
    expect(response?.status()).toBe(sitePage.status);
    // Audit the page itself, not a loading state: every page has its h1 once rendered.
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.waitForLoadState("networkidle");

    const { violations } = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(violations.map(summarize), `axe violations on ${page.url()}`).toEqual([]);
  });
}
