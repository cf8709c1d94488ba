import "server-only";
import { anotherAdminRemains } from "@/lib/users/last-admin";
import { and, asc, eq, inArray, isNull, like, or, sql, type AnyColumn } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  auditLog,
  authTokens,
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
import { ActionError, guardedAction } from "@/lib/actions/guard";
import { writeAudit, type AuditEntry } from "@/lib/audit/audit";
import { checkCredentials } from "@/lib/auth/credentials";
import { lockTeam } from "@/lib/organizations/team";
import type { Viewer } from "@/lib/auth/viewer";
import { deleteAccountSchema } from "./schemas";
import { wipeResponseContacts } from "./wipe";
import { sameAddress } from "@/lib/text-match";

/**
 * Everything the databank holds about the signed-in person, as one JSON
 * document: the account, the profile, saved searches, responses with their
 * status history, contact requests, invitations to their address, team
 * memberships, mail to them still in the outbox, the e-mail links sent to
 * them, reports they handled and the audit log entries about them or by them.
 * Nothing that identifies anyone else: other people appear only as a role or
 * an organization's name. What is left out, and why, is said in `notIncluded`.
 */
export async function exportMyData(viewer: Viewer) {
  const db = await getDb();
  const [account] = await db
    .select({ name: users.name, email: users.email, role: users.role, emailConfirmedAt: users.emailVerifiedAt, createdAt: users.createdAt, updatedAt: users.updatedAt })
    .from(users)
    .where(eq(users.id, viewer.id));
  // What was sent to an address is theirs only once they proved it is theirs (as on "My responses"), read from the database.
  const address = account?.emailConfirmedAt ? account.email.toLowerCase() : null;
  const byAddress = (column: AnyColumn) => (address ? sameAddress(column, address) : sql`false`);

  const [profile] = await db.select().from(volunteerProfiles).where(eq(volunteerProfiles.userId, viewer.id));
  const profileCounties = await db
    .select({ name: counties.name })
    .from(volunteerCounties)
    .innerJoin(counties, eq(counties.id, volunteerCounties.countyId))
    .where(eq(volunteerCounties.userId, viewer.id))
    .orderBy(asc(counties.name));
  const alerts = await db.select({ query: savedSearches.query, frequency: savedSearches.frequency, createdAt: savedSearches.createdAt, lastSentAt: savedSearches.lastSentAt }).from(savedSearches).where(eq(savedSearches.userId, viewer.id));
  const myResponses = await db
    .select({
      id: responses.id,
      posting: opportunities.title,
      organization: organizations.name,
      name: responses.name,
      email: responses.email,
      phone: responses.phone,
      message: responses.message,
      availability: responses.availability,
      status: responses.status,
      consentedAt: responses.consentedAt,
      createdAt: responses.createdAt,
    })
    .from(responses)
    .innerJoin(opportunities, eq(opportunities.id, responses.opportunityId))
    .innerJoin(organizations, eq(organizations.id, responses.organizationId))
    .where(address ? ownResponses({ id: viewer.id, email: address }) : eq(responses.userId, viewer.id))
    .orderBy(asc(responses.createdAt), asc(responses.id));
  const responseIds = myResponses.map((response) => response.id);
  // Status changes only: the form says a note is read by the organization's team alone, so its text stays with them; that notes exist is said.
  const events = responseIds.length
    ? await db
        .select({ responseId: responseEvents.responseId, kind: responseEvents.kind, actorUserId: responseEvents.actorUserId, from: responseEvents.fromStatus, to: responseEvents.toStatus, at: responseEvents.createdAt })
        .from(responseEvents)
        .where(inArray(responseEvents.responseId, responseIds))
        .orderBy(asc(responseEvents.createdAt), asc(responseEvents.id))
    : [];
  const contacts = await db
    .select({ organization: organizations.name, message: contactRequests.message, status: contactRequests.status, createdAt: contactRequests.createdAt, respondedAt: contactRequests.respondedAt })
    .from(contactRequests)
    .innerJoin(organizations, eq(organizations.id, contactRequests.organizationId))
    .where(eq(contactRequests.volunteerUserId, viewer.id))
    .orderBy(asc(contactRequests.createdAt));
  const myInvitations = await db
    .select({ id: invitations.id, organization: organizations.name, invitedAt: invitations.createdAt, expiresAt: invitations.expiresAt, acceptedAt: invitations.acceptedAt, revokedAt: invitations.revokedAt })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .where(byAddress(invitations.email))
    .orderBy(asc(invitations.createdAt), asc(invitations.id));
  const teams = await db
    .select({ organization: organizations.name, role: memberships.role, since: memberships.createdAt })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(eq(memberships.userId, viewer.id))
    .orderBy(asc(organizations.name));
  const mail = await db
    .select({ id: outbox.id, to: outbox.to, subject: outbox.subject, body: outbox.text, status: outbox.status, queuedAt: outbox.createdAt, sentAt: outbox.sentAt })
    .from(outbox)
    .where(byAddress(outbox.to))
    .orderBy(asc(outbox.createdAt), asc(outbox.id));
  const links = await db
    .select({ purpose: authTokens.purpose, createdAt: authTokens.createdAt, expiresAt: authTokens.expiresAt, usedAt: authTokens.usedAt })
    .from(authTokens)
    .where(eq(authTokens.userId, viewer.id))
    .orderBy(asc(authTokens.createdAt));
  const handled = await db
    .select({ posting: opportunities.title, reason: reports.reason, status: reports.status, handledAt: reports.handledAt, resolution: reports.resolution })
    .from(reports)
    .innerJoin(opportunities, eq(opportunities.id, reports.opportunityId))
    .where(eq(reports.handledByUserId, viewer.id))
    .orderBy(asc(reports.handledAt));
  const activity = await auditEntriesOf(viewer.id, { invitations: myInvitations.map((row) => row.id), mail: mail.map((row) => row.id), responses: responseIds });

  const { userId: _userId, ...profileFields } = profile ?? { userId: 0 };
  void _userId;
  return {
    exportedAt: new Date().toISOString(),
    account,
    profile: profile ? { ...profileFields, counties: profileCounties.map((county) => county.name) } : null,
    savedSearches: alerts,
    responses: myResponses.map(({ id, ...response }) => {
      const own = events.filter((event) => event.responseId === id);
      return {
        ...response,
        statusHistory: own.filter((event) => event.kind === "status").map((event) => ({ from: event.from, to: event.to, at: event.at, by: event.actorUserId === viewer.id ? "you" : "the organization" })),
        notesKeptByOrganization: own.filter((event) => event.kind === "note").length,
      };
    }),
    contactRequests: contacts,
    invitations: myInvitations.map((row) => ({ organization: row.organization, invitedAt: row.invitedAt, expiresAt: row.expiresAt, acceptedAt: row.acceptedAt, revokedAt: row.revokedAt })),
    memberships: teams,
    mailToYou: mail.map((row) => ({ to: row.to, subject: row.subject, body: withoutLinkSecrets(row.body), status: row.status, queuedAt: row.queuedAt, sentAt: row.sentAt })),
    emailLinks: links,
    reportsHandled: handled,
    activityLog: activity,
    // rate_limits is not read: its keys are keyed hashes (lib/auth/keyed-hash.ts), not matchable to a person without the site's secret.
    notIncluded: [
      "Your password and the secret of each e-mail link we sent you: we keep only a one-way hash of them, which is of no use to read.",
      "The secret part of the links inside your mail (confirm, reset, invitation, unsubscribe), shown as “(removed)”: this file may be kept or shared, and such a link may still work.",
      "The text of the notes an organization's team wrote on your responses: they are the team's working notes. How many there are is given with each response.",
      "Counters that limit how often something can be tried: they are kept under a keyed hash of your address that cannot be turned back into it, and deleted when their window ends.",
      "Other people's records you worked on for an organization (their responses, the requests and invitations you sent them): they belong to the organization and name other people. The activity log says what you did.",
    ],
  };
}

/** The secret part of a link (a token query parameter or an invitation path), for mail copied into the download. */
const LINK_SECRET = /(\btoken=|\/invitations\/)[^\s&#>]+/g;

function withoutLinkSecrets(text: string): string {
  return text.replace(LINK_SECRET, "$1(removed)");
}

/**
 * The audit log entries this person made or that are about them: their
 * account, their place on a team, an invitation or mail to their address, a
 * response of theirs. Who else took part is said only as a role and an
 * organization; `details` is not copied, it holds other people's ids.
 */
async function auditEntriesOf(userId: number, mine: { invitations: number[]; mail: number[]; responses: number[] }) {
  const db = await getDb();
  const me = String(userId);
  const targetedBy = (type: string, ids: number[]) => (ids.length ? and(eq(auditLog.targetType, type), inArray(auditLog.targetId, ids.map(String))) : undefined);
  const rows = await db
    .select({ action: auditLog.action, at: auditLog.createdAt, reason: auditLog.reason, actorUserId: auditLog.actorUserId, actorRole: users.role, targetType: auditLog.targetType, targetId: auditLog.targetId, details: auditLog.details })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(
      or(
        eq(auditLog.actorUserId, userId),
        and(eq(auditLog.targetType, "user"), eq(auditLog.targetId, me)),
        and(eq(auditLog.targetType, "membership"), like(auditLog.targetId, `%:${me}`)),
        targetedBy("invitation", mine.invitations),
        targetedBy("mail", mine.mail),
        targetedBy("response", mine.responses),
      ),
    )
    .orderBy(asc(auditLog.createdAt), asc(auditLog.id));

  const organizationOf = (row: (typeof rows)[number]): number | null => {
    const fromDetails = (row.details as { organizationId?: unknown } | null)?.organizationId;
    if (typeof fromDetails === "number") return fromDetails;
    if (row.targetType === "organization" || row.targetType === "membership") return Number(row.targetId.split(":")[0]) || null;
    return null;
  };
  const postingIds = [...new Set(rows.filter((row) => row.targetType === "opportunity").map((row) => Number(row.targetId)).filter(Number.isInteger))];
  const postings = new Map(
    (postingIds.length ? await db.select({ id: opportunities.id, title: opportunities.title, organizationId: opportunities.organizationId }).from(opportunities).where(inArray(opportunities.id, postingIds)) : []).map((posting) => [posting.id, posting]),
  );
  const organizationIds = [...new Set([...rows.map(organizationOf), ...[...postings.values()].map((posting) => posting.organizationId)].filter((id): id is number => id !== null))];
  const names = new Map(
    (organizationIds.length ? await db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(inArray(organizations.id, organizationIds)) : []).map((organization) => [organization.id, organization.name]),
  );
  const nameOf = (id: number | null | undefined) => (id != null && names.get(id)) || "an organization no longer listed";
  const mineOf = (ids: number[], targetId: string) => ids.map(String).includes(targetId);

  return rows.map((row) => {
    const posting = row.targetType === "opportunity" ? postings.get(Number(row.targetId)) : undefined;
    const organizationId = organizationOf(row) ?? posting?.organizationId ?? null;
    const target = {
      user: () => (row.targetId === me ? "your account" : "another person's account"),
      membership: () => `${row.targetId.endsWith(`:${me}`) ? "your" : "another person's"} place on the team of ${nameOf(organizationId)}`,
      invitation: () => `${mineOf(mine.invitations, row.targetId) ? "an invitation to you" : "an invitation to another person"} to join ${nameOf(organizationId)}`,
      mail: () => (mineOf(mine.mail, row.targetId) ? "a mail to you" : "a mail to another person"),
      response: () => (mineOf(mine.responses, row.targetId) ? "your response" : "a response of another person"),
      organization: () => `the organization ${nameOf(organizationId)}`,
      opportunity: () => (posting ? `the posting “${posting.title}” of ${nameOf(organizationId)}` : "a posting since deleted"),
      report: () => "a report about a posting",
      client: () => "a client's sign-in attempts",
    }[row.targetType as AuditEntry["targetType"]];
    const by =
      row.actorUserId === userId ? "you"
      : row.actorUserId === null ? "the site, or an account since deleted"
      : row.actorRole === "admin" ? "an administrator"
      : organizationId !== null ? `a member of the team of ${nameOf(organizationId)}`
      : "another user";
    return { action: row.action, at: row.at, reason: row.reason, by, about: target ? target() : row.targetType };
  });
}

/**
 * The responses that are this person's: made while signed in, or made with
 * their address by nobody's account (a signed-in viewer's address is always
 * confirmed). A response another account made, whatever address it typed, is
 * that account's.
 */
function ownResponses(viewer: Pick<Viewer, "id" | "email">) {
  return or(eq(responses.userId, viewer.id), and(isNull(responses.userId), sameAddress(responses.email, viewer.email)))!;
}

/**
 * Deletes the signed-in person's account after they confirm with their
 * password: the profile, counties, saved searches, contact requests, tokens
 * and memberships go with the user row; their responses keep only that they
 * existed. The last owner of an organization must hand it on first.
 */
export const deleteMyAccount = guardedAction({ kind: "signed-in", rateLimit: { name: "delete-account", limit: 5, windowSeconds: 3600 } }, deleteAccountSchema, async (input, { viewer }) => {
  const db = await getDb();
  const check = await checkCredentials(db, viewer.email, input.password);
  if (!check.ok || check.userId !== viewer.id) throw new ActionError("Please correct the highlighted fields.", { password: ["That is not your password."] });
  await db.transaction(async (tx) => {
    if (viewer.role === "admin" && !(await anotherAdminRemains(tx, viewer.id))) {
      throw new ActionError("You are the only admin. Make someone else an admin before you delete your account.");
    }
    const owned = await tx
      .select({ organizationId: memberships.organizationId })
      .from(memberships)
      .where(and(eq(memberships.userId, viewer.id), eq(memberships.role, "owner")));
    for (const { organizationId } of owned) {
      // The same lock as leaving a team: two owners going at once cannot leave none.
      await lockTeam(tx, organizationId);
      const owners = await tx.$count(memberships, and(eq(memberships.organizationId, organizationId), eq(memberships.role, "owner")));
      if (owners <= 1) {
        throw new ActionError("You are the only owner of an organization. Make another member an owner on its Team page first, or ask us to close it.");
      }
    }
    const mine = await tx.select({ id: responses.id }).from(responses).where(ownResponses(viewer));
    await wipeResponseContacts(tx, mine.map((row) => row.id), [viewer.email], { pendingToo: true });
    await tx.delete(invitations).where(sameAddress(invitations.email, viewer.email));
    await tx.delete(users).where(eq(users.id, viewer.id));
    await writeAudit(tx, { actorUserId: null, action: "user.delete", targetType: "user", targetId: viewer.id, details: { responsesWiped: mine.length } });
  });
  return { ok: true } as const;
});
