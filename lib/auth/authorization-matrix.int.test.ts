/**
 * The authorization matrix (issue: host organizations): every mutation a
 * signed-in server action reaches, and the reads of private data, × every
 * kind of user.
 * Each cell runs the real guard against the real database with fresh rows,
 * then checks both the answer and whether the change happened. Only the
 * session cookie is stood in for (who is signed in); role, memberships,
 * disabled state and organization status are read from the database.
 *
 * The expected answers are written out by hand: the test does not derive
 * them from the permissions module it checks.
 */
import { randomBytes } from "node:crypto";
import { and, eq, isNotNull, isNull, like, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb, type Database } from "@/db/client";
import {
  contactRequests,
  counties,
  invitations,
  memberships,
  opportunities,
  organizations,
  outbox,
  reports,
  responseEvents,
  responses,
  savedSearches,
  users,
  volunteerCounties,
  volunteerProfiles,
} from "@/db/schema";
import { insertMembership, insertOpportunity, insertOrganization, insertResponse, insertUser } from "@/db/testing/fixtures";
import { deleteAlert, saveAlert } from "@/lib/alerts/alerts";
import { hashPassword } from "@/lib/auth/password";
import { organizationAccess } from "@/lib/auth/permissions";
import { signInAs } from "@/lib/auth/testing/session-mock";
import { hashToken } from "@/lib/auth/tokens";
import { loadViewer } from "@/lib/auth/viewer";
import { retryMail } from "@/lib/email/admin";
import { closePosting, createPosting, duplicatePosting, publishPosting, renewPosting, reopenPosting, updatePosting } from "@/lib/opportunities/manage";
import { allowRepublishing, unpublishPosting } from "@/lib/opportunities/moderation";
import { applyToHost, updateOrganizationProfile } from "@/lib/organizations/apply";
import { approveOrganization, rejectOrganization, reinstateOrganization, saveOrganizationReview, suspendOrganization } from "@/lib/organizations/moderation";
import { acceptInvitation, inviteCoordinator, leaveOrganization, removeMember, revokeInvitation } from "@/lib/organizations/team";
import { dismissReport, resolveReport } from "@/lib/reports/queue";
import { addResponseNote, changeResponseStatus } from "@/lib/responses/work";
import { changeUserRole, disableUser, enableUser } from "@/lib/users/admin";
import { answerContactRequest, contactVolunteer } from "@/lib/volunteers/contact";
import { deleteMyAccount } from "@/lib/volunteers/my-data";
import { linkMyEarlierResponses, withdrawMyResponse } from "@/lib/volunteers/my-responses";
import { saveMyProfile } from "@/lib/volunteers/profile";

vi.mock("@/lib/auth/session", () => import("@/lib/auth/testing/session-mock"));

const KINDS = ["signed out", "volunteer", "owner of A", "coordinator of A", "coordinator of B", "owner of a pending org", "disabled user", "admin"] as const;
type Kind = (typeof KINDS)[number];
type UserKind = Exclude<Kind, "signed out">;

let db: Database;
let orgA: { id: number };
let orgB: { id: number };
let pendingOrg: { id: number };
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
  if (kind === "disabled user") {
    // Was A's coordinator, then disabled: the session still names them.
    await insertMembership(db, id, orgA.id);
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, id));
  }
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

/** A's request to contact a volunteer, waiting for their answer. */
async function insertContactRequest(volunteerUserId: number) {
  const [request] = await db
    .insert(contactRequests)
    .values({ organizationId: orgA.id, volunteerUserId, senderUserId: userOf["coordinator of A"], message: "Could you drive for our Saturday food pantry?" })
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
 * One operation: `prepare` makes fresh rows (in organization A, a fresh
 * organization, or of the cell's own user) and answers the input and a probe
 * that says whether the change happened. `actAs` signs the cell in as another
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
    prepare: async () => {
      const before = await db.$count(opportunities, eq(opportunities.organizationId, orgA.id));
      return { input: postingForm(orgA.id), changed: async () => (await db.$count(opportunities, eq(opportunities.organizationId, orgA.id))) > before };
    },
  },
  {
    name: "edit a posting",
    run: updatePosting,
    prepare: async () => {
      const posting = await insertOpportunity(db, orgA.id, { status: "draft", publishedAt: null });
      return { input: { ...postingForm(orgA.id), opportunityId: String(posting.id) }, changed: async () => (await postingStatus(posting.id)).title === "Front desk volunteer" };
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
    prepare: async () => {
      const posting = await insertOpportunity(db, orgA.id, values);
      return { input: { organizationId: String(orgA.id), opportunityId: String(posting.id) }, changed: async () => (await postingStatus(posting.id)).status === after };
    },
  })),
  {
    name: "renew an expired posting",
    run: renewPosting,
    prepare: async () => {
      const posting = await insertOpportunity(db, orgA.id, { expiresAt: new Date(Date.now() - DAY) });
      return { input: { organizationId: String(orgA.id), opportunityId: String(posting.id) }, changed: async () => (await postingStatus(posting.id)).expiresAt.getTime() > Date.now() };
    },
  },
  {
    name: "duplicate a posting",
    run: duplicatePosting,
    prepare: async () => {
      const posting = await insertOpportunity(db, orgA.id, { title: `Copy me ${Math.random()}` });
      return {
        input: { organizationId: String(orgA.id), opportunityId: String(posting.id) },
        changed: async () => (await countWhere(opportunities, eq(opportunities.title, posting.title))) > 1,
      };
    },
  },
  {
    name: "edit the organization profile",
    run: updateOrganizationProfile,
    prepare: async () => {
      const name = `Renamed ${Math.random()}`;
      return {
        input: { ...organizationForm(name), organizationId: String(orgA.id) },
        changed: async () => (await countWhere(organizations, eq(organizations.name, name))) > 0,
        undo: async () => void (await db.update(organizations).set({ name: "Organization A" }).where(eq(organizations.id, orgA.id))),
      };
    },
  },
  {
    name: "change a response's status",
    run: changeResponseStatus,
    prepare: async () => {
      const posting = await insertOpportunity(db, orgA.id);
      const response = await insertResponse(db, posting.id, orgA.id);
      return { input: { organizationId: String(orgA.id), responseId: String(response.id), status: "contacted" }, changed: () => responseIs(response.id, "contacted") };
    },
  },
  {
    name: "add a note to a response",
    run: addResponseNote,
    prepare: async () => {
      const posting = await insertOpportunity(db, orgA.id);
      const response = await insertResponse(db, posting.id, orgA.id);
      return {
        input: { organizationId: String(orgA.id), responseId: String(response.id), note: "Called, left a message." },
        changed: async () => (await countWhere(responseEvents, eq(responseEvents.responseId, response.id))) > 0,
      };
    },
  },
  {
    name: "invite a coordinator",
    run: inviteCoordinator,
    prepare: async () => {
      const email = `invitee.${Math.random().toString(36).slice(2)}@example.org`;
      return { input: { organizationId: String(orgA.id), email }, changed: async () => (await countWhere(invitations, eq(invitations.email, email))) > 0 };
    },
  },
  {
    name: "revoke an invitation",
    run: revokeInvitation,
    prepare: async () => {
      const [invitation] = await db
        .insert(invitations)
        .values({ organizationId: orgA.id, email: "someone@example.org", tokenHash: Math.random().toString(36), expiresAt: new Date(Date.now() + DAY) })
        .returning({ id: invitations.id });
      return {
        input: { organizationId: String(orgA.id), invitationId: String(invitation!.id) },
        changed: async () => (await countWhere(invitations, and(eq(invitations.id, invitation!.id), sql`${invitations.revokedAt} is not null`))) > 0,
      };
    },
  },
  {
    name: "remove a member",
    run: removeMember,
    prepare: async () => {
      const member = await insertUser(db);
      await insertMembership(db, member.id, orgA.id);
      return {
        input: { organizationId: String(orgA.id), userId: String(member.id) },
        changed: async () => (await countWhere(memberships, and(eq(memberships.userId, member.id), eq(memberships.organizationId, orgA.id)))) === 0,
      };
    },
  },
  {
    name: "leave the organization",
    run: leaveOrganization,
    prepare: async () => {
      const before = await db.$count(memberships, eq(memberships.organizationId, orgA.id));
      return {
        input: { organizationId: String(orgA.id) },
        changed: async () => (await db.$count(memberships, eq(memberships.organizationId, orgA.id))) < before,
        // Back in, for the next cells.
        undo: async () => void (await db.insert(memberships).values({ userId: userOf["coordinator of A"], organizationId: orgA.id }).onConflictDoNothing()),
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
    name: "contact a volunteer in A's name",
    run: contactVolunteer,
    prepare: async () => {
      // A volunteer who asked to be found, in a county A serves.
      const volunteer = await insertUser(db);
      await db.insert(volunteerProfiles).values({ userId: volunteer.id, skills: ["mentoring_youth"], availability: "Saturdays", discoverable: true });
      await db.insert(volunteerCounties).values({ userId: volunteer.id, countyId: kennebec.id });
      return {
        input: { organizationId: String(orgA.id), volunteerId: String(volunteer.id), message: "We run a Saturday food pantry in Augusta and need drivers." },
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
];

const Y = true;
const N = false;
/** What each kind of user may do: written out, one row per operation, columns in the order of KINDS. */
const EXPECTED: Record<string, readonly boolean[]> = {
  //                                             out  vol  ownA coA  coB  pend dis  admin
  "create a posting":                          [N,   N,   Y,   Y,   N,   N,   N,   N],
  "edit a posting":                            [N,   N,   Y,   Y,   N,   N,   N,   N],
  "publish a draft":                           [N,   N,   Y,   Y,   N,   N,   N,   N],
  "close a published posting":                 [N,   N,   Y,   Y,   N,   N,   N,   N],
  "reopen a closed posting":                   [N,   N,   Y,   Y,   N,   N,   N,   N],
  "renew an expired posting":                  [N,   N,   Y,   Y,   N,   N,   N,   N],
  "duplicate a posting":                       [N,   N,   Y,   Y,   N,   N,   N,   N],
  "edit the organization profile":             [N,   N,   Y,   N,   N,   N,   N,   N],
  "change a response's status":                [N,   N,   Y,   Y,   N,   N,   N,   N],
  "add a note to a response":                  [N,   N,   Y,   Y,   N,   N,   N,   N],
  "invite a coordinator":                      [N,   N,   Y,   N,   N,   N,   N,   N],
  "revoke an invitation":                      [N,   N,   Y,   N,   N,   N,   N,   N],
  "remove a member":                           [N,   N,   Y,   N,   N,   N,   N,   N],
  "leave the organization":                    [N,   N,   N,   Y,   N,   N,   N,   N],
  "apply to host":                             [N,   Y,   Y,   Y,   Y,   Y,   N,   Y],
  "approve an organization":                   [N,   N,   N,   N,   N,   N,   N,   Y],
  "reject an organization":                    [N,   N,   N,   N,   N,   N,   N,   Y],
  "suspend an organization":                   [N,   N,   N,   N,   N,   N,   N,   Y],
  "reinstate an organization":                 [N,   N,   N,   N,   N,   N,   N,   Y],
  "save an organization's review":             [N,   N,   N,   N,   N,   N,   N,   Y],
  "unpublish a posting":                       [N,   N,   N,   N,   N,   N,   N,   Y],
  "allow republishing a posting":              [N,   N,   N,   N,   N,   N,   N,   Y],
  "resolve a report":                          [N,   N,   N,   N,   N,   N,   N,   Y],
  "dismiss a report":                          [N,   N,   N,   N,   N,   N,   N,   Y],
  "change a user's role":                      [N,   N,   N,   N,   N,   N,   N,   Y],
  "disable a user":                            [N,   N,   N,   N,   N,   N,   N,   Y],
  "enable a user":                             [N,   N,   N,   N,   N,   N,   N,   Y],
  "retry a failed mail":                       [N,   N,   N,   N,   N,   N,   N,   Y],
  "save my profile":                           [N,   Y,   Y,   Y,   Y,   Y,   N,   Y],
  "withdraw my response":                      [N,   Y,   Y,   Y,   Y,   Y,   N,   Y],
  "withdraw someone else's response":          [N,   N,   N,   N,   N,   N,   N,   N],
  "link my earlier responses":                 [N,   Y,   Y,   Y,   Y,   Y,   N,   Y],
  "save an alert":                             [N,   Y,   Y,   Y,   Y,   Y,   N,   Y],
  "delete my alert":                           [N,   Y,   Y,   Y,   Y,   Y,   N,   Y],
  "delete someone else's alert":               [N,   N,   N,   N,   N,   N,   N,   N],
  "contact a volunteer in A's name":           [N,   N,   Y,   Y,   N,   N,   N,   N],
  "answer a contact request to me":            [N,   Y,   Y,   Y,   Y,   Y,   N,   Y],
  "answer someone else's contact request":     [N,   N,   N,   N,   N,   N,   N,   N],
  "accept an invitation sent to me":           [N,   Y,   Y,   Y,   Y,   Y,   N,   Y],
  "accept an invitation sent to someone else": [N,   N,   N,   N,   N,   N,   N,   N],
  "delete my account":                         [N,   Y,   Y,   Y,   Y,   Y,   N,   Y],
};

beforeAll(async () => {
  db = await getDb();
  passwordHash = await hashPassword(PASSWORD);
  kennebec = (await db.select({ id: counties.id }).from(counties).where(eq(counties.slug, "kennebec")))[0]!;
  orgA = await insertOrganization(db, { name: "Organization A" });
  orgB = await insertOrganization(db, { name: "Organization B" });
  pendingOrg = await insertOrganization(db, { name: "Pending organization", status: "pending" });
  for (const kind of KINDS) if (kind !== "signed out") userOf[kind] = await insertUserOfKind(kind);
});

describe("the authorization matrix of mutations", () => {
  it("has a row for every operation", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(operations.map((operation) => operation.name).sort());
  });

  for (const operation of operations) {
    describe(operation.name, () => {
      KINDS.forEach((kind, column) => {
        const allowed = EXPECTED[operation.name]![column]!;
        it(`${allowed ? "is allowed" : "is refused, changing nothing,"} for ${kind}`, async () => {
          const { input, changed, undo, actAs } = await operation.prepare(kind);
          signInAs(kind === "signed out" ? null : (actAs ?? userOf[kind]));
          const result = (await operation.run(input)) as { ok: boolean; message?: string; fieldErrors?: Record<string, unknown> };
          expect(result.ok, result.ok ? "" : result.message).toBe(allowed);
          expect(await changed()).toBe(allowed);
          if (!allowed) {
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

describe("the authorization matrix of reading private data", () => {
  //                                             out  vol  ownA coA  coB  pend dis  admin
  const READS: Record<string, readonly boolean[]> = {
    "A's dashboard":                            [N,   N,   Y,   Y,   N,   N,   N,   N],
    "A's postings and drafts":                  [N,   N,   Y,   Y,   N,   N,   N,   N],
    "A's responses and their CSV export":       [N,   N,   Y,   Y,   N,   N,   N,   N],
    "A's profile form":                         [N,   N,   Y,   N,   N,   N,   N,   N],
    "Find volunteers in A's name":              [N,   N,   Y,   Y,   N,   N,   N,   N],
  };
  const CAPABILITY = {
    "A's dashboard": "view",
    "A's postings and drafts": "draft",
    "A's responses and their CSV export": "responses",
    "A's profile form": "profile",
    "Find volunteers in A's name": "findVolunteers",
  } as const;

  for (const [read, row] of Object.entries(READS)) {
    KINDS.forEach((kind, column) => {
      it(`${read}: ${row[column] ? "open" : "closed"} to ${kind}`, async () => {
        const viewer = kind === "signed out" ? null : await loadViewer(db, { userId: userOf[kind], signedInAt: new Date() });
        expect(organizationAccess(viewer, orgA.id, CAPABILITY[read as keyof typeof CAPABILITY]) !== null).toBe(row[column]);
      });
    });
  }
});
