/**
 * The host side from start to finish: an agency applies, waits for approval,
 * posts, and works the volunteers' responses. One story, in order.
 */
import { readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_ADMIN, DEMO_PASSWORD, signIn, signUpAndConfirm, uniqueEmail } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { linkIn, waitForMail } from "./support/mail";
import { confirmFromMail } from "./support/people";
import { SERVER_LOG } from "./support/urls";

test.describe.configure({ mode: "serial" });

const owner = { name: "Jordan Avery", email: uniqueEmail("jordan"), password: "harbor lights at dusk" };
const organizationName = `Saco River Shelter ${Date.now().toString(36)}`;
const postingTitle = `Drive survivors to appointments ${Date.now().toString(36)}`;
let ownerPage: Page;
let dashboardPath = "";
/** The posting's public address, once it is published. */
let publicPath = "";

/** An orientation evening two weeks from now, as the form's Maine-time fields take it. */
const orientationDay = new Date(Date.now() + 14 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

/**
 * Each person of the story comes from an address of their own, as they would
 * through the proxy in front of the site: the rate limits count per address.
 */
const from = (n: number) => ({ extraHTTPHeaders: { "X-Forwarded-For": `203.0.113.${n}` } });

test.beforeAll(async ({ browser }) => {
  ownerPage = await (await browser.newContext(from(10))).newPage();
});
test.afterAll(async () => {
  await ownerPage.context().close();
});

async function asAdmin(browser: Browser, work: (page: Page) => Promise<void>) {
  const context = await browser.newContext(from(11));
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
  // The page is the same for everyone; signed in, it leads to the form.
  await page.getByRole("link", { name: "Start your application" }).click();
  await expect(page).toHaveURL(/\/host\/apply$/);
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

  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
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
    await expect(page.getByRole("status").filter({ hasText: "Approved." })).toBeVisible();
    await expect(page.getByRole("heading", { name: organizationName })).toHaveCount(0);
  });
  await waitForMail(owner.email, "Your organization is approved");
});

test("the coordinator publishes and the posting appears in public search", async ({ page: visitor }) => {
  const page = ownerPage;
  await page.goto(dashboardPath);
  await expect(page.getByText("Status: Approved")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: postingTitle }).click();

  // Before publishing, the coordinator adds the orientation evening on the edit page.
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Edit “${postingTitle}”` })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Starts (optional)").fill(`${orientationDay}T18:00`);
  await page.getByLabel("Ends (optional)").fill(`${orientationDay}T20:00`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published" })).toBeVisible();
  await expectNoAxeViolations(page);

  await visitor.goto(`/opportunities?${new URLSearchParams({ q: postingTitle, county: "york", skill: "some" })}`);
  const result = visitor.getByRole("link", { name: postingTitle, exact: true });
  await expect(result).toBeVisible();
  await result.click();
  await expect(visitor.getByRole("heading", { level: 1, name: postingTitle })).toBeVisible();
  // The shelter's location is confidential: the county shows, the town does not.
  await expect(visitor.getByText("York County").first()).toBeVisible();
  await expect(visitor.getByText("Biddeford")).toHaveCount(0);
  publicPath = new URL(visitor.url()).pathname;

  // The orientation evening is in the calendar file, with the county and never the town.
  const calendar = await visitor.request.get(`${publicPath}/calendar.ics`);
  expect(calendar.status()).toBe(200);
  const ics = await calendar.text();
  expect(ics).toContain(postingTitle);
  expect(ics).toContain("York County");
  expect(ics).not.toContain("Biddeford");
});

const volunteers = [
  { name: "Riley Tran", email: uniqueEmail("riley.tran"), phone: "(207) 555-0143", javaScript: true },
  { name: "Sam Okafor", email: uniqueEmail("sam.okafor"), phone: "(207) 555-0178", javaScript: false },
];

test("volunteers respond, once with JavaScript and once without", async ({ browser }) => {
  for (const [index, volunteer] of volunteers.entries()) {
    const context = await browser.newContext({ javaScriptEnabled: volunteer.javaScript, ...from(12 + index) });
    const page = await context.newPage();
    await page.goto(`/opportunities?${new URLSearchParams({ q: postingTitle })}`);
    await page.getByRole("link", { name: postingTitle, exact: true }).click();
    const form = page.getByRole("form", { name: "I’m interested" });
    await form.getByLabel("Your name").fill(volunteer.name);
    await form.getByLabel("E-mail", { exact: true }).fill(volunteer.email);
    await form.getByLabel("Phone (optional)").fill(volunteer.phone);
    await form.getByLabel("Message (optional)").fill("I have a car and free weekday mornings.");
    await form.getByLabel(/I agree to share/).check();
    await form.getByRole("button", { name: "I’m interested" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Thank you: please check your e-mail" })).toBeVisible();
    // Signed out, the details wait for the address's owner: the button behind the mail's link sends them.
    await confirmFromMail(page, volunteer.email, 0);
    await waitForMail(volunteer.email, "We passed on your interest");
    await context.close();
  }
  const notice = await waitForMail(owner.email, "A volunteer responded to one of your postings");
  expect(notice.text).toContain(`${dashboardPath}/responses`);
});

test("the coordinator works the responses: status, note, CSV", async () => {
  const page = ownerPage;
  await page.goto(dashboardPath);
  await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Responses" }).click();
  await expect(page.getByTestId("response-count")).toHaveText("2 responses");
  await expectNoAxeViolations(page);

  await page.getByLabel("Status").selectOption("new");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByTestId("response-count")).toContainText("2 responses");

  await page.getByRole("link", { name: volunteers[0]!.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: volunteers[0]!.name })).toBeVisible();
  await expect(page.getByRole("link", { name: volunteers[0]!.email })).toBeVisible();
  await expectNoAxeViolations(page);

  // Withdrawing is the volunteer's own step: the coordinator is never offered it.
  await expect(page.getByLabel("New status").locator("option")).toHaveText(["Choose a status", "Contacted", "Scheduled", "Placed", "Declined"]);
  await page.getByLabel("New status").selectOption("contacted");
  await page.getByRole("button", { name: "Change status" }).click();
  await expect(page.getByText("Status: Contacted")).toBeVisible();
  await page.getByLabel("Note", { exact: true }).fill("Called on Monday; starts next week.");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByText("Called on Monday; starts next week.")).toBeVisible();
  await expect(page.getByText(/from New to Contacted/)).toBeVisible();

  // An empty note is refused beside the field.
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Write a note.");

  await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Responses" }).click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: /Export CSV/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^responses-.+\.csv$/);
  const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  for (const volunteer of volunteers) expect(csv).toContain(volunteer.email);
  expect(csv).toContain("Contacted");
});

test("the owner invites a second coordinator, who accepts by the link in the mail", async ({ browser }) => {
  const page = ownerPage;
  const colleague = { name: "Morgan Lee", email: uniqueEmail("morgan.lee"), password: "quiet pines in snow" };
  await page.goto(`${dashboardPath}/team`);
  await expectNoAxeViolations(page);
  await page.getByLabel("Their e-mail address").fill(colleague.email);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("rowheader", { name: colleague.email })).toBeVisible();

  const invitation = await waitForMail(colleague.email, /invited to join a team/);
  const context = await browser.newContext(from(14));
  const invitee = await context.newPage();
  await invitee.goto(linkIn(invitation, "/invitations/"));
  await expect(invitee.getByRole("heading", { level: 1, name: `Join ${organizationName}` })).toBeVisible();
  await expectNoAxeViolations(invitee);
  const invitationPath = new URL(invitee.url()).pathname;

  await signUpAndConfirm(invitee, { ...colleague, returnTo: invitationPath });
  await signIn(invitee, colleague.email, colleague.password, invitationPath);
  await expect(invitee).toHaveURL(new RegExp(`${invitationPath}$`));
  await invitee.getByRole("button", { name: "Accept invitation" }).click();
  await expect(invitee).toHaveURL(new RegExp(`${dashboardPath}$`));
  await expect(invitee.getByText("You are a coordinator")).toBeVisible();
  await expect(invitee.getByRole("link", { name: postingTitle })).toBeVisible();
  await expectNoAxeViolations(invitee);
  await context.close();

  // The owner now sees the colleague among the members, and no open invitation.
  await page.reload();
  await expect(page.getByRole("button", { name: `Revoke the invitation to ${colleague.email}` })).toHaveCount(0);
  await expect(page.getByRole("rowheader", { name: colleague.name })).toBeVisible();
});

test("no volunteer's personal data reached a public page, the API, a feed or the server's log", async ({ request }) => {
  expect(publicPath).toMatch(/^\/opportunities\/[a-z0-9-]+$/);
  const paths = [
    `/opportunities?${new URLSearchParams({ q: postingTitle })}`,
    `/api/v1/opportunities?${new URLSearchParams({ q: postingTitle })}`,
    "/feed.xml",
    "/sitemap.xml",
    "/",
    publicPath,
    `${publicPath}/calendar.ics`,
    `/organizations/${dashboardPath.replace("/dashboard/", "")}`,
    "/counties/york",
  ];
  const publicAnswers = await Promise.all(
    paths.map(async (path) => {
      const answer = await request.get(path);
      expect(answer.status(), path).toBe(200);
      return answer.text();
    }),
  );
  // The posting's own page, its calendar file and its organization's page do show the posting.
  for (const body of publicAnswers.slice(5, 8)) expect(body).toContain(postingTitle);
  const log = readFileSync(SERVER_LOG, "utf8");
  for (const volunteer of volunteers) {
    for (const secret of [volunteer.email, volunteer.phone, volunteer.name]) {
      for (const body of publicAnswers) expect(body).not.toContain(secret);
      expect(log).not.toContain(secret);
    }
  }
});

test("a coordinator of two organizations switches between their dashboards", async ({ browser }) => {
  const context = await browser.newContext(from(15));
  const page = await context.newPage();
  await signIn(page, "coordinator@demo.example.org", DEMO_PASSWORD, "/dashboard");
  await expect(page).toHaveURL(/\/dashboard$/);
  const choices = page.getByRole("main").getByRole("listitem").getByRole("link");
  await expect(choices).toHaveCount(2);
  const [first, second] = await Promise.all([0, 1].map(async (i) => ({
    name: (await choices.nth(i).innerText()).trim(),
    path: (await choices.nth(i).getAttribute("href"))!,
  })));

  await choices.nth(0).click();
  await expect(page).toHaveURL(new RegExp(`${first!.path}$`));
  const switcher = page.getByRole("navigation", { name: "Your organizations" });
  await expect(switcher.getByText(first!.name, { exact: true })).toHaveAttribute("aria-current", "page");
  await expectNoAxeViolations(page);

  await switcher.getByRole("link", { name: second!.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${second!.path}$`));
  await expect(switcher.getByText(second!.name, { exact: true })).toHaveAttribute("aria-current", "page");
  await expect(switcher.getByRole("link", { name: first!.name, exact: true })).toBeVisible();
  await expect(page.getByText(second!.name, { exact: true }).first()).toBeVisible();

  // The postings listed are the second organization's: every one links under its dashboard,
  // and one of its public postings is among them.
  const postings = page.getByRole("table").getByRole("rowheader").getByRole("link");
  await expect(postings.first()).toBeVisible();
  for (const href of await postings.evaluateAll((links) => links.map((a) => a.getAttribute("href")))) {
    expect(href).toMatch(new RegExp(`^${second!.path}/postings/\\d+$`));
  }
  const visitor = await context.newPage();
  await visitor.goto(`/organizations/${second!.path.replace("/dashboard/", "")}`);
  const publicTitle = (await visitor.getByTestId("opportunity-card").first().getByRole("heading").innerText()).trim();
  await expect(postings.filter({ hasText: publicTitle }).first()).toBeVisible();
  await context.close();
});

test("an organization waiting for approval sees its published postings marked as not public, with no link to the public site", async ({ browser }) => {
  const context = await browser.newContext(from(12));
  const page = await context.newPage();
  await signIn(page, "applicant@demo.example.org", DEMO_PASSWORD, "/dashboard");
  await expect(page.getByText("Waiting for approval").first()).toBeVisible();
  const held = page.getByText("Published: public once the organization is approved");
  await expect(held.first()).toBeVisible();
  await expect(page.getByText("Published", { exact: true })).toHaveCount(0);
  // The posting's own page says the same, and offers no link to a public page that answers 404.
  const row = page.getByRole("row").filter({ has: held.first() });
  await row.getByRole("link").first().click();
  await expect(page.getByText("Published: public once the organization is approved")).toBeVisible();
  await expect(page.getByRole("link", { name: "See it on the public site" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await context.close();
});
