/**
 * The host side from start to finish: an agency applies, waits for approval,
 * posts, and works the volunteers' responses. One story, in order.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_ADMIN, DEMO_PASSWORD, signIn, signUpAndConfirm, uniqueEmail } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { waitForMail } from "./support/mail";

test.describe.configure({ mode: "serial" });

const owner = { name: "Jordan Avery", email: uniqueEmail("jordan"), password: "harbor lights at dusk" };
const organizationName = `Saco River Shelter ${Date.now().toString(36)}`;
const postingTitle = `Drive survivors to appointments ${Date.now().toString(36)}`;
let ownerPage: Page;
let dashboardPath = "";

test.beforeAll(async ({ browser }) => {
  ownerPage = await browser.newPage();
});
test.afterAll(async () => {
  await ownerPage.close();
});

async function asAdmin(browser: Browser, work: (page: Page) => Promise<void>) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, DEMO_ADMIN, DEMO_PASSWORD, "/admin/organizations");
  await work(page);
  await context.close();
}

test("an agency applies to host and sees its pending dashboard", async () => {
  const page = ownerPage;
  await signUpAndConfirm(page, { ...owner, returnTo: "/host" });
  await signIn(page, owner.email, owner.password, "/host");
  await expect(page).toHaveURL(/\/host$/);
  await expectNoAxeViolations(page);

  // The form refuses an incomplete application, field by field.
  await page.getByRole("button", { name: "Send application" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Choose at least one county you serve.");

  await page.getByLabel("Organization name").fill(organizationName);
  await page.getByLabel("Kind of organization").selectOption("shelter");
  await page.getByLabel("What the organization does").fill("Emergency shelter and advocacy for people leaving trafficking in York County.");
  await page.getByLabel("Town", { exact: true }).fill("Biddeford");
  await page.getByRole("group", { name: "Counties you serve" }).getByLabel("York").check();
  await page.getByLabel("Our location is confidential").check();
  await page.getByRole("button", { name: "Send application" }).click();

  await expect(page.getByText("your application is in")).toBeVisible();
  await expect(page.getByText("Waiting for approval")).toBeVisible();
  dashboardPath = new URL(page.url()).pathname;
  await waitForMail(owner.email, "We received your application to host volunteers");
  await expectNoAxeViolations(page);
});

test("while pending, the coordinator prepares a draft but cannot publish", async () => {
  const page = ownerPage;
  await page.goto(dashboardPath);
  await page.getByRole("link", { name: "New posting" }).click();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Enter a title.");

  await page.getByLabel("Title").fill(postingTitle);
  await page.getByLabel("Summary").fill("Give rides to medical, legal and court appointments.");
  await page.getByLabel("Description").fill("Use your own car to drive adults to appointments around the county. Mileage is reimbursed.");
  await page.getByLabel("Type").selectOption("ongoing");
  await page.getByLabel("Skill level").selectOption("some");
  await page.getByRole("group", { name: "Causes" }).getByLabel("Survivor services").check();
  await page.getByRole("group", { name: "Counties", exact: true }).getByLabel("York").check();
  await page.getByLabel("A background check is required").check();
  await page.getByRole("button", { name: "Save draft" }).click();

  await expect(page.getByRole("status")).toContainText("Saved.");
  await expect(page.getByRole("heading", { level: 1, name: postingTitle })).toBeVisible();
  await expect(page.getByRole("button", { name: "Publish" })).toHaveCount(0);
  await expect(page.getByText("You can publish once a person on our team has approved the organization.")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("an admin approves the organization", async ({ browser }) => {
  await asAdmin(browser, async (page) => {
    await expect(page.getByRole("heading", { level: 1, name: "Organizations waiting for approval" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: `Approve ${organizationName}` }).click();
    await expect(page.getByRole("status")).toContainText("Approved.");
    await expect(page.getByRole("heading", { name: organizationName })).toHaveCount(0);
  });
  await waitForMail(owner.email, "Your organization is approved");
});

test("the coordinator publishes and the posting appears in public search", async ({ page: visitor }) => {
  const page = ownerPage;
  await page.goto(dashboardPath);
  await expect(page.getByText("Status: Approved")).toBeVisible();
  await page.getByRole("link", { name: postingTitle }).click();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status")).toContainText("Published");
  await expectNoAxeViolations(page);

  await visitor.goto(`/opportunities?${new URLSearchParams({ q: postingTitle, county: "york", skill: "some" })}`);
  const result = visitor.getByRole("link", { name: postingTitle });
  await expect(result).toBeVisible();
  await result.click();
  await expect(visitor.getByRole("heading", { level: 1, name: postingTitle })).toBeVisible();
  // The shelter's location is confidential: the county shows, the town does not.
  await expect(visitor.getByText("York County").first()).toBeVisible();
  await expect(visitor.getByText("Biddeford")).toHaveCount(0);
});
