import { expect, type Page } from "@playwright/test";
import { signIn, signUpAndConfirm } from "./accounts";

/** Signs up, confirms by mail, signs in and applies to host: answers the new organization's dashboard path. */
export async function applyToHost(page: Page, person: { name: string; email: string; password: string }, organization: { name: string; county: string }): Promise<string> {
  await signUpAndConfirm(page, { ...person, returnTo: "/host/apply" });
  await signIn(page, person.email, person.password, "/host/apply");
  await page.getByLabel("Organization name").fill(organization.name);
  await page.getByLabel("Kind of organization").selectOption("advocacy");
  await page.getByLabel("What the organization does").fill("We train volunteers to speak in schools about the signs of trafficking.");
  await page.getByLabel("Town", { exact: true }).fill("Bangor");
  await page.getByRole("group", { name: "Counties you serve" }).getByLabel(organization.county).check();
  await page.getByRole("button", { name: "Send application" }).click();
  await expect(page.getByText("Waiting for approval")).toBeVisible();
  return new URL(page.url()).pathname;
}

/** Writes a posting as a draft from the dashboard and answers its dashboard path. */
export async function draftPosting(page: Page, dashboardPath: string, posting: { title: string; county: string }): Promise<string> {
  await page.goto(`${dashboardPath}/postings/new`);
  await page.getByLabel("Title").fill(posting.title);
  await page.getByLabel("Summary").fill("Speak to high-school classes about the signs of trafficking.");
  await page.getByLabel("Description").fill("After our two-evening training, visit classes with a partner and lead a 45-minute talk.");
  await page.getByLabel("Type").selectOption("ongoing");
  await page.getByLabel("Skill level").selectOption("some");
  await page.getByRole("group", { name: "Causes" }).getByLabel("Awareness and training").check();
  await page.getByRole("group", { name: "Counties", exact: true }).getByLabel(posting.county).check();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("heading", { level: 1, name: posting.title })).toBeVisible();
  return new URL(page.url()).pathname;
}
