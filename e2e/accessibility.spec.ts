/** WCAG 2.2 AA (axe-core's automated rules) on one page of each public kind, and the pages a person reaches by doing something. */
import { expect, test } from "@playwright/test";
import { signIn, signUpAndConfirm, uniqueEmail } from "./support/accounts";
import { firstOpportunity } from "./support/api";
import { expectNoAxeViolations } from "./support/axe";
import { sayInterested } from "./support/people";
import { sitePages } from "./support/site-pages";

for (const sitePage of sitePages) {
  test(`the ${sitePage.name} page has no WCAG 2.2 AA violations`, async ({ page, request }) => {
    const response = await page.goto(await sitePage.path(request));
    expect(response?.status()).toBe(sitePage.status);
    await expectNoAxeViolations(page);
  });
}

for (const [name, path, heading] of [
  ["privacy", "/privacy", "Privacy"],
  ["account deleted", "/account-deleted", "Your account is deleted"],
] as const) {
  test(`the ${name} page has no WCAG 2.2 AA violations`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("withdrawing a response: the page that asks, and the one after, have no WCAG 2.2 AA violations", async ({ browser, request }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.230" } });
  const page = await context.newPage();
  const volunteer = { name: "Ari Lindqvist", email: uniqueEmail("ari.lindqvist"), password: "snowshoes on the ridge" };
  await signUpAndConfirm(page, { ...volunteer, returnTo: "/me" });
  await signIn(page, volunteer.email, volunteer.password, "/me");
  const opportunity = await firstOpportunity(request, "county=york");
  await sayInterested(page, opportunity.slug, volunteer);

  await page.goto("/me");
  await page.getByRole("link", { name: `Withdraw your response to ${opportunity.title}` }).click();
  await expect(page).toHaveURL(/\/me\/responses\/\d+\/withdraw$/);
  const withdrawPath = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { level: 1, name: `Withdraw your response to “${opportunity.title}”?` })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Withdraw response" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your response is withdrawn." })).toBeVisible();
  await expectNoAxeViolations(page);
  // Coming back to the address says it is done, and offers no button.
  await page.goto(withdrawPath);
  await expect(page.getByRole("heading", { level: 1, name: "You cannot withdraw this response" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Withdraw response" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await context.close();
});
