/**
 * People the demo data does not have, made through the pages as a person
 * would: a coordinator invited to a team, a volunteer who asked to be found,
 * an account an admin disabled.
 */
import { expect, type Page } from "@playwright/test";
import { signIn, signUpAndConfirm } from "./accounts";
import { linkIn, mailsTo, waitForMail } from "./mail";

export type Person = { name: string; email: string; password: string };

/**
 * The owner (signed in on `owner`) invites `person` to the team of `dashboardPath`;
 * the person, on a page of their own, signs up, confirms, signs in and accepts.
 */
export async function inviteAndAccept(owner: Page, dashboardPath: string, invitee: Page, person: Person): Promise<void> {
  await owner.goto(`${dashboardPath}/team`);
  await owner.getByLabel("Their e-mail address").fill(person.email);
  await owner.getByRole("button", { name: "Send invitation" }).click();
  await expect(owner.getByRole("rowheader", { name: person.email })).toBeVisible();

  const invitation = await waitForMail(person.email, /invited to join a team/);
  await invitee.goto(linkIn(invitation, "/invitations/"));
  const invitationPath = new URL(invitee.url()).pathname;
  await signUpAndConfirm(invitee, { ...person, returnTo: invitationPath });
  await signIn(invitee, person.email, person.password, invitationPath);
  await invitee.getByRole("button", { name: "Accept invitation" }).click();
  await expect(invitee).toHaveURL(new RegExp(`${dashboardPath}$`));
  await expect(invitee.getByText("You are a coordinator")).toBeVisible();
}

export const CONFIRM_SUBJECT = "Please confirm: should we send your details?";

/**
 * Says "I'm interested" in a public posting with the form on its page, and
 * sees it through until the organization has it: signed in with the address,
 * at once; otherwise from the link in the mail to that address, with its button.
 */
export async function sayInterested(page: Page, slug: string, volunteer: { name: string; email: string; phone?: string; message?: string }): Promise<void> {
  const asked = (await mailsTo(volunteer.email, CONFIRM_SUBJECT)).length;
  await page.goto(`/opportunities/${slug}`);
  const form = page.getByRole("form", { name: "I’m interested" });
  await form.getByLabel("Your name").fill(volunteer.name);
  await form.getByLabel("E-mail", { exact: true }).fill(volunteer.email);
  if (volunteer.phone) await form.getByLabel("Phone (optional)").fill(volunteer.phone);
  if (volunteer.message) await form.getByLabel("Message (optional)").fill(volunteer.message);
  await form.getByLabel(/I agree to share/).check();
  await form.getByRole("button", { name: "I’m interested" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Thank you/ })).toBeVisible();
  if (new URL(page.url()).searchParams.get("sent") === "1") return;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you: please check your e-mail");
  await confirmFromMail(page, volunteer.email, asked);
}

/** Opens the newest "Please confirm" link to `email` (one more than `asked`) and presses its button. */
export async function confirmFromMail(page: Page, email: string, asked: number): Promise<void> {
  const mail = await waitForMail(email, CONFIRM_SUBJECT, { after: asked });
  await page.goto(linkIn(mail, "/responses/confirm/"));
  await page.getByRole("button", { name: /^Send my details to / }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Thank you: .+ has your details$/);
}

/** Signs up a volunteer whose databank profile serves every county and asks to be found. */
export async function findableVolunteer(page: Page, person: Person): Promise<void> {
  await signUpAndConfirm(page, { ...person, returnTo: "/me/profile" });
  await signIn(page, person.email, person.password, "/me/profile");
  const counties = page.getByRole("group", { name: "Counties where you can volunteer" }).getByRole("checkbox");
  for (const county of await counties.all()) await county.check();
  await page.getByRole("group", { name: "What you can offer" }).getByLabel("Interpreting").check();
  await page.getByLabel("Let vetted organizations in my counties contact me").check();
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status").filter({ hasText: /saved/i })).toBeVisible();
}

/** An admin (signed in on `admin`) disables the account of `email` from its page under /admin/users. */
export async function disableAccount(admin: Page, account: { name: string; email: string }, reason: string): Promise<void> {
  await admin.goto(`/admin/users?${new URLSearchParams({ q: account.email })}`);
  await admin.getByRole("link", { name: account.name, exact: true }).click();
  await expect(admin.getByRole("heading", { level: 1, name: account.name })).toBeVisible();
  const form = admin.getByRole("region", { name: "Disable account" });
  await form.getByLabel("Reason").fill(reason);
  await form.getByRole("button", { name: `Disable the account of ${account.name}` }).click();
  await expect(admin.getByRole("status").filter({ hasText: "The account is disabled." })).toBeVisible();
}
