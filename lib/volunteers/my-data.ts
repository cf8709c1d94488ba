import "server-only";
import { and, asc, eq, isNotNull, isNull, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  contactRequests,
  counties,
  invitations,
  memberships,
  opportunities,
  organizations,
  responses,
  savedSearches,
  users,
  volunteerCounties,
  volunteerProfiles,
} from "@/db/schema";
import { ActionError, guardedAction } from "@/lib/actions/guard";
import { writeAudit } from "@/lib/audit/audit";
import { checkCredentials } from "@/lib/auth/credentials";
import { lockTeam } from "@/lib/organizations/team";
import type { Viewer } from "@/lib/auth/viewer";
import { deleteAccountSchema } from "./schemas";
import { wipeResponseContacts } from "./wipe";

/**
 * Everything the databank holds about the signed-in person, as one JSON
 * document: the account, the profile, saved searches, responses (with what
 * the coordinators set), contact requests and memberships. Nothing about
 * anyone else: a response's notes are the coordinators' and stay with them.
 */
export async function exportMyData(viewer: Viewer) {
  const db = await getDb();
  const [account] = await db
    .select({ name: users.name, email: users.email, role: users.role, emailConfirmedAt: users.emailVerifiedAt, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, viewer.id));
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
    .where(ownResponses(viewer))
    .orderBy(asc(responses.createdAt));
  const contacts = await db
    .select({ organization: organizations.name, message: contactRequests.message, status: contactRequests.status, createdAt: contactRequests.createdAt, respondedAt: contactRequests.respondedAt })
    .from(contactRequests)
    .innerJoin(organizations, eq(organizations.id, contactRequests.organizationId))
    .where(eq(contactRequests.volunteerUserId, viewer.id));
  const teams = viewer.memberships.map((membership) => ({ organization: membership.organization.name, role: membership.role }));
  const { userId: _userId, ...profileFields } = profile ?? { userId: 0 };
  void _userId;
  return {
    exportedAt: new Date().toISOString(),
    account,
    profile: profile ? { ...profileFields, counties: profileCounties.map((county) => county.name) } : null,
    savedSearches: alerts,
    responses: myResponses,
    contactRequests: contacts,
    memberships: teams,
  };
}

/**
 * The responses that are this person's: made while signed in, or made with
 * their address by nobody's account (a signed-in viewer's address is always
 * confirmed). A response another account made, whatever address it typed, is
 * that account's.
 */
function ownResponses(viewer: Pick<Viewer, "id" | "email">) {
  return or(eq(responses.userId, viewer.id), and(isNull(responses.userId), eq(sql`lower(${responses.email})`, viewer.email.toLowerCase())))!;
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
    if (viewer.role === "admin" && (await tx.$count(users, and(eq(users.role, "admin"), isNull(users.disabledAt)))) <= 1) {
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
    const mine = await tx.select({ id: responses.id }).from(responses).where(and(ownResponses(viewer), isNotNull(responses.id)));
    await wipeResponseContacts(tx, mine.map((row) => row.id), [viewer.email], { pendingToo: true });
    await tx.delete(invitations).where(eq(sql`lower(${invitations.email})`, viewer.email.toLowerCase()));
    await tx.delete(users).where(eq(users.id, viewer.id));
    await writeAudit(tx, { actorUserId: null, action: "user.delete", targetType: "user", targetId: viewer.id, details: { responsesWiped: mine.length } });
  });
  return { ok: true } as const;
});
