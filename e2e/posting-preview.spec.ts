/**
 * A coordinator's preview of a posting is the whole public page: the details,
 * the organization's card, "I'm interested" (shown, not sendable) and the way
 * to report it.
 */
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./support/accounts";
import { draftPosting } from "./support/host-journey";

test("the preview of a draft shows the public page, with a form that cannot be sent", async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.74" } });
  const page = await context.newPage();
  await signIn(page, "coordinator@demo.example.org", DEMO_PASSWORD, "/dashboard");
  const first = await page.locator('main a[href^="/dashboard/"]').first().getAttribute("href");
  const dashboard = /^\/dashboard\/[a-z0-9-]+/.exec(first ?? new URL(page.url()).pathname)![0];
  await page.goto(dashboard);
  const title = `Preview walk ${Date.now().toString(36)}`;
  await draftPosting(page, dashboard, { title, county: "York" });

  const preview = page.getByRole("region", { name: /^Preview/ });
  await expect(preview.getByRole("heading", { level: 1, name: title })).toBeVisible();
  // The organization's card, as the public sees it.
  const about = preview.getByRole("complementary", { name: "About the organization" });
  await expect(about.locator("#organization-heading")).not.toBeEmpty();
  // "I'm interested": every field there, none usable, and it says why.
  await expect(about.getByRole("heading", { name: "I’m interested" })).toBeVisible();
  for (const field of ["Your name", "E-mail", "Phone (optional)", "Message (optional)"]) await expect(about.getByLabel(field, { exact: true })).toBeDisabled();
  await expect(about.getByRole("button", { name: "I’m interested" })).toBeDisabled();
  await expect(about.getByRole("note")).toHaveText("This is a preview: the form is shown as volunteers will see it, and cannot be sent from here.");
  // Nothing in the preview leads to public pages a draft does not have.
  await expect(about.getByText("Report this listing")).toBeVisible();
  await expect(preview.getByRole("link", { name: "Report this listing" })).toHaveCount(0);
  await expect(preview.getByRole("link", { name: /calendar/i })).toHaveCount(0);
  await context.close();
});
