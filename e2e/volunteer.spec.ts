/**
 * The volunteer's side from start to finish: a profile that asks to be found,
 * a search alert whose digest arrives by mail and stops by its link, an
 * organization that finds and contacts them, and their own data, downloaded
 * and deleted.
 */
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signIn, signUpAndConfirm, uniqueEmail } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { draftPosting } from "./support/host-journey";
import { linkIn, waitForMail } from "./support/mail";

test.describe.configure({ mode: "serial" });

const from = (n: number) => ({ extraHTTPHeaders: { "X-Forwarded-For": `203.0.113.${n}` } });
const stamp = Date.now().toString(36);
const firstName = `Marisol${stamp}`;
const volunteer = { name: `${firstName} Quintero`, email: uniqueEmail("marisol"), password: "river stones and cedar", phone: "(207) 555-0111" };
const keyword = `interpreter${stamp}`;
let me: Page;
let coordinator: Page;
let organizationPath = "";

test.beforeAll(async ({ browser }) => {
  me = await (await browser.newContext(from(40))).newPage();
  coordinator = await (await browser.newContext(from(41))).newPage();
  await signIn(coordinator, "coordinator-b@demo.example.org", DEMO_PASSWORD, "/dashboard");
  organizationPath = new URL(coordinator.url()).pathname;
});
test.afterAll(async () => {
  await me.context().close();
  await coordinator.context().close();
});

test("a volunteer signs up, fills the databank profile and asks to be found", async () => {
  await signUpAndConfirm(me, { ...volunteer, returnTo: "/me" });
  await signIn(me, volunteer.email, volunteer.password, "/me");
  await expect(me.getByRole("heading", { level: 1, name: "My responses" })).toBeVisible();
  await expectNoAxeViolations(me);

  await me.goto("/me/profile");
  await expectNoAxeViolations(me);
  // Lincoln County: one the organization that will look for them serves.
  await me.getByRole("group", { name: "Counties where you can volunteer" }).getByLabel("Lincoln").check();
  await me.getByRole("group", { name: "What you can offer" }).getByLabel("Interpreting").check();
  await me.getByLabel("Languages you speak (optional)").fill("Spanish (can interpret)");
  await me.getByLabel("When you are available (optional)").fill(`Weekday evenings ${stamp}`);
  await me.getByLabel("Background check").selectOption("willing");
  await me.getByLabel("Phone (optional)").fill(volunteer.phone);
  await expect(me.getByLabel("Let vetted organizations in my counties contact me")).not.toBeChecked();
  await me.getByLabel("Let vetted organizations in my counties contact me").check();
  await me.getByRole("button", { name: "Save profile" }).click();
  await expect(me.getByRole("status").filter({ hasText: /saved/i })).toBeVisible();
});

test("a saved search's digest arrives when a matching posting is published, and its link stops it", async ({ browser }) => {
  await me.goto(`/opportunities?${new URLSearchParams({ q: keyword, county: "waldo" })}`);
  const alert = me.getByRole("form", { name: "E-mail alert for this search" });
  await alert.getByLabel("E-mail me new matches").selectOption("daily");
  await alert.getByRole("button", { name: "Alert me" }).click();
  // Saving takes the volunteer to their alerts, which say so.
  await expect(me).toHaveURL(/\/me\/alerts\?done=saved$/);
  await expect(me.getByRole("status").filter({ hasText: "Your alert is saved." })).toBeVisible();
  await me.goto("/me/alerts");
  await expect(me.getByText(keyword).first()).toBeVisible();
  // Read as a sentence: "the alert for the search “Keywords … · in Waldo County”".
  await expect(me.getByRole("button", { name: `Delete the alert for the search “Keywords “${keyword}” · in Waldo County”` })).toBeVisible();
  await expectNoAxeViolations(me);

  const title = `Court ${keyword} needed`;
  const posting = await draftPosting(coordinator, organizationPath, { title, county: "Waldo" });
  await coordinator.goto(posting);
  await coordinator.getByRole("button", { name: "Publish" }).click();
  await expect(coordinator.getByRole("status").filter({ hasText: "Published" })).toBeVisible();

  const digest = await waitForMail(volunteer.email, "New volunteer opportunities for your saved search");
  expect(digest.text).toContain(title);
  const stranger = await (await browser.newContext(from(42))).newPage();
  await stranger.goto(linkIn(digest, "/alerts/unsubscribe"));
  await stranger.getByRole("button", { name: "Stop this alert" }).click();
  await expect(stranger.getByRole("status").filter({ hasText: "You will get no more e-mails for this saved search." })).toBeVisible();
  await expectNoAxeViolations(stranger);
  await stranger.context().close();
  await me.goto("/me/alerts");
  await expect(me.getByText("You have no alerts.")).toBeVisible();
});

test("an organization finds the volunteer, contacts them, and sees their e-mail once they accept", async () => {
  await coordinator.goto(`${organizationPath}/volunteers?${new URLSearchParams({ county: "lincoln", skill: "interpreting", availability: stamp })}`);
  await expect(coordinator.getByText(firstName, { exact: true }).first()).toBeVisible();
  // First name, counties, skills, availability: never the rest.
  await expect(coordinator.getByText("Quintero")).toHaveCount(0);
  await expect(coordinator.getByText(volunteer.email)).toHaveCount(0);
  await expectNoAxeViolations(coordinator);

  await coordinator.getByRole("link", { name: `Contact ${firstName}` }).click();
  await expectNoAxeViolations(coordinator);
  await coordinator.getByLabel("Your message").fill("We need a Spanish interpreter for court dates in Wiscasset. Could you help on weekday evenings?");
  await coordinator.getByRole("button", { name: "Send request" }).click();
  await expect(coordinator.getByRole("heading", { level: 1, name: "Requests to volunteers" })).toBeVisible();
  await expect(coordinator.getByText(volunteer.email)).toHaveCount(0);

  await waitForMail(volunteer.email, "An organization would like to contact you");
  await me.goto("/me/contacts");
  await expectNoAxeViolations(me);
  await me.getByRole("button", { name: /^Accept/ }).first().click();
  await expect(me.getByText(/can now see your e-mail/i).first()).toBeVisible();

  await waitForMail("coordinator-b@demo.example.org", "A volunteer accepted your request");
  await coordinator.reload();
  await expect(coordinator.getByRole("link", { name: volunteer.email })).toBeVisible();
  await expect(coordinator.getByText(volunteer.phone)).toBeVisible();
  await expectNoAxeViolations(coordinator);
});

test("the volunteer stops sharing their details, and the organization no longer sees them", async () => {
  await me.goto("/me/contacts");
  await me.getByRole("button", { name: /^Stop sharing my details/ }).first().click();
  await expect(me.getByRole("status")).toContainText("You stopped sharing your details.");
  await expect(me.getByText(/You stopped sharing your details on/).first()).toBeVisible();
  await expectNoAxeViolations(me);

  await waitForMail("coordinator-b@demo.example.org", "A volunteer stopped sharing their details");
  await coordinator.reload();
  await expect(coordinator.getByText(volunteer.email)).toHaveCount(0);
  await expect(coordinator.getByText(volunteer.phone)).toHaveCount(0);
  await expect(coordinator.getByText(/They stopped sharing their details on/)).toBeVisible();
});

test("the volunteer downloads their data, then deletes the account", async () => {
  await me.goto("/me/data");
  await expectNoAxeViolations(me);
  const downloading = me.waitForEvent("download");
  await me.getByRole("link", { name: "Download my data (JSON)" }).click();
  const file = await downloading;
  const data = JSON.parse(await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8")));
  expect(data.account.email).toBe(volunteer.email);
  expect(data.profile.discoverable).toBe(true);
  expect(data.contactRequests).toHaveLength(1);

  await me.getByRole("link", { name: "Delete my account" }).click();
  await expectNoAxeViolations(me);
  await me.getByLabel("Your password, to confirm").fill("not my password");
  await me.getByRole("button", { name: "Delete my account for good" }).click();
  await expect(me.getByTestId("error-summary")).toContainText("That is not your password.");
  await me.getByLabel("Your password, to confirm").fill(volunteer.password);
  await me.getByRole("button", { name: "Delete my account for good" }).click();
  await expect(me.getByRole("heading", { level: 1, name: "Your account is deleted" })).toBeVisible();

  await me.goto("/signin");
  await me.getByLabel("E-mail").fill(volunteer.email);
  await me.getByLabel("Password").fill(volunteer.password);
  await me.getByRole("button", { name: "Sign in" }).click();
  await expect(me.getByTestId("error-summary")).toContainText("That e-mail and password do not match an account.");

  // The organization keeps that a request existed, not who it was.
  await coordinator.reload();
  await expect(coordinator.getByText(volunteer.email)).toHaveCount(0);
});
