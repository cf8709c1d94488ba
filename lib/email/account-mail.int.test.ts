/**
 * The account and team mail through a real SMTP server, across an outage:
 * the changes that send mail happen while the server is down, every mail
 * arrives exactly once when it is back, and the links in them work when
 * followed — once.
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { getDb, type Database } from "@/db/client";
import { memberships, outbox, users } from "@/db/schema";
import { insertMembership, insertOpportunity, insertOrganization, insertUser } from "@/lib/testing/fixtures";
import { checkCredentials } from "@/lib/auth/credentials";
import { confirmEmail, processPasswordResetRequests, requestPasswordReset, resetPassword, signUp } from "@/lib/accounts/accounts";
import { hashPassword } from "@/lib/auth/password";
import { signInAs } from "@/lib/auth/testing/session-mock";
import { acceptInvitation, inviteCoordinator } from "@/lib/organizations/team";
import { confirmResponse } from "@/lib/responses/confirm";
import { respondToOpportunity } from "@/lib/responses/respond";
import { deliverDueMail } from "./sender";
import { startSmtpSink, type ReceivedMail } from "./testing/smtp-sink";
import { smtpTransport } from "./transport";

vi.mock("@/lib/auth/session", () => import("@/lib/auth/testing/session-mock"));

let db: Database;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;

beforeAll(async () => {
  db = await getDb();
  sink = await startSmtpSink();
});
afterAll(() => sink.stop());

/** Delivers until nothing is due, playing time forward past each backoff. */
async function deliverEverything() {
  const transport = smtpTransport(sink.url);
  for (let round = 0; round < 20; round++) {
    await db.update(outbox).set({ nextAttemptAt: sql`now()` }).where(eq(outbox.status, "pending"));
    const report = await deliverDueMail(transport);
    if (report.sent + report.failed + report.gaveUp === 0) return;
  }
}

function tokenIn(mail: ReceivedMail, path: string): string {
  const match = new RegExp(`${path.replace("?", "\\?")}([A-Za-z0-9_-]+)`).exec(mail.text);
  expect(match, `a ${path} link in "${mail.subject}"`).not.toBeNull();
  return match![1]!;
}

it("sends sign-up, reset, invitation and response mail exactly once after an outage, with links that work once", async () => {
  const owner = await insertUser(db, { passwordHash: await hashPassword("an old passphrase") });
  const organization = await insertOrganization(db);
  await insertMembership(db, owner.id, organization.id, "owner");
  const posting = await insertOpportunity(db, organization.id);
  const newcomer = "newcomer@example.org";
  const invitee = "invitee@example.org";

  await sink.stop();
  expect(await signUp({ name: "New Comer", email: newcomer, password: "a fresh passphrase" })).toEqual({ ok: true });
  expect(await requestPasswordReset({ email: owner.email })).toEqual({ ok: true });
  // The worker's round turns the queued request into the mail.
  expect(await processPasswordResetRequests()).toBe(1);
  signInAs(owner.id);
  expect(await inviteCoordinator({ organizationId: String(organization.id), email: invitee })).toMatchObject({ ok: true });
  signInAs(null);
  expect(await respondToOpportunity(posting.slug)({ name: "Robin Tate", email: "robin@example.net", consent: true })).toMatchObject({ ok: true });

  // Down: every attempt fails, and nothing is lost.
  const duringOutage = await deliverDueMail(smtpTransport(sink.url));
  expect(duringOutage.sent).toBe(0);
  expect(duringOutage.failed).toBeGreaterThanOrEqual(4);
  expect(sink.received).toHaveLength(0);

  await sink.start();
  await deliverEverything();
  const subjects = sink.received.map((mail) => `${mail.to} ${mail.subject}`).sort();
  expect(subjects).toEqual(
    [
      `${newcomer} Confirm your e-mail address`,
      `${owner.email} Reset your password`,
      `${invitee} You are invited to join a team on the Maine Volunteer Databank`,
      // Signed out, the address's owner is asked first; the organization hears nothing until they confirm.
      "robin@example.net Please confirm: should we send your details?",
    ].sort(),
  );
  expect(await db.$count(outbox, eq(outbox.status, "pending"))).toBe(0);
  const mailTo = (to: string, subject: RegExp) => sink.received.find((mail) => mail.to === to && subject.test(mail.subject))!;

  // The confirmation link confirms once.
  const confirmation = tokenIn(mailTo(newcomer, /Confirm/), "/confirm-email?token=");
  expect(await checkCredentials(db, newcomer, "a fresh passphrase")).toEqual({ ok: false, reason: "unconfirmed" });
  // Only with the password chosen at sign-up; a wrong one leaves the link usable.
  expect(await confirmEmail({ token: confirmation, password: "somebody else's guess" })).toMatchObject({ ok: false, fieldErrors: { password: [expect.any(String)] } });
  expect(await confirmEmail({ token: confirmation, password: "a fresh passphrase" })).toEqual({ ok: true });
  expect(await checkCredentials(db, newcomer, "a fresh passphrase")).toMatchObject({ ok: true });
  expect(await confirmEmail({ token: confirmation, password: "a fresh passphrase" })).toMatchObject({ ok: false });

  // The reset link sets a new password once, and ends the sessions that came before it.
  const reset = tokenIn(mailTo(owner.email, /Reset/), "/reset-password?token=");
  expect(await resetPassword({ token: reset, password: "a brand new passphrase" })).toEqual({ ok: true });
  expect(await checkCredentials(db, owner.email, "a brand new passphrase")).toMatchObject({ ok: true });
  expect(await checkCredentials(db, owner.email, "an old passphrase")).toEqual({ ok: false, reason: "invalid" });
  expect(await resetPassword({ token: reset, password: "yet another passphrase" })).toMatchObject({ ok: false });
  const [{ sessionsValidAfter } = { sessionsValidAfter: null }] = await db.select({ sessionsValidAfter: users.sessionsValidAfter }).from(users).where(eq(users.id, owner.id));
  expect(sessionsValidAfter).not.toBeNull();

  // The invitation link makes the invitee a coordinator, once.
  const invitation = tokenIn(mailTo(invitee, /invited/), "/invitations/");
  const inviteeUser = await insertUser(db, { email: invitee });
  signInAs(inviteeUser.id);
  expect(await acceptInvitation({ token: invitation })).toMatchObject({ ok: true });
  expect(await db.$count(memberships, eq(memberships.userId, inviteeUser.id))).toBe(1);
  expect(await acceptInvitation({ token: invitation })).toMatchObject({ ok: false });

  // The response's link, through the button on its page, passes the details on once: the volunteer and the
  // coordinators are told, the one who joined above among them.
  signInAs(null);
  const responseLink = tokenIn(mailTo("robin@example.net", /Please confirm/), "/responses/confirm/");
  expect(await confirmResponse({ token: responseLink })).toEqual({ ok: true, slug: posting.slug });
  expect(await confirmResponse({ token: responseLink })).toMatchObject({ ok: false });
  await deliverEverything();
  expect(sink.received.filter((mail) => /passed on|responded/.test(mail.subject)).map((mail) => `${mail.to} ${mail.subject}`).sort()).toEqual(
    ["robin@example.net We passed on your interest", `${owner.email} A volunteer responded to one of your postings`, `${invitee} A volunteer responded to one of your postings`].sort(),
  );

  // The coordinators' notice carries no personal data of the volunteer.
  const notice = mailTo(owner.email, /responded/);
  expect(notice.text).not.toContain("robin@example.net");
  expect(notice.text).not.toContain("Robin Tate");
});
