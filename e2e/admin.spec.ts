/**
 * The admins' side: vetting applications, handling a report from the public,
 * unpublishing, suspending; and every admin page passes axe.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_ADMIN, DEMO_PASSWORD, signIn, uniqueEmail } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { applyToHost, draftPosting } from "./support/host-journey";
import { waitForMail } from "./support/mail";
import { disableAccount } from "./support/people";
import { everywhere, wherePublic, type PublicPosting } from "./support/public-places";

test.describe.configure({ mode: "serial" });

const from = (n: number) => ({ extraHTTPHeaders: { "X-Forwarded-For": `203.0.113.${n}` } });
const stamp = Date.now().toString(36);
let admin: Page;

test.beforeAll(async ({ browser }) => {
  admin = await (await browser.newContext(from(30))).newPage();
  await signIn(admin, DEMO_ADMIN, DEMO_PASSWORD, "/admin");
});
test.afterAll(async () => {
  await admin.context().close();
});

async function person(browser: Browser, n: number) {
  return (await browser.newContext(from(n))).newPage();
}

test("an application rejected with a reason: the applicant reads it by mail and on the dashboard", async ({ browser }) => {
  const applicant = { name: "Pat Rowe", email: uniqueEmail("pat.rowe"), password: "north woods canoe trip" };
  const organizationName = `Pine Tree Outreach ${stamp}`;
  const page = await person(browser, 31);
  const dashboard = await applyToHost(page, applicant, { name: organizationName, county: "Penobscot" });

  await admin.goto("/admin/organizations");
  await admin.getByRole("link", { name: organizationName }).click();
  await expect(admin.getByRole("heading", { level: 1, name: organizationName })).toBeVisible();
  await expectNoAxeViolations(admin);
  await admin.getByLabel("A person reached the website and it matches the organization").check();
  await admin.getByLabel("Notes (for admins only)").fill("Website does not load; no EIN.");
  await admin.getByRole("button", { name: "Save checklist and notes" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "checklist and notes are saved" })).toBeVisible();

  const reason = "We could not confirm that the organization exists: please add a website or an EIN.";
  await admin.getByLabel("Reason for rejecting (the applicant reads it)").fill(reason);
  await admin.getByRole("button", { name: `Reject ${organizationName}` }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Rejected." })).toBeVisible();

  const mail = await waitForMail(applicant.email, "About your application to host volunteers");
  expect(mail.text).toContain(reason);
  await page.goto(dashboard);
  await expect(page.getByText("Status: Not approved")).toBeVisible();
  await expect(page.getByText(reason)).toBeVisible();
  await expect(page.getByRole("link", { name: "New posting" })).toHaveCount(0);
  await page.context().close();
});

test("an application whose only member's account is disabled is rejected, and the admin reads that nobody was told", async ({ browser }) => {
  const applicant = { name: `Robin Gray ${stamp}`, email: uniqueEmail("robin.gray"), password: "quiet harbor lighthouse" };
  const organizationName = `Kennebec Outreach Circle ${stamp}`;
  const page = await person(browser, 32);
  await applyToHost(page, applicant, { name: organizationName, county: "Kennebec" });
  await page.context().close();
  await disableAccount(admin, applicant, "The applicant asked us to close the account.");

  await admin.goto("/admin/organizations");
  await admin.getByRole("link", { name: organizationName }).click();
  await expect(admin.getByRole("heading", { level: 1, name: organizationName })).toBeVisible();
  await admin.getByLabel("Reason for rejecting (the applicant reads it)").fill("Nobody is left to run the organization's account on the site.");
  await admin.getByRole("button", { name: `Reject ${organizationName}` }).click();
  const notice = admin.getByRole("status").filter({ hasText: "Rejected." });
  await expect(notice).toHaveText("Rejected. It has no member with a working account, so nobody was told the reason.");
  await expect(admin.getByText("have been told")).toHaveCount(0);
});

test("an admin form refuses bad input next to its field and keeps what was typed, with and without JavaScript", async ({ browser }) => {
  const organizationName = "Sunrise Recovery Center of Hancock County";
  const withoutScripts = await browser.newContext({ ...from(39), javaScriptEnabled: false });
  const plain = await withoutScripts.newPage();
  await signIn(plain, DEMO_ADMIN, DEMO_PASSWORD, "/admin");
  for (const page of [admin, plain]) {
    await page.goto("/admin/organizations");
    await page.getByRole("link", { name: organizationName }).click();
    await expect(page.getByRole("heading", { level: 1, name: organizationName })).toBeVisible();
    const reason = page.getByLabel("Reason for rejecting (the applicant reads it)");
    await reason.fill("Too short");
    await page.getByRole("button", { name: `Reject ${organizationName}` }).click();
    await expect(page.locator("#reason-reject-error")).toContainText("Give a reason of at least 10 characters");
    await expect(reason).toHaveValue("Too short");
    const notes = page.getByLabel("Notes (for admins only)");
    await notes.fill("n".repeat(5_001));
    await page.getByRole("button", { name: "Save checklist and notes" }).click();
    await expect(page.locator("#reviewNotes-error")).toContainText("Keep the notes to 5,000 characters.");
    await expect(notes).toHaveValue("n".repeat(5_001));
  }
  // Nothing was decided or saved.
  await admin.reload();
  await expect(admin.getByRole("button", { name: `Reject ${organizationName}` })).toBeVisible();
  await expect(admin.getByRole("button", { name: `Approve ${organizationName}` })).toBeVisible();
  await expect(admin.getByLabel("Notes (for admins only)")).toHaveValue("");
  await withoutScripts.close();
});

test("approved, posts, is reported, unpublished, then suspended and reinstated", async ({ browser, request }) => {
  test.setTimeout(180_000);
  const coordinator = { name: "Lee Marsh", email: uniqueEmail("lee.marsh"), password: "tide pools at low water" };
  const organizationName = `Downeast Voices ${stamp}`;
  const title = `School talks on trafficking ${stamp}`;
  const page = await person(browser, 32);
  const dashboard = await applyToHost(page, coordinator, { name: organizationName, county: "Hancock" });
  const postingPath = await draftPosting(page, dashboard, { title, county: "Hancock" });

  // Approved from the queue.
  await admin.goto("/admin/organizations");
  await expectNoAxeViolations(admin);
  await admin.getByRole("button", { name: `Approve ${organizationName}` }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Approved." })).toBeVisible();

  // The draft is not public: the organization's admin page offers no "Unpublish" for it.
  await admin.goto(`/admin/organizations?${new URLSearchParams({ status: "approved", q: organizationName })}`);
  await admin.getByRole("link", { name: organizationName }).click();
  await expect(admin.getByText(title)).toBeVisible();
  await expect(admin.getByRole("button", { name: `Unpublish “${title}”` })).toHaveCount(0);

  await page.goto(postingPath);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published" })).toBeVisible();

  // The public reports it, without JavaScript.
  const visitor = await (await browser.newContext({ javaScriptEnabled: false, ...from(33) })).newPage();
  await visitor.goto(`/opportunities?${new URLSearchParams({ q: title })}`);
  await visitor.getByRole("link", { name: title, exact: true }).click();
  const publicPath = new URL(visitor.url()).pathname;
  await visitor.getByRole("link", { name: "Report this listing" }).click();
  // axe needs JavaScript: the same page is audited in a browser that has it.
  await admin.goto(`${publicPath}/report`);
  await expectNoAxeViolations(admin);
  await visitor.getByLabel("What is wrong with this listing?").selectOption("exploitation");
  await visitor.getByLabel("Tell us more (optional)").fill("The talk asks teenagers for their phone numbers.");
  await visitor.getByRole("button", { name: "Send report" }).click();
  await expect(visitor.getByRole("heading", { level: 1, name: "Thank you for your report" })).toBeVisible();
  await waitForMail(DEMO_ADMIN, "A listing was reported");

  // The admin unpublishes it from the report.
  await admin.goto("/admin/reports");
  await expectNoAxeViolations(admin);
  const unpublishReason = "Asking minors for contact details is not allowed. Please rewrite the posting.";
  const unpublish = admin.locator("form").filter({ has: admin.getByRole("button", { name: new RegExp(`^Unpublish this posting\\W+${title}$`) }) });
  await unpublish.getByRole("textbox").fill(unpublishReason);
  await unpublish.getByRole("button").click();
  await expect(admin.getByRole("status").filter({ hasText: /unpublished/i })).toBeVisible();

  await visitor.goto(`/opportunities?${new URLSearchParams({ q: title })}`);
  await expect(visitor.getByRole("link", { name: title, exact: true })).toHaveCount(0);
  expect((await visitor.goto(publicPath))?.status()).toBe(404);
  await waitForMail(coordinator.email, "A posting of yours was unpublished");
  await page.goto(postingPath);
  await expect(page.getByText(unpublishReason)).toBeVisible();
  await expect(page.getByRole("button", { name: "Publish" })).toHaveCount(0);

  // A second posting is published, so the suspension has something public to hide.
  const otherTitle = `Library display ${stamp}`;
  const other = await draftPosting(page, dashboard, { title: otherTitle, county: "Hancock" });
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published" })).toBeVisible();
  const otherPublic: PublicPosting = {
    slug: (await page.getByRole("link", { name: "See it on the public site" }).getAttribute("href"))!.replace("/opportunities/", ""),
    title: otherTitle,
    organizationSlug: dashboard.replace("/dashboard/", ""),
    county: "hancock",
  };
  expect(await wherePublic(request, otherPublic)).toEqual(everywhere(true));

  // The admin suspends the organization: its postings leave every public place on the next request,
  // and the coordinator can no longer publish anything.
  await admin.goto("/admin/organizations?status=approved");
  await admin.getByRole("searchbox", { name: "Name" }).fill(organizationName);
  await admin.getByRole("button", { name: "Search" }).click();
  await admin.getByRole("link", { name: organizationName }).click();
  const suspendReason = "Under review after a report from the public.";
  await admin.getByLabel("Reason for suspending (its coordinators read it)").fill(suspendReason);
  await admin.getByRole("button", { name: `Suspend ${organizationName}` }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Suspended." })).toBeVisible();
  expect(await wherePublic(request, otherPublic)).toEqual(everywhere(false));

  await page.goto(dashboard);
  await expect(page.getByText("Status: Suspended")).toBeVisible();
  await expect(page.getByText(suspendReason)).toBeVisible();
  expect((await page.goto(other))?.status()).toBe(404);

  // Reinstated: the published posting is back everywhere; the one an admin unpublished stays off.
  await admin.getByLabel("Why it may be reinstated (for the audit log)").fill("The report was looked into and the posting was rewritten.");
  await admin.getByRole("button", { name: `Reinstate ${organizationName}` }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Reinstated." })).toBeVisible();
  expect(await wherePublic(request, otherPublic)).toEqual(everywhere(true));
  expect((await request.get(publicPath)).status()).toBe(404);
  expect((await page.goto(other))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: otherTitle })).toBeVisible();
  await visitor.context().close();
  await page.context().close();
});

test("an approved organization's new name and added county wait for an admin, and the public keeps the vetted ones until then", async ({ browser }) => {
  test.setTimeout(120_000);
  const owner = { name: "Rae Holm", email: uniqueEmail("rae.holm"), password: "ferry to the outer islands" };
  const organizationName = `Island Advocates ${stamp}`;
  const renamed = `Island and Coast Advocates ${stamp}`;
  const page = await person(browser, 34);
  const dashboard = await applyToHost(page, owner, { name: organizationName, county: "Knox" });
  await admin.goto("/admin/organizations");
  await admin.getByRole("button", { name: `Approve ${organizationName}` }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Approved." })).toBeVisible();
  const publicPath = `/organizations/${dashboard.split("/")[2]}`;

  await page.goto(`${dashboard}/profile`);
  await page.getByLabel("Organization name").fill(renamed);
  await page.getByRole("group", { name: "Counties you serve" }).getByLabel("Waldo").check();
  await page.getByLabel("What the organization does").fill("We train volunteers to speak in schools and libraries about the signs of trafficking.");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status")).toContainText("wait for an admin");
  const waiting = page.getByRole("region", { name: /^Waiting for an admin/ });
  await expect(waiting.getByRole("row", { name: /Name/ })).toContainText(renamed);
  await expect(waiting.getByRole("row", { name: /Counties/ })).toContainText("Knox, Waldo");
  await expectNoAxeViolations(page);

  // The public reads the new description at once, the vetted name and counties until an admin decides.
  const visitor = await person(browser, 35);
  await visitor.goto(publicPath);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(organizationName);
  await expect(visitor.getByText("schools and libraries")).toBeVisible();
  await expect(visitor.getByText("Waldo")).toHaveCount(0);

  await admin.goto("/admin/organizations");
  const queued = admin.getByRole("listitem").filter({ has: admin.getByRole("heading", { level: 3, name: organizationName }) });
  await expect(queued.getByRole("row", { name: /Name/ })).toContainText(renamed);
  await expectNoAxeViolations(admin);
  await queued.getByRole("button", { name: `Approve the changes to ${organizationName}` }).click();
  await expect(admin.getByRole("status").filter({ hasText: "The changes are approved" })).toBeVisible();
  await waitForMail(owner.email, "Your organization's changes were approved");

  await visitor.reload();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(renamed);
  await expect(visitor.getByText(/Waldo/).first()).toBeVisible();
  await visitor.context().close();
  await page.context().close();
});

// One test a page: nine axe audits in one test outlast its timeout on a busy machine.
for (const path of ["/admin", "/admin/organizations?status=approved", "/admin/organizations?status=suspended", "/admin/organizations?status=rejected", "/admin/reports?status=all", "/admin/users", "/admin/audit", "/admin/outbox"]) {
  test(`the admin page ${path} has no WCAG 2.2 AA violations`, async () => {
    await admin.goto(path);
    await expectNoAxeViolations(admin);
  });
}

test("a user's admin page has no WCAG 2.2 AA violations, and its forms answer bad input next to the field", async () => {
  await admin.goto("/admin/users?q=coordinator");
  await admin.getByRole("link", { name: /Casey Coordinator/ }).first().click();
  await expect(admin.getByRole("heading", { level: 1, name: "Casey Coordinator" })).toBeVisible();
  await expectNoAxeViolations(admin);
  const roleForm = admin.getByRole("region", { name: "Change role" });
  await roleForm.getByLabel("Reason").fill("short");
  await roleForm.getByRole("button", { name: /^Change role/ }).click();
  await expect(admin.locator("#role-reason-error")).toContainText("at least 10 characters");
  await expect(roleForm.getByLabel("Reason")).toHaveValue("short");
  await admin.reload();
  await expect(admin.getByRole("definition").filter({ hasText: /^User$/ })).toBeVisible();
});

test("the audit log tells each step as a sentence, with links to what still exists and the reason given", async () => {
  const organizationName = `Downeast Voices ${stamp}`;
  const title = `School talks on trafficking ${stamp}`;
  // The action filter speaks words; the address keeps the code.
  await admin.goto("/admin/audit");
  await admin.getByLabel("Action", { exact: true }).selectOption({ label: "Unpublished a posting" });
  await admin.getByRole("button", { name: "Filter" }).click();
  await expect(admin).toHaveURL(/action=opportunity\.unpublish/);
  const unpublished = admin.getByRole("cell").filter({ hasText: `unpublished ${title} (${organizationName}):` });
  await expect(unpublished).toContainText("Asking minors for contact details is not allowed.");
  await expect(unpublished.getByRole("link", { name: "Dana Admin" })).toBeVisible();
  await unpublished.getByRole("link", { name: organizationName }).click();
  await expect(admin.getByRole("heading", { level: 1, name: organizationName })).toBeVisible();

  for (const [action, words] of [
    ["organization.approve", `approved ${organizationName}`],
    ["organization.suspend", `suspended ${organizationName}:`],
    ["organization.reinstate", `reinstated ${organizationName}`],
  ] as const) {
    await admin.goto(`/admin/audit?action=${action}`);
    await expect(admin.getByRole("cell").filter({ hasText: words })).toHaveCount(1);
  }
  await expect(admin.getByText(/organization\.(approve|reinstate)|"details"|Posting \d+/)).toHaveCount(0);
});
