import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

/** "color-contrast (serious): Elements must meet minimum color contrast ratio thresholds → main > p" */
function summarize(violation: Violation): string {
  const targets = violation.nodes.map((node) => node.target.join(" ")).join(" | ");
  return `${violation.id} (${violation.impact}): ${violation.help} → ${targets}`;
}

/** WCAG 2.2 AA by axe-core's automated rules, on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Audit the page itself, not a loading state: every page has its h1 once rendered.
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(violations.map(summarize), `axe violations on ${page.url()}`).toEqual([]);
}
