/**
 * The authorization matrix (issue: host organizations): every mutation a
 * server action reaches, the public forms' too, and the reads of private
 * data, × every kind of user.
 * Each cell runs the real guard against the real database with fresh rows,
 * then checks both the answer and whether the change happened. Only the
 * session cookie is stood in for (who is signed in); role, memberships,
 * disabled state and organization status are read from the database.
 *
 * The expected answers are written out by hand: the test does not derive
 * them from the permissions module it checks.
 */
import { randomBytes } from "node:crypto";
import { and, eq, isNotNull, isNull, like, or, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb, type Database } from "@/db/client";
import {
  authTokens,
  contactRequests,
  counties,
  invitations,
  memberships,
  opportunities,
  organizationCounties,
  organizations,
  outbox,
  rateLimits,
  reports,
  responseEvents,
  responses,
  recoveryCodes,
  reminderOptOuts,
  savedSearches,
  secondFactors,
  users,
  volunteerCounties,
  volunteerProfiles,
} from "@/db/schema";
import { insertMembership, insertOpportunity, insertOrganization, insertResponse, insertSecondFactor, insertUser } from "@/lib/testing/fixtures";
import { deleteAlert, saveAlert, unsubscribeAlert } from "@/lib/alerts/alerts";
import { unsubscribeToken } from "@/lib/alerts/unsubscribe-token";
import { addressHash, optOutToken } from "@/lib/reminders/opt-out";
import { resumeReminders, stopReminders } from "@/lib/reminders/opt-out-actions";
import { confirmEmail, processPasswordResetRequests, requestPasswordReset, resetPassword, signUp } from "@/lib/accounts/accounts";
import { hashPassword } from "@/lib/auth/password";
import { disableSecondFactor, enableSecondFactor, regenerateRecoveryCodes } from "@/lib/accounts/second-factor-actions";
import { pendingSecret } from "@/lib/auth/second-factor/second-factor";
import { totpCodeAt, totpStep } from "@/lib/auth/second-factor/totp";
import { organizationAccess } from "@/lib/auth/permissions";
import { signInAs } from "@/lib/auth/testing/session-mock";
import { SECOND_FACTOR_NEEDED } from "@/lib/actions/guard";
import { hashToken, issueToken } from "@/lib/auth/tokens";
import { loadViewer } from "@/lib/auth/viewer";
import { retryMail } from "@/lib/email/admin";
import { closePosting, createPosting, duplicatePosting, publishPosting, renewPosting, reopenPosting, updatePosting } from "@/lib/opportunities/manage";
import { allowRepublishing, unpublishPosting } from "@/lib/opportunities/moderation";
import { applyToHost, updateOrganizationProfile } from "@/lib/organizations/apply";
import { approveOrganizationChanges, rejectOrganizationChanges } from "@/lib/organizations/pending-changes";
import { approveOrganization, confirmVerification, rejectOrganization, reinstateOrganization, saveOrganizationReview, suspendOrganization } from "@/lib/organizations/moderation";
import { acceptInvitation, inviteCoordinator, leaveOrganization, makeOwner, removeMember, revokeInvitation } from "@/lib/organizations/team";
import { dismissReport, resolveReport } from "@/lib/reports/queue";
import { reportOpportunity } from "@/lib/reports/report";
import { respondToOpportunity } from "@/lib/responses/respond";
import { addResponseNote, changeResponseStatus } from "@/lib/responses/work";
import { changeUserRole, disableUser, enableUser } from "@/lib/users/admin";
import { answerContactRequest, contactVolunteer, withdrawContactConsent } from "@/lib/volunteers/contact";
import { deleteMyAccount } from "@/lib/volunteers/my-data";
import { linkMyEarlierResponses, withdrawMyResponse } from "@/lib/volunteers/my-responses";
import { saveMyProfile } from "@/lib/volunteers/profile";

vi.mock("@/lib/auth/session", () => import("@/lib/auth/testing/session-mock"));

const KINDS = ["signed out", "volunteer", "owner of A", "coordinator of A", "coordinator of B", "owner of a pending org", "disabled user", "admin", "owner of a suspended org"] as const;
type Kind = (typeof KINDS)[number];
type UserKind = Exclude<Kind, "signed out">;

let db: Database;
let orgA: { id: number; name: string };
let orgB: { id: number };
let pendingOrg: { id: number; name: string };
/** Approved once, like A, then suspended by an admin: its owner keeps the dashboard, which says why, and nothing else. */
let suspendedOrg: { id: number; name: string };
let kennebec: { id: number };
const userOf = {} as Record<UserKind, number>;
/** The password of every user of a kind, so "delete my account" can be confirmed. Hashed once: argon2 is slow on purpose. */
const PASSWORD = "matrix password 2024";
let passwordHash: string;

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const postingForm = (organizationId: number) => ({
  organizationId: String(organizationId),
  title: "Front desk volunteer",
  summary: "Greet visitors and answer the phone.",
  description: "Greet visitors, answer the phone and help with the mail at our office.",
  type: "ongoing",
  skillLevel: "none",
  causes: ["basic_needs"],
  counties: ["kennebec"],
  expiresOn: inDays(30),
});
const organizationForm = (name: string) => ({
  name,
  kind: "advocacy",
  description: "We advocate for survivors in the legislature and in court.",
  town: "Augusta",
  counties: ["kennebec"],
});

async function postingStatus(id: number) {
  const [row] = await db.select({ status: opportunities.status, title: opportunities.title, expiresAt: opportunities.expiresAt }).from(opportunities).where(eq(opportunities.id, id));
  return row!;
}
const countWhere = (table: Parameters<Database["$count"]>[0], where: Parameters<Database["$count"]>[1]) => db.$count(table, where);
const aReason = "Checked by phone with the organization's director.";

/**
 * The organization a cell about an organization's work acts in: A, except for
 * the owners of the pending and the suspended organization, who act in their
 * own. Refused in A they would only repeat "coordinator of B"; what the matrix
 * must show is what being pending (drafts, the profile and the team, nothing
 * public, no responses, no volunteers) or suspended leaves them in the
 * organization they own.
 */
const orgOf = (kind: Kind) => (kind === "owner of a suspended org" ? suspendedOrg : kind === "owner of a pending org" ? pendingOrg : orgA);

/**
 * A new user of one kind: its role, memberships and disabled state, and the
 * known password. beforeAll makes the cells' users with it, and a cell that
 * must use up its user makes a clone with it, so a clone is of its kind by
 * construction.
 */
async function insertUserOfKind(kind: UserKind): Promise<number> {
  const { id } = await insertUser(db, { role: kind === "admin" ? "admin" : "user", passwordHash });
  if (kind === "owner of A") await insertMembership(db, id, orgA.id, "owner");
  if (kind === "coordinator of A") await insertMembership(db, id, orgA.id);
  if (kind === "coordinator of B") await insertMembership(db, id, orgB.id);
  if (kind === "owner of a pending org") await insertMembership(db, id, pendingOrg.id, "owner");
  if (kind === "owner of a suspended org") await insertMembership(db, id, suspendedOrg.id, "owner");
  if (kind === "disabled user") {
    // Was A's coordinator, then disabled: the session still names them.
    await insertMembership(db, id, orgA.id);
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, id));
  }
  return id;
}

/** A fresh account with the role and disabled state of a kind (signed out: a stranger's), and the known password. */
async function insertAccountLike(kind: Kind): Promise<number> {
  const { id } = await insertUser(db, { role: kind === "admin" ? "admin" : "user", passwordHash, disabledAt: kind === "disabled user" ? new Date() : null });
  return id;
}

/**
 * Whose own row a cell about "my" things acts on: the cell's user, so that
 * only the guard can refuse; when signed out there is nobody, so a stranger's.
 */
async function ownerFor(kind: Kind): Promise<{ id: number; email: string }> {
  if (kind === "signed out") return insertUser(db);
  const [user] = await db.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, userOf[kind]));
  return user!;
}

async function insertAlert(userId: number) {
  const [alert] = await db.insert(savedSearches).values({ userId, query: "?county=kennebec", frequency: "weekly" }).returning({ id: savedSearches.id });
  return alert!;
}

/** A's request to contact a volunteer (or the suspended organization's, sent before it was suspended), waiting for their answer. */
async function insertContactRequest(volunteerUserId: number, from: "A" | "the suspended org" = "A") {
  const [organizationId, senderUserId] = from === "A" ? [orgA.id, userOf["coordinator of A"]] : [suspendedOrg.id, userOf["owner of a suspended org"]];
  const [request] = await db
    .insert(contactRequests)
    .values({ organizationId, volunteerUserId, senderUserId, message: "Could you drive for our Saturday food pantry?" })
    .returning({ id: contactRequests.id });
  return request!;
}

/** A response of `userId`'s to a posting of A, that A is still working on. */
async function insertOwnResponse(userId: number) {
  const posting = await insertOpportunity(db, orgA.id);
  return insertResponse(db, posting.id, orgA.id, { userId });
}

/** Probes: the row has this status now. */
const responseIs = async (id: number, status: (typeof responses.$inferSelect)["status"]) => (await countWhere(responses, and(eq(responses.id, id), eq(responses.status, status)))) > 0;
const requestIs = async (id: number, status: (typeof contactRequests.$inferSelect)["status"]) =>
  (await countWhere(contactRequests, and(eq(contactRequests.id, id), eq(contactRequests.status, status)))) > 0;

/**
 * The public forms count their rate limits by client address, which outside a
 * request is "unknown" for every cell: each such cell starts from none, so a
 * refusal is never the limit's.
 */
const forgetRateLimits = async () => void (await db.delete(rateLimits).where(sql`true`));

/** Someone's account, not the cell's user's: a public form that changed the cell's own account would sign it out of the cells below. */
const insertStranger = (values: Partial<typeof users.$inferInsert> = {}) => insertUser(db, { passwordHash, ...values });
const passwordHashOf = async (userId: number) => (await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)))[0]!.passwordHash;

/** "I'm interested", as the page's action calls it: the slug is bound by the page, the rest comes from the form. */
const interest = (slug: string, email: string) => ({ slug, name: "Jordan Ames", email, phone: "(207) 555-0142", message: "I can help on Saturdays.", availability: "Weekends", consent: true });
const respond = ({ slug, ...form }: Record<string, unknown>) => respondToOpportunity(String(slug))(form);
const report = ({ slug, ...form }: Record<string, unknown>) => reportOpportunity(String(slug))(form);
const NEW_PASSWORD = "a brand new passphrase 2025";

/**
 * One operation: `prepare` makes fresh rows (in the cell's organization, a
 * fresh organization, or of the cell's own user) and answers the input and a
 * probe that says whether the change happened. `actAs` signs the cell in as another
 * user of its kind, for an operation that uses up the user who runs it.
 */
type Operation = {
  name: string;
  run: (input: Record<string, unknown>) => Promise<unknown>;
  prepare: (kind: Kind) => Promise<{ input: Record<string, unknown>; changed: () => Promise<boolean>; undo?: () => Promise<void>; actAs?: number }>;
};

const operations: Operation[] = [
  {
    name: "create a posting",
    run: createPosting,
    prepare: async (kind) => {
      const organization = orgOf(kind);
      const before = await db.$count(opportunities, eq(opportunities.organizationId, organization.id));
      return { input: postingForm(organization.id), changed: async () => (await db.$count(opportunities, eq(opportunities.organizationId, organization.id))) > before };
    },
  },
  {
    name: "edit a posting",
    run: updatePosting,
    prepare: async (kind) => {
      const organization = orgOf(kind);
      const posting = await insertOpportunity(db, organization.id, { status: "draft", publishedAt: null });
      return { input: { ...postingForm(organization.id), opportunityId: String(posting.id) }, changed: async () => (await postingStatus(posting.id)).title === "Front desk volunteer" };
    },
  },
  ...(
    [
      ["publish a draft", publishPosting, { status: "draft", publishedAt: null }, "published"],
      ["close a published posting", closePosting, {}, "closed"],
      ["reopen a closed posting", reopenPosting, { status: "closed" }, "published"],
    ] as const
  ).map(([name, run, values, after]): Operation => ({
    name,
    run,
    prepare: async (kind) => {
      const organization = orgOf(kind);
      const posting = await insertOpportunity(db, organization.id, values);
      return { input: { organizationId: String(organization.id), opportunityId: String(posting.id) }, changed: async () => (await postingStatus(posting.id)).status === after };
    },
  })),
  {
    name: "renew an expired posting",
    run: renewPosting,
    prepare: async (kind) => {
      const organization = orgOf(kind);
      const posting = await insertOpportunity(db, organization.id, { expiresAt: new Date(Date.now() - DAY) });
      return { input: { organizationId: String(organization.id), opportunityId: String(posting.id) }, changed: async () => (await postingStatus(posting.id)).expiresAt.getTime() > Date.now() };
    },
  },
  {
    name: "duplicate a posting",
    run: duplicatePosting,
    prepare: async (kind) => {
      const organization = orgOf(kind);
      const posting = await insertOpportunity(db, organization.id, { title: `Copy me ${Math.random()}` });
      return {
        input: { organizationId: String(organization.id), opportunityId: String(posting.id) },
        changed: async () => (await countWhere(opportunities, eq(opportunities.title, posting.title))) > 1,
      };
    },
  },
  {
    name: "edit the organization profile",
    run: updateOrganizationProfile,
    prepare: async (kind) => {
      const organization = orgOf(kind);
      const name = `Renamed ${Math.random()}`;
      return {
        input: { ...organizationForm(name), organizationId: String(organization.id) },
        // Applied at once while the organization is pending; waiting for an admin once it is vetted.
        changed: async () => (await countWhere(organizations, or(eq(organizations.name, name), sql`${organizations.pendingChanges}->>'name' = ${name}`))) > 0,
        undo: async () => void (await db.update(organizations).set({ name: organization.name, pendingChanges: null, changesRequestedAt: null }).where(eq(organizations.id, organization.id))),
      };
    },
  },
  {
    name: "change a response's status",
    run: changeResponseStatus,
    prepare: async (kind) => {
      const organization = orgOf(kind);
      const posting = await insertOpportunity(db, organization.id);
      const response = await insertResponse(db, posting.id, organization.id);
      return { input: { organizationId: String(organization.id), responseId: String(response.id), status: "contacted" }, changed: () => responseIs(response.id, "contacted") };
    },
  },
  {
    name: "add a note to a response",
    run: addResponseNote,
    prepare: async (kind) => {
      const organization = orgOf(kind);
      const posting = await insertOpportunity(db, organization.id);
      const response = await insertResponse(db, posting.id, organization.id);
      return {
        input: { organizationId: String(organization.id), responseId: String(response.id), note: "Called, left a message." },
        changed: async () => (await countWhere(responseEvents, eq(responseEvents.responseId, response.id))) > 0,
      };
    },
  },
  {
    name: "invite a coordinator",
    run: inviteCoordinator,
    prepare: async (kind) => {
      const email = `invitee.${Math.random().toString(36).slice(2)}@example.org`;
      return { input: { organizationId: String(orgOf(kind).id), email }, changed: async () => (await countWhere(invitations, eq(invitations.email, email))) > 0 };
    },
  },
  {
    name: "revoke an invitation",
    run: revokeInvitation,
    prepare: async (kind) => {
      const organization = orgOf(kind);
      const [invitation] = await db
        .insert(invitations)
        .values({ organizationId: organization.id, email: "someone@example.org", tokenHash: Math.random().toString(36), expiresAt: new Date(Date.now() + DAY) })
        .returning({ id: invitations.id });
      return {
        input: { organizationId: String(organization.id), invitationId: String(invitation!.id) },
        changed: async () => (await countWhere(invitations, and(eq(invitations.id, invitation!.id), sql`${invitations.revokedAt} is not null`))) > 0,
      };
    },
  },
  {
    name: "remove a member",
    run: removeMember,
    prepare: async (kind) => {
      const organization = orgOf(kind);
      const member = await insertUser(db);
      await insertMembership(db, member.id, organization.id);
      return {
        input: { organizationId: String(organization.id), userId: String(member.id) },
        changed: async () => (await countWhere(memberships, and(eq(memberships.userId, member.id), eq(memberships.organizationId, organization.id)))) === 0,
      };
    },
  },
  {
    name: "make a coordinator an owner",
    run: makeOwner,
    prepare: async (kind) => {
      const organization = orgOf(kind);
      const member = await insertUser(db);
      await insertMembership(db, member.id, organization.id);
      return {
        input: { organizationId: String(organization.id), userId: String(member.id) },
        changed: async () => (await countWhere(memberships, and(eq(memberships.userId, member.id), eq(memberships.role, "owner")))) > 0,
        // Out again: a second owner of A would let "owner of A" leave it in the cells below.
        undo: async () => void (await db.delete(memberships).where(and(eq(memberships.userId, member.id), eq(memberships.organizationId, organization.id)))),
      };
    },
  },
  {
    name: "make another organization's coordinator an owner",
    run: makeOwner,
    prepare: async (kind) => {
      // B's coordinator, named in the cell's organization: the id matches no member there.
      const member = await insertUser(db);
      await insertMembership(db, member.id, orgB.id);
      return {
        input: { organizationId: String(orgOf(kind).id), userId: String(member.id) },
        changed: async () => (await countWhere(memberships, and(eq(memberships.userId, member.id), eq(memberships.role, "owner")))) > 0,
      };
    },
  },
  {
    name: "leave the organization",
    run: leaveOrganization,
    prepare: async (kind) => {
      const organization = orgOf(kind);
      // The pending organization gets a second owner, so its owner is not its last one: they may leave, like A's coordinator.
      const secondOwner = kind === "owner of a pending org" ? await insertUser(db) : null;
      if (secondOwner) await insertMembership(db, secondOwner.id, pendingOrg.id, "owner");
      const before = await db.$count(memberships, eq(memberships.organizationId, organization.id));
      return {
        input: { organizationId: String(organization.id) },
        changed: async () => (await db.$count(memberships, eq(memberships.organizationId, organization.id))) < before,
        // Back in, for the next cells.
        undo: async () => {
          await db.insert(memberships).values({ userId: userOf["coordinator of A"], organizationId: orgA.id }).onConflictDoNothing();
          await db.insert(memberships).values({ userId: userOf["owner of a pending org"], organizationId: pendingOrg.id, role: "owner" }).onConflictDoNothing();
          if (secondOwner) await db.delete(memberships).where(eq(memberships.userId, secondOwner.id));
        },
      };
    },
  },
  {
    name: "apply to host",
    run: applyToHost,
    prepare: async () => {
      const name = `Applicant ${Math.random()}`;
      return {
        input: organizationForm(name),
        changed: async () => (await countWhere(organizations, eq(organizations.name, name))) > 0,
        // Gone again with its membership, so the applicant stays of their kind (a volunteer owns no organization).
        undo: async () => void (await db.delete(organizations).where(eq(organizations.name, name))),
      };
    },
  },
  {
    name: "approve an organization",
    run: approveOrganization,
    prepare: async () => {
      const organization = await insertOrganization(db, { status: "pending" });
      return {
        input: { organizationId: String(organization.id) },
        changed: async () => (await countWhere(organizations, and(eq(organizations.id, organization.id), eq(organizations.status, "approved")))) > 0,
      };
    },
  },
  ...(
    [
      ["approve an organization's changes", approveOrganizationChanges, {}, "Harbor Light Housing"],
      ["turn down an organization's changes", rejectOrganizationChanges, { reason: "The new name belongs to another charity." }, null],
    ] as const
  ).map(([name, run, extra, nameAfter]): Operation => ({
    name,
    run,
    prepare: async () => {
      const organization = await insertOrganization(db, { name: "Harbor Light Shelter", pendingChanges: { name: "Harbor Light Housing" }, changesRequestedAt: new Date() });
      return {
        input: { organizationId: String(organization.id), ...extra },
        changed: async () =>
          (await countWhere(organizations, and(eq(organizations.id, organization.id), isNull(organizations.pendingChanges), eq(organizations.name, nameAfter ?? "Harbor Light Shelter")))) > 0,
      };
    },
  })),
  {
    name: "reject an organization",
    run: rejectOrganization,
    prepare: async () => {
      const organization = await insertOrganization(db, { status: "pending" });
      return {
        input: { organizationId: String(organization.id), reason: "We could not verify the organization." },
        changed: async () => (await countWhere(organizations, and(eq(organizations.id, organization.id), eq(organizations.status, "rejected")))) > 0,
      };
    },
  },
  ...(
    [
      ["suspend an organization", suspendOrganization, "approved", "suspended"],
      ["reinstate an organization", reinstateOrganization, "suspended", "approved"],
    ] as const
  ).map(([name, run, from, to]): Operation => ({
    name,
    run,
    prepare: async () => {
      const organization = await insertOrganization(db, { status: from });
      return {
        input: { organizationId: String(organization.id), reason: aReason },
        changed: async () => (await countWhere(organizations, and(eq(organizations.id, organization.id), eq(organizations.status, to)))) > 0,
      };
    },
  })),
  {
    name: "confirm an organization's verification",
    run: confirmVerification,
    prepare: async () => {
      const organization = await insertOrganization(db, { status: "approved", verifiedAt: null });
      return {
        input: { organizationId: String(organization.id), reason: aReason },
        changed: async () => (await countWhere(organizations, and(eq(organizations.id, organization.id), isNotNull(organizations.verifiedAt)))) > 0,
      };
    },
  },
  {
    name: "save an organization's review",
    run: saveOrganizationReview,
    prepare: async () => {
      const organization = await insertOrganization(db, { status: "pending" });
      const reviewNotes = `Called the director ${Math.random()}`;
      return {
        input: { organizationId: String(organization.id), websiteReachable: "on", einGiven: "on", emailDomainMatches: "", vouched: "", reviewNotes },
        changed: async () => (await countWhere(organizations, eq(organizations.reviewNotes, reviewNotes))) > 0,
      };
    },
  },
  {
    name: "unpublish a posting",
    run: unpublishPosting,
    prepare: async () => {
      const posting = await insertOpportunity(db, orgA.id);
      return {
        input: { opportunityId: String(posting.id), reason: "It asks volunteers for their bank details." },
        changed: async () => (await countWhere(opportunities, and(eq(opportunities.id, posting.id), isNotNull(opportunities.moderationReason)))) > 0,
      };
    },
  },
  {
    name: "allow republishing a posting",
    run: allowRepublishing,
    prepare: async () => {
      const posting = await insertOpportunity(db, orgA.id, { status: "closed", moderationReason: "It asks volunteers for their bank details.", moderatedAt: new Date() });
      return {
        input: { opportunityId: String(posting.id) },
        changed: async () => (await countWhere(opportunities, and(eq(opportunities.id, posting.id), isNull(opportunities.moderationReason)))) > 0,
      };
    },
  },
  ...(
    [
      ["resolve a report", resolveReport, "resolved"],
      ["dismiss a report", dismissReport, "dismissed"],
    ] as const
  ).map(([name, run, to]): Operation => ({
    name,
    run,
    prepare: async () => {
      // About a public posting of A: the kind of report the queue holds.
      const posting = await insertOpportunity(db, orgA.id);
      const [report] = await db.insert(reports).values({ opportunityId: posting.id, reason: "inaccurate", details: "The phone number is wrong." }).returning({ id: reports.id });
      return {
        input: { reportId: String(report!.id), resolution: aReason },
        changed: async () => (await countWhere(reports, and(eq(reports.id, report!.id), eq(reports.status, to)))) > 0,
      };
    },
  })),
  // The admins' changes to accounts, always on a fresh user: an admin's own account is refused for reasons of its own (lib/users/admin.int.test.ts).
  {
    name: "change a user's role",
    run: changeUserRole,
    prepare: async () => {
      const target = await insertUser(db);
      return { input: { userId: String(target.id), role: "admin", reason: aReason }, changed: async () => (await countWhere(users, and(eq(users.id, target.id), eq(users.role, "admin")))) > 0 };
    },
  },
  {
    name: "disable a user",
    run: disableUser,
    prepare: async () => {
      const target = await insertUser(db);
      return { input: { userId: String(target.id), reason: aReason }, changed: async () => (await countWhere(users, and(eq(users.id, target.id), isNotNull(users.disabledAt)))) > 0 };
    },
  },
  {
    name: "enable a user",
    run: enableUser,
    prepare: async () => {
      const target = await insertUser(db, { disabledAt: new Date() });
      return { input: { userId: String(target.id), reason: aReason }, changed: async () => (await countWhere(users, and(eq(users.id, target.id), isNull(users.disabledAt)))) > 0 };
    },
  },
  {
    name: "retry a failed mail",
    run: retryMail,
    prepare: async () => {
      const [mail] = await db
        .insert(outbox)
        .values({ to: "volunteer@example.net", subject: "Notice", text: "Body", status: "failed", attempts: 8, lastError: "550 mailbox unavailable" })
        .returning({ id: outbox.id });
      return { input: { mailId: String(mail!.id) }, changed: async () => (await countWhere(outbox, and(eq(outbox.id, mail!.id), eq(outbox.status, "pending")))) > 0 };
    },
  },
  // A person's own things. The row is the cell's user's own, so only the guard can refuse; "someone else's" rows check the scoping.
  {
    name: "save my profile",
    run: saveMyProfile,
    prepare: async () => {
      const availability = `Saturday mornings ${Math.random()}`;
      return {
        input: { counties: ["kennebec"], skills: ["mentoring_youth"], languages: "", credentials: "", causes: ["basic_needs"], availability, backgroundCheck: "none", phone: "", discoverable: "" },
        changed: async () => (await countWhere(volunteerProfiles, eq(volunteerProfiles.availability, availability))) > 0,
      };
    },
  },
  {
    name: "withdraw my response",
    run: withdrawMyResponse,
    prepare: async (kind) => {
      const response = await insertOwnResponse((await ownerFor(kind)).id);
      return { input: { responseId: String(response.id) }, changed: () => responseIs(response.id, "withdrawn") };
    },
  },
  {
    name: "withdraw someone else's response",
    run: withdrawMyResponse,
    prepare: async () => {
      const response = await insertOwnResponse((await insertUser(db)).id);
      return { input: { responseId: String(response.id) }, changed: () => responseIs(response.id, "withdrawn") };
    },
  },
  {
    name: "link my earlier responses",
    run: linkMyEarlierResponses,
    prepare: async (kind) => {
      // Made with the owner's (confirmed) address while signed out: linked to nobody yet.
      const owner = await ownerFor(kind);
      const posting = await insertOpportunity(db, orgA.id);
      const response = await insertResponse(db, posting.id, orgA.id, { email: owner.email });
      return { input: {}, changed: async () => (await countWhere(responses, and(eq(responses.id, response.id), eq(responses.userId, owner.id)))) > 0 };
    },
  },
  {
    name: "save an alert",
    run: saveAlert,
    prepare: async () => {
      const word = `pantry${Math.random().toString(36).slice(2)}`;
      return { input: { query: `?q=${word}&county=kennebec`, frequency: "weekly" }, changed: async () => (await countWhere(savedSearches, like(savedSearches.query, `%${word}%`))) > 0 };
    },
  },
  {
    name: "delete my alert",
    run: deleteAlert,
    prepare: async (kind) => {
      const alert = await insertAlert((await ownerFor(kind)).id);
      return { input: { alertId: String(alert.id) }, changed: async () => (await countWhere(savedSearches, eq(savedSearches.id, alert.id))) === 0 };
    },
  },
  {
    name: "delete someone else's alert",
    run: deleteAlert,
    prepare: async () => {
      const alert = await insertAlert((await insertUser(db)).id);
      return { input: { alertId: String(alert.id) }, changed: async () => (await countWhere(savedSearches, eq(savedSearches.id, alert.id))) === 0 };
    },
  },
  {
    name: "contact a volunteer in the organization's name",
    run: contactVolunteer,
    prepare: async (kind) => {
      // A volunteer who asked to be found, in a county the organization serves.
      const volunteer = await insertUser(db);
      await db.insert(volunteerProfiles).values({ userId: volunteer.id, skills: ["mentoring_youth"], availability: "Saturdays", discoverable: true });
      await db.insert(volunteerCounties).values({ userId: volunteer.id, countyId: kennebec.id });
      return {
        input: { organizationId: String(orgOf(kind).id), volunteerId: String(volunteer.id), message: "We run a Saturday food pantry in Augusta and need drivers." },
        changed: async () => (await countWhere(contactRequests, eq(contactRequests.volunteerUserId, volunteer.id))) > 0,
      };
    },
  },
  {
    name: "answer a contact request to me",
    run: answerContactRequest,
    prepare: async (kind) => {
      const request = await insertContactRequest((await ownerFor(kind)).id);
      return { input: { requestId: String(request.id), answer: "accept" }, changed: () => requestIs(request.id, "accepted") };
    },
  },
  {
    name: "answer someone else's contact request",
    run: answerContactRequest,
    prepare: async () => {
      const request = await insertContactRequest((await insertUser(db)).id);
      return { input: { requestId: String(request.id), answer: "accept" }, changed: () => requestIs(request.id, "accepted") };
    },
  },
  ...(
    [
      ["stop sharing my details with an organization", ownerFor],
      ["stop sharing someone else's details", () => insertUser(db)],
    ] as const
  ).map(([name, volunteerFor]): Operation => ({
    name,
    run: withdrawContactConsent,
    prepare: async (kind) => {
      const request = await insertContactRequest((await volunteerFor(kind)).id);
      await db.update(contactRequests).set({ status: "accepted", respondedAt: new Date() }).where(eq(contactRequests.id, request.id));
      return { input: { requestId: String(request.id) }, changed: () => requestIs(request.id, "withdrawn") };
    },
  })),
  {
    name: "accept a contact request from a suspended organization",
    run: answerContactRequest,
    prepare: async (kind) => {
      // Sent to the cell's user before the suspension: accepting would show them to an organization that may not see them.
      const request = await insertContactRequest((await ownerFor(kind)).id, "the suspended org");
      return { input: { requestId: String(request.id), answer: "accept" }, changed: () => requestIs(request.id, "accepted") };
    },
  },
  ...(
    [
      ["accept an invitation sent to me", ownerFor],
      ["accept an invitation sent to someone else", () => insertUser(db)],
    ] as const
  ).map(([name, inviteeFor]): Operation => ({
    name,
    run: acceptInvitation,
    prepare: async (kind) => {
      // To a fresh organization, so nobody is a member of it yet.
      const invitee = await inviteeFor(kind);
      const organization = await insertOrganization(db);
      const token = randomBytes(32).toString("base64url");
      await db.insert(invitations).values({ organizationId: organization.id, email: invitee.email, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + DAY) });
      return {
        input: { token },
        changed: async () => (await countWhere(memberships, eq(memberships.organizationId, organization.id))) > 0,
        // Out again, so the cell's user stays of its kind.
        undo: async () => void (await db.delete(memberships).where(eq(memberships.organizationId, organization.id))),
      };
    },
  })),
  {
    name: "delete my account",
    run: deleteMyAccount,
    prepare: async (kind) => {
      // The account is gone afterwards, and later cells need theirs: the cell acts as a fresh clone of its kind, with the
      // same role, memberships, disabled state and password. The clone of "owner of A" (or of the pending org) is a second
      // owner, so the last-owner rule does not apply here (lib/volunteers/forget.int.test.ts covers that rule).
      const clone = kind === "signed out" ? undefined : await insertUserOfKind(kind);
      // Signed out there is no account of one's own: a stranger's with the same password must stay.
      const target = clone ?? (await insertUser(db, { passwordHash })).id;
      return { input: { password: PASSWORD }, actAs: clone, changed: async () => (await countWhere(users, eq(users.id, target))) === 0 };
    },
  },
  // The public forms: anyone may use them, so every kind gets the same answer. What the rows prove is what the answer
  // may not do: link a response to an account that did not make it, reach a hidden posting, take over or reveal an
  // account, or use a link that was never sent.
  {
    name: "say I'm interested with another address",
    run: respond,
    prepare: async () => {
      await forgetRateLimits();
      const posting = await insertOpportunity(db, orgA.id);
      const email = `friend.${Math.random().toString(36).slice(2)}@example.net`;
      // Recorded for whoever typed it, linked to nobody: a response for someone else stays theirs.
      return {
        input: interest(posting.slug, email),
        changed: async () => (await countWhere(responses, and(eq(responses.opportunityId, posting.id), eq(responses.email, email), isNull(responses.userId)))) > 0,
      };
    },
  },
  {
    name: "say I'm interested with my account's address",
    run: respond,
    prepare: async (kind) => {
      await forgetRateLimits();
      // Signed out, a stranger's address: recorded, but nobody's account gets it.
      const owner = await ownerFor(kind);
      const posting = await insertOpportunity(db, orgA.id);
      return {
        input: interest(posting.slug, owner.email),
        changed: async () => (await countWhere(responses, and(eq(responses.opportunityId, posting.id), eq(responses.userId, owner.id)))) > 0,
      };
    },
  },
  {
    name: "say I'm interested in a suspended organization's posting",
    run: respond,
    prepare: async () => {
      await forgetRateLimits();
      // Published and not expired, but hidden: public also means the organization is approved, read at the time (invariant 1).
      const posting = await insertOpportunity(db, suspendedOrg.id);
      return { input: interest(posting.slug, `late.${Math.random().toString(36).slice(2)}@example.net`), changed: async () => (await countWhere(responses, eq(responses.opportunityId, posting.id))) > 0 };
    },
  },
  {
    name: "report a listing",
    run: report,
    prepare: async () => {
      await forgetRateLimits();
      const posting = await insertOpportunity(db, orgA.id);
      return { input: { slug: posting.slug, reason: "inaccurate", details: "The phone number is wrong." }, changed: async () => (await countWhere(reports, eq(reports.opportunityId, posting.id))) > 0 };
    },
  },
  {
    name: "report a suspended organization's listing",
    run: report,
    prepare: async () => {
      await forgetRateLimits();
      const posting = await insertOpportunity(db, suspendedOrg.id);
      return { input: { slug: posting.slug, reason: "inaccurate", details: "The phone number is wrong." }, changed: async () => (await countWhere(reports, eq(reports.opportunityId, posting.id))) > 0 };
    },
  },
  {
    name: "sign up with a new address",
    run: signUp,
    prepare: async () => {
      await forgetRateLimits();
      const email = `newcomer.${Math.random().toString(36).slice(2)}@example.org`;
      return { input: { name: "Robin Newcomer", email, password: NEW_PASSWORD }, changed: async () => (await countWhere(users, eq(users.email, email))) > 0 };
    },
  },
  {
    name: "sign up with an address that has an account",
    run: signUp,
    prepare: async () => {
      await forgetRateLimits();
      // A confirmed account: the same page as for a new address, and its name and password stay (a mail tells the owner).
      const account = await insertStranger();
      return {
        input: { name: "Someone Else", email: account.email, password: NEW_PASSWORD },
        changed: async () => (await passwordHashOf(account.id)) !== passwordHash || (await countWhere(users, and(eq(users.id, account.id), eq(users.name, account.name)))) === 0,
      };
    },
  },
  {
    name: "ask for a password reset link",
    run: requestPasswordReset,
    prepare: async () => {
      await forgetRateLimits();
      const account = await insertStranger();
      // The link is made by the mail worker's next round, from the queued request.
      const changed = async () => {
        await processPasswordResetRequests();
        return (await countWhere(authTokens, and(eq(authTokens.userId, account.id), eq(authTokens.purpose, "reset_password")))) > 0;
      };
      return { input: { email: account.email }, changed };
    },
  },
  {
    name: "ask for a disabled account's password reset link",
    run: requestPasswordReset,
    prepare: async () => {
      await forgetRateLimits();
      // The same page as for any address, and no link: a disabled account does not get back in by mail.
      const account = await insertStranger({ disabledAt: new Date() });
      return {
        input: { email: account.email },
        changed: async () => {
          await processPasswordResetRequests();
          return (await countWhere(authTokens, eq(authTokens.userId, account.id))) > 0 || (await countWhere(outbox, eq(outbox.to, account.email))) > 0;
        },
      };
    },
  },
  ...(
    [
      ["reset a password with its link", {}, true],
      ["reset a password with a made-up link", {}, false],
      ["reset a disabled account's password with its link", { disabledAt: new Date() }, true],
    ] as const
  ).map(([name, values, realLink]): Operation => ({
    name,
    run: resetPassword,
    prepare: async () => {
      await forgetRateLimits();
      // Always a stranger's account with a link in its mailbox; the cell sends that link or one nobody was sent.
      const account = await insertStranger(values);
      const sent = await issueToken(db, account.id, "reset_password");
      return {
        input: { token: realLink ? sent : randomBytes(32).toString("base64url"), password: NEW_PASSWORD },
        changed: async () => (await passwordHashOf(account.id)) !== passwordHash,
      };
    },
  })),
  ...(
    [
      ["confirm an address with its link", true],
      ["confirm an address with a made-up link", false],
    ] as const
  ).map(([name, realLink]): Operation => ({
    name,
    run: confirmEmail,
    prepare: async () => {
      await forgetRateLimits();
      // A stranger's new account, with the right password: only the link can make the difference.
      const account = await insertStranger({ emailVerifiedAt: null });
      const sent = await issueToken(db, account.id, "verify_email");
      return {
        input: { token: realLink ? sent : randomBytes(32).toString("base64url"), password: PASSWORD },
        changed: async () => (await countWhere(users, and(eq(users.id, account.id), isNotNull(users.emailVerifiedAt)))) > 0,
      };
    },
  })),
  ...(
    [
      ["unsubscribe from an alert by its link", true],
      ["unsubscribe from an alert by a forged link", false],
    ] as const
  ).map(([name, realLink]): Operation => ({
    name,
    run: unsubscribeAlert,
    prepare: async () => {
      // A stranger's alert: the link in their mail works for whoever holds it, signed in or not, and for that alert only.
      const alert = await insertAlert((await insertUser(db)).id);
      return {
        input: { token: realLink ? unsubscribeToken(alert.id) : `${alert.id}.${"A".repeat(43)}` },
        changed: async () => (await countWhere(savedSearches, eq(savedSearches.id, alert.id))) === 0,
      };
    },
  })),
  ...(
    [
      ["stop event reminders by their link", stopReminders, true],
      ["stop event reminders by a forged link", stopReminders, false],
      ["turn event reminders back on by their link", resumeReminders, true],
      ["turn event reminders back on by a forged link", resumeReminders, false],
    ] as const
  ).map(([name, run, realLink]): Operation => ({
    name,
    run,
    prepare: async () => {
      // A stranger's address: the link in their reminder works for whoever holds it, signed in or not, and for that address only.
      await forgetRateLimits();
      const email = `reminded.${Math.random().toString(36).slice(2)}@example.net`;
      const hash = addressHash(email);
      const stopping = run === stopReminders;
      if (!stopping) await db.insert(reminderOptOuts).values({ addressHash: hash });
      const token = optOutToken(email);
      return {
        input: { token: realLink ? token : `${token.slice(0, 44)}${"A".repeat(43)}` },
        changed: async () => (await countWhere(reminderOptOuts, eq(reminderOptOuts.addressHash, hash))) === (stopping ? 1 : 0),
      };
    },
  })),
  // Two-step sign-in: each account for itself, on a fresh account with the cell's role and disabled state (what the guard
  // reads for these steps), so the cell's own user, and an admin's second factor, stay as they are for the other cells.
  {
    name: "turn on two-step sign-in",
    run: enableSecondFactor,
    prepare: async (kind) => {
      const user = await insertAccountLike(kind);
      await db.delete(secondFactors).where(eq(secondFactors.userId, user));
      const secret = (await pendingSecret(db, user))!;
      return {
        input: { code: totpCodeAt(secret, totpStep()) },
        changed: async () => (await countWhere(secondFactors, and(eq(secondFactors.userId, user), isNotNull(secondFactors.enabledAt)))) > 0,
        actAs: kind === "signed out" ? undefined : user,
      };
    },
  },
  {
    name: "make new recovery codes",
    run: regenerateRecoveryCodes,
    prepare: async (kind) => {
      const user = await insertAccountLike(kind);
      await db.delete(secondFactors).where(eq(secondFactors.userId, user));
      const secret = await insertSecondFactor(db, user);
      return { input: { code: totpCodeAt(secret, totpStep()) }, changed: async () => (await countWhere(recoveryCodes, eq(recoveryCodes.userId, user))) > 0, actAs: kind === "signed out" ? undefined : user };
    },
  },
  {
    name: "turn off two-step sign-in",
    run: disableSecondFactor,
    prepare: async (kind) => {
      const user = await insertAccountLike(kind);
      await db.delete(secondFactors).where(eq(secondFactors.userId, user));
      await insertSecondFactor(db, user);
      return { input: { confirmation: PASSWORD }, changed: async () => (await countWhere(secondFactors, eq(secondFactors.userId, user))) === 0, actAs: kind === "signed out" ? undefined : user };
    },
  },
];

const Y = true;
const N = false;
/**
 * Answers as if done and changes nothing: what a public form says whether or
 * not anything happened, so that its answer tells nobody who has an account
 * or whose address was typed.
 */
const Q = "quiet";
type Expected = typeof Y | typeof N | typeof Q;
/** What each kind of user may do: written out, one row per operation, columns in the order of KINDS. */
const EXPECTED: Record<string, readonly Expected[]> = {
  //                                                           out  vol  ownA coA  coB  pend dis  admn susp
  "create a posting":                                         [N,   N,   Y,   Y,   N,   Y,   N,   N,   N],
  "edit a posting":                                           [N,   N,   Y,   Y,   N,   Y,   N,   N,   N],
  "publish a draft":                                          [N,   N,   Y,   Y,   N,   N,   N,   N,   N],
  "close a published posting":                                [N,   N,   Y,   Y,   N,   N,   N,   N,   N],
  "reopen a closed posting":                                  [N,   N,   Y,   Y,   N,   N,   N,   N,   N],
  "renew an expired posting":                                 [N,   N,   Y,   Y,   N,   N,   N,   N,   N],
  "duplicate a posting":                                      [N,   N,   Y,   Y,   N,   Y,   N,   N,   N],
  "edit the organization profile":                            [N,   N,   Y,   N,   N,   Y,   N,   N,   N],
  "change a response's status":                               [N,   N,   Y,   Y,   N,   N,   N,   N,   N],
  "add a note to a response":                                 [N,   N,   Y,   Y,   N,   N,   N,   N,   N],
  "invite a coordinator":                                     [N,   N,   Y,   N,   N,   N,   N,   N,   N],
  "revoke an invitation":                                     [N,   N,   Y,   N,   N,   Y,   N,   N,   N],
  "remove a member":                                          [N,   N,   Y,   N,   N,   Y,   N,   N,   N],
  "make a coordinator an owner":                              [N,   N,   Y,   N,   N,   Y,   N,   N,   N],
  "make another organization's coordinator an owner":         [N,   N,   N,   N,   N,   N,   N,   N,   N],
  "leave the organization":                                   [N,   N,   N,   Y,   N,   Y,   N,   N,   N],
  "apply to host":                                            [N,   Y,   Y,   Y,   Y,   Y,   N,   Y,   Y],
  "approve an organization":                                  [N,   N,   N,   N,   N,   N,   N,   Y,   N],
  "reject an organization":                                   [N,   N,   N,   N,   N,   N,   N,   Y,   N],
  "approve an organization's changes":                        [N,   N,   N,   N,   N,   N,   N,   Y,   N],
  "turn down an organization's changes":                      [N,   N,   N,   N,   N,   N,   N,   Y,   N],
  "suspend an organization":                                  [N,   N,   N,   N,   N,   N,   N,   Y,   N],
  "reinstate an organization":                                [N,   N,   N,   N,   N,   N,   N,   Y,   N],
  "confirm an organization's verification":                   [N,   N,   N,   N,   N,   N,   N,   Y,   N],
  "save an organization's review":                            [N,   N,   N,   N,   N,   N,   N,   Y,   N],
  "unpublish a posting":                                      [N,   N,   N,   N,   N,   N,   N,   Y,   N],
  "allow republishing a posting":                             [N,   N,   N,   N,   N,   N,   N,   Y,   N],
  "resolve a report":                                         [N,   N,   N,   N,   N,   N,   N,   Y,   N],
  "dismiss a report":                                         [N,   N,   N,   N,   N,   N,   N,   Y,   N],
  "change a user's role":                                     [N,   N,   N,   N,   N,   N,   N,   Y,   N],
  "disable a user":                                           [N,   N,   N,   N,   N,   N,   N,   Y,   N],
  "enable a user":                                            [N,   N,   N,   N,   N,   N,   N,   Y,   N],
  "retry a failed mail":                                      [N,   N,   N,   N,   N,   N,   N,   Y,   N],
  "save my profile":                                          [N,   Y,   Y,   Y,   Y,   Y,   N,   Y,   Y],
  "withdraw my response":                                     [N,   Y,   Y,   Y,   Y,   Y,   N,   Y,   Y],
  "withdraw someone else's response":                         [N,   N,   N,   N,   N,   N,   N,   N,   N],
  "link my earlier responses":                                [N,   Y,   Y,   Y,   Y,   Y,   N,   Y,   Y],
  "save an alert":                                            [N,   Y,   Y,   Y,   Y,   Y,   N,   Y,   Y],
  "delete my alert":                                          [N,   Y,   Y,   Y,   Y,   Y,   N,   Y,   Y],
  "delete someone else's alert":                              [N,   N,   N,   N,   N,   N,   N,   N,   N],
  "contact a volunteer in the organization's name":           [N,   N,   Y,   Y,   N,   N,   N,   N,   N],
  "answer a contact request to me":                           [N,   Y,   Y,   Y,   Y,   Y,   N,   Y,   Y],
  "answer someone else's contact request":                    [N,   N,   N,   N,   N,   N,   N,   N,   N],
  "stop sharing my details with an organization":             [N,   Y,   Y,   Y,   Y,   Y,   N,   Y,   Y],
  "stop sharing someone else's details":                      [N,   N,   N,   N,   N,   N,   N,   N,   N],
  "accept a contact request from a suspended organization":   [N,   N,   N,   N,   N,   N,   N,   N,   N],
  "accept an invitation sent to me":                          [N,   Y,   Y,   Y,   Y,   Y,   N,   Y,   Y],
  "accept an invitation sent to someone else":                [N,   N,   N,   N,   N,   N,   N,   N,   N],
  "delete my account":                                        [N,   Y,   Y,   Y,   Y,   Y,   N,   Y,   Y],
  "say I'm interested with another address":                  [Y,   Y,   Y,   Y,   Y,   Y,   Y,   Y,   Y],
  "say I'm interested with my account's address":             [Q,   Y,   Y,   Y,   Y,   Y,   Q,   Y,   Y],
  "say I'm interested in a suspended organization's posting": [N,   N,   N,   N,   N,   N,   N,   N,   N],
  "report a listing":                                         [Y,   Y,   Y,   Y,   Y,   Y,   Y,   Y,   Y],
  "report a suspended organization's listing":                [N,   N,   N,   N,   N,   N,   N,   N,   N],
  "sign up with a new address":                               [Y,   Y,   Y,   Y,   Y,   Y,   Y,   Y,   Y],
  "sign up with an address that has an account":              [Q,   Q,   Q,   Q,   Q,   Q,   Q,   Q,   Q],
  "ask for a password reset link":                            [Y,   Y,   Y,   Y,   Y,   Y,   Y,   Y,   Y],
  "ask for a disabled account's password reset link":         [Q,   Q,   Q,   Q,   Q,   Q,   Q,   Q,   Q],
  "reset a password with its link":                           [Y,   Y,   Y,   Y,   Y,   Y,   Y,   Y,   Y],
  "reset a password with a made-up link":                     [N,   N,   N,   N,   N,   N,   N,   N,   N],
  "reset a disabled account's password with its link":        [N,   N,   N,   N,   N,   N,   N,   N,   N],
  "confirm an address with its link":                         [Y,   Y,   Y,   Y,   Y,   Y,   Y,   Y,   Y],
  "confirm an address with a made-up link":                   [N,   N,   N,   N,   N,   N,   N,   N,   N],
  "unsubscribe from an alert by its link":                    [Y,   Y,   Y,   Y,   Y,   Y,   Y,   Y,   Y],
  "unsubscribe from an alert by a forged link":               [N,   N,   N,   N,   N,   N,   N,   N,   N],
  "stop event reminders by their link":                       [Y,   Y,   Y,   Y,   Y,   Y,   Y,   Y,   Y],
  "stop event reminders by a forged link":                    [N,   N,   N,   N,   N,   N,   N,   N,   N],
  "turn event reminders back on by their link":               [Y,   Y,   Y,   Y,   Y,   Y,   Y,   Y,   Y],
  "turn event reminders back on by a forged link":            [N,   N,   N,   N,   N,   N,   N,   N,   N],
  "turn on two-step sign-in":                                 [N,   Y,   Y,   Y,   Y,   Y,   N,   Y,   Y],
  "make new recovery codes":                                  [N,   Y,   Y,   Y,   Y,   Y,   N,   Y,   Y],
  "turn off two-step sign-in":                                [N,   Y,   Y,   Y,   Y,   Y,   N,   Y,   Y],
};

beforeAll(async () => {
  db = await getDb();
  passwordHash = await hashPassword(PASSWORD);
  kennebec = (await db.select({ id: counties.id }).from(counties).where(eq(counties.slug, "kennebec")))[0]!;
  orgA = await insertOrganization(db, { name: "Organization A" });
  orgB = await insertOrganization(db, { name: "Organization B" });
  pendingOrg = await insertOrganization(db, { name: "Pending organization", status: "pending" });
  suspendedOrg = await insertOrganization(db, { name: "Suspended organization", status: "suspended", statusReason: "It asked volunteers to pay for their background check." });
  // Both serve Kennebec, so a volunteer there is one they could find if they were allowed to look.
  await db.insert(organizationCounties).values([orgA, suspendedOrg].map((organization) => ({ organizationId: organization.id, countyId: kennebec.id })));
  for (const kind of KINDS) if (kind !== "signed out") userOf[kind] = await insertUserOfKind(kind);
});

describe("the authorization matrix of mutations", () => {
  it("has a row for every operation", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(operations.map((operation) => operation.name).sort());
  });

  for (const operation of operations) {
    describe(operation.name, () => {
      KINDS.forEach((kind, column) => {
        const expected = EXPECTED[operation.name]![column]!;
        const title = expected === Y ? "is allowed" : expected === Q ? "answers as if done, changing nothing," : "is refused, changing nothing,";
        it(`${title} for ${kind}`, async () => {
          const { input, changed, undo, actAs } = await operation.prepare(kind);
          signInAs(kind === "signed out" ? null : (actAs ?? userOf[kind]));
          const result = (await operation.run(input)) as { ok: boolean; message?: string; fieldErrors?: Record<string, unknown> };
          expect(result.ok, result.ok ? "" : result.message).toBe(expected !== N);
          expect(await changed()).toBe(expected === Y);
          if (expected === N) {
            // Refused for who asked: not for the input (a row of refusals could then prove nothing), nor by a failure.
            expect(result.fieldErrors).toEqual({});
            expect(result.message).not.toMatch(/Organization A|Front desk|Something went wrong/);
          }
          await undo?.();
        });
      });
    });
  }
});

describe("an admin without two-step sign-in", () => {
  // Every step only admins may take (allowed to an admin, refused to a volunteer), by an admin who has not set up a second factor.
  const adminOnly = operations.filter((operation) => EXPECTED[operation.name]![KINDS.indexOf("admin")] === Y && EXPECTED[operation.name]![KINDS.indexOf("volunteer")] === N);

  it("is what the admin-only rows are about", () => {
    expect(adminOnly.length).toBeGreaterThanOrEqual(16);
  });

  for (const operation of adminOnly) {
    it(`is refused, changing nothing: ${operation.name}`, async () => {
      const admin = await insertUser(db, { role: "admin", passwordHash }, { secondFactor: false });
      const { input, changed, undo } = await operation.prepare("admin");
      signInAs(admin.id);
      const result = (await operation.run(input)) as { ok: boolean; message?: string; fieldErrors?: Record<string, unknown> };
      expect(result).toEqual({ ok: false, message: SECOND_FACTOR_NEEDED, fieldErrors: {} });
      expect(await changed()).toBe(false);
      await undo?.();
    });
  }
});

describe("the authorization matrix of reading private data", () => {
  // The organization is A, or for the pending and suspended organizations' owners their own (orgOf). Pending: its status,
  // drafts, profile and team, no responses and no Find volunteers. Suspended: its status and why, and nothing else;
  // issue 5: no access at all to Find volunteers for either.
  //                                                         out  vol  ownA coA  coB  pend dis  admn susp
  const READS: Record<string, readonly boolean[]> = {
    "the organization's dashboard, with its status":        [N,   N,   Y,   Y,   N,   Y,   N,   N,   Y],
    "its postings and drafts":                              [N,   N,   Y,   Y,   N,   Y,   N,   N,   N],
    "its responses and their CSV export":                   [N,   N,   Y,   Y,   N,   N,   N,   N,   N],
    "its profile form":                                     [N,   N,   Y,   N,   N,   Y,   N,   N,   N],
    "its open invitations":                                 [N,   N,   Y,   N,   N,   Y,   N,   N,   N],
    "Find volunteers, and contact requests, in its name":   [N,   N,   Y,   Y,   N,   N,   N,   N,   N],
  };
  const CAPABILITY = {
    "the organization's dashboard, with its status": "view",
    "its postings and drafts": "draft",
    "its responses and their CSV export": "responses",
    "its profile form": "profile",
    "its open invitations": "team",
    "Find volunteers, and contact requests, in its name": "findVolunteers",
  } as const;

  for (const [read, row] of Object.entries(READS)) {
    KINDS.forEach((kind, column) => {
      it(`${read}: ${row[column] ? "open" : "closed"} to ${kind}`, async () => {
        const viewer = kind === "signed out" ? null : await loadViewer(db, { userId: userOf[kind], signedInAt: new Date(), sessionId: crypto.randomUUID() });
        expect(organizationAccess(viewer, orgOf(kind).id, CAPABILITY[read as keyof typeof CAPABILITY]) !== null).toBe(row[column]);
      });
    });
  }
});
