import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { invitations, memberships, organizations, users } from "@/db/schema";
import { ActionError, guardedAction, NO_ACCESS } from "@/lib/actions/guard";
import type { OrganizationAccess } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/audit";
import { enqueueMail } from "@/lib/email/outbox";
import { site, siteUrl } from "@/lib/site";
import { hashToken } from "@/lib/auth/tokens";
import { usableInvitation } from "./team-queries";
import { sameAddress } from "@/lib/text-match";
import {
  acceptInvitationSchema,
  INVITATION_LIFETIME_DAYS,
  inviteSchema,
  leaveOrganizationSchema,
  makeOwnerSchema,
  removeMemberSchema,
  revokeInvitationSchema,
} from "./team-schemas";

/**
 * An organization's team: the owner invites coordinators by e-mail, withdraws
 * invitations, removes coordinators and makes them owners; any member may
 * leave. Every statement
 * is scoped by the organization the guard granted (STYLE.md 4), so an id from
 * another organization matches no row and changes nothing.
 */

/** Nobody can use an owner's account to mail strangers over and over. */
const INVITATIONS_PER_USER = { name: "invite", limit: 20, windowSeconds: 24 * 60 * 60 };
const ACCEPTS_PER_USER = { name: "accept-invitation", limit: 30, windowSeconds: 60 * 60 };

export const INVITE_AFTER_APPROVAL =
  "Your organization can invite coordinators once we have approved it. Until then you can prepare postings as drafts; we will e-mail you when it is approved.";
export const ALREADY_MEMBER = "This person is already a member of the team.";
export const INVITATION_UNUSABLE = "This invitation has expired, was already used or was withdrawn. Ask the person who invited you to send a new one.";
export const WRONG_ADDRESS = "This invitation was sent to a different e-mail address. Sign in with the address the invitation was sent to, then open the link again.";
export const LAST_OWNER = "You are the only owner of this organization, so you cannot leave it. Make another member an owner on the Team page first.";
export const NOT_A_MEMBER = "This person is not a member of the team.";
export const ALREADY_OWNER = "This person is already an owner.";
export const DISABLED_MEMBER = "This person's account has been disabled, so they cannot be made an owner.";

/**
 * Team changes of one organization wait for each other, so two owners leaving
 * at once cannot leave it with none. A "no key update" lock does not hold up
 * the inserts that merely refer to the organization.
 */
export async function lockTeam(tx: Transaction, organizationId: number): Promise<void> {
  await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, organizationId)).for("no key update");
}

/** A user's role in the team as it is now (read under the team lock), or null when they are not in it. */
async function roleInTeam(tx: Transaction, userId: number, organizationId: number): Promise<"owner" | "coordinator" | null> {
  const [member] = await tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.organizationId, organizationId)))
    .limit(1);
  return member?.role ?? null;
}

/**
 * Mails a single-use link to join as a coordinator, good for
 * INVITATION_LIFETIME_DAYS days. An earlier open invitation to the same
 * address stops working, so only the newest link does.
 */
/** Whether an organization may send invitations: only once approved, so an unvetted one cannot mail people in the site's name. */
export function invitationRefusal(access: Pick<OrganizationAccess, "organization">): string | null {
  return access.organization.status === "approved" ? null : INVITE_AFTER_APPROVAL;
}

/** Whether the viewer is the organization's only owner, who cannot leave it until another member is made an owner (leaveOrganization checks again under a lock). */
export function isOnlyOwner(access: Pick<OrganizationAccess, "role">, members: { role: "owner" | "coordinator" }[]): boolean {
  return access.role === "owner" && members.filter((member) => member.role === "owner").length <= 1;
}

export const inviteCoordinator = guardedAction({ kind: "member", capability: "team", rateLimit: INVITATIONS_PER_USER, refusal: invitationRefusal }, inviteSchema, async (input, { viewer, access }) => {
  const db = await getDb();
  const invitationId = await db.transaction(async (tx) => {
    await lockTeam(tx, access.organizationId);
    const [member] = await tx
      .select({ userId: memberships.userId })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.organizationId, access.organizationId), sameAddress(users.email, input.email)))
      .limit(1);
    if (member) throw new ActionError(ALREADY_MEMBER, { email: [ALREADY_MEMBER] });

    const replaced = await tx
      .update(invitations)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(invitations.organizationId, access.organizationId), sameAddress(invitations.email, input.email), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
      .returning({ id: invitations.id });
    const token = randomBytes(32).toString("base64url");
    const [invitation] = await tx
      .insert(invitations)
      .values({
        organizationId: access.organizationId,
        email: input.email,
        tokenHash: hashToken(token),
        invitedByUserId: viewer.id,
        expiresAt: sql`now() + make_interval(days => ${INVITATION_LIFETIME_DAYS})`,
      })
      .returning({ id: invitations.id });
    await enqueueMail(tx, {
      to: input.email,
      subject: `You are invited to join a team on the ${site.name}`,
      text: [
        `${viewer.name} has invited you to join ${access.organization.name} as a coordinator on the ${site.name}.`,
        "Coordinators write the organization's volunteer opportunities and answer the people who respond to them.",
        "",
        "To accept, open this link and sign in, or create an account, with this e-mail address:",
        "",
        `${siteUrl()}/invitations/${token}`,
        "",
        `The link works once, for ${INVITATION_LIFETIME_DAYS} days. If you were not expecting this invitation, you can ignore this message.`,
      ].join("\n"),
    });
    await writeAudit(tx, {
      actorUserId: viewer.id,
      action: "membership.invite",
      targetType: "invitation",
      targetId: invitation!.id,
      details: { organizationId: access.organizationId, replaced: replaced.map((r) => r.id) },
    });
    return invitation!.id;
  });
  return { ok: true, slug: access.organization.slug, invitationId } as const;
});

/** Withdraws an open invitation: its link stops working at once. */
export const revokeInvitation = guardedAction({ kind: "member", capability: "team" }, revokeInvitationSchema, async (input, { viewer, access }) => {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [revoked] = await tx
      .update(invitations)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(invitations.id, input.invitationId), eq(invitations.organizationId, access.organizationId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
      .returning({ id: invitations.id });
    if (!revoked) throw new ActionError("This invitation was not found. It may have been accepted or withdrawn already.");
    await writeAudit(tx, { actorUserId: viewer.id, action: "membership.revoke_invitation", targetType: "invitation", targetId: revoked.id, details: { organizationId: access.organizationId } });
  });
  return { ok: true, slug: access.organization.slug } as const;
});

/** The owner removes a coordinator. Owners leave by themselves, never by this. */
export const removeMember = guardedAction({ kind: "member", capability: "team" }, removeMemberSchema, async (input, { viewer, access }) => {
  if (input.userId === viewer.id) throw new ActionError("You cannot remove yourself. To leave the organization, choose “Leave this organization”.");
  const db = await getDb();
  await db.transaction(async (tx) => {
    await lockTeam(tx, access.organizationId);
    const [removed] = await tx
      .delete(memberships)
      .where(and(eq(memberships.userId, input.userId), eq(memberships.organizationId, access.organizationId), eq(memberships.role, "coordinator")))
      .returning({ userId: memberships.userId });
    if (!removed) {
      const role = await roleInTeam(tx, input.userId, access.organizationId);
      throw new ActionError(role ? "An owner cannot be removed from the team." : NOT_A_MEMBER);
    }
    await writeAudit(tx, { actorUserId: viewer.id, action: "membership.remove", targetType: "membership", targetId: `${access.organizationId}:${removed.userId}`, details: { organizationId: access.organizationId, userId: removed.userId } });
  });
  return { ok: true, slug: access.organization.slug } as const;
});

/**
 * The owner makes a coordinator an owner too, so that the team outlives any
 * one person: the first owner may then leave or delete their account. Only an
 * enabled account is promoted: a disabled one could not use the role, and the
 * organization would look managed when it is not.
 */
export const makeOwner = guardedAction({ kind: "member", capability: "team" }, makeOwnerSchema, async (input, { viewer, access }) => {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await lockTeam(tx, access.organizationId);
    // The viewer's role as it is now, under the lock: an owner who has just left changes nothing.
    if ((await roleInTeam(tx, viewer.id, access.organizationId)) !== "owner") throw new ActionError(NO_ACCESS);

    const [promoted] = await tx
      .update(memberships)
      .set({ role: "owner" })
      .where(
        and(
          eq(memberships.userId, input.userId),
          eq(memberships.organizationId, access.organizationId),
          eq(memberships.role, "coordinator"),
          sql`exists (select 1 from ${users} where ${users.id} = ${memberships.userId} and ${users.disabledAt} is null)`,
        ),
      )
      .returning({ userId: memberships.userId });
    if (!promoted) {
      // Said only now that nothing changed; a coordinator who was not promoted has a disabled account.
      const role = await roleInTeam(tx, input.userId, access.organizationId);
      throw new ActionError(!role ? NOT_A_MEMBER : role === "owner" ? ALREADY_OWNER : DISABLED_MEMBER);
    }

    const [person] = await tx.select({ email: users.email }).from(users).where(eq(users.id, promoted.userId)).limit(1);
    await enqueueMail(tx, {
      to: person!.email,
      subject: `You are now an owner of a team on the ${site.name}`,
      text: [
        `${viewer.name} has made you an owner of ${access.organization.name} on the ${site.name}.`,
        "As an owner you can invite coordinators, remove them and make them owners, as well as everything you could do before.",
        "",
        "To see the team, open this link:",
        "",
        `${siteUrl()}/dashboard/${access.organization.slug}/team`,
        "",
        "If you were not expecting this, please talk to the other owners of the organization.",
      ].join("\n"),
    });
    await writeAudit(tx, {
      actorUserId: viewer.id,
      action: "membership.make_owner",
      targetType: "membership",
      targetId: `${access.organizationId}:${promoted.userId}`,
      details: { organizationId: access.organizationId, userId: promoted.userId },
    });
  });
  return { ok: true, slug: access.organization.slug } as const;
});

/** A member leaves. The last owner stays: an organization always has someone who can manage its team. */
export const leaveOrganization = guardedAction({ kind: "member", capability: "view" }, leaveOrganizationSchema, async (input, { viewer, access }) => {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await lockTeam(tx, access.organizationId);
    // The role as it is now, under the lock, not as it was when the request began.
    const myRole = await roleInTeam(tx, viewer.id, access.organizationId);
    if (!myRole) throw new ActionError(NO_ACCESS);
    if (myRole === "owner") {
      const otherOwners = await tx.$count(memberships, and(eq(memberships.organizationId, access.organizationId), eq(memberships.role, "owner"), ne(memberships.userId, viewer.id)));
      if (otherOwners === 0) throw new ActionError(LAST_OWNER);
    }
    await tx.delete(memberships).where(and(eq(memberships.userId, viewer.id), eq(memberships.organizationId, access.organizationId)));
    await writeAudit(tx, { actorUserId: viewer.id, action: "membership.leave", targetType: "membership", targetId: `${access.organizationId}:${viewer.id}`, details: { organizationId: access.organizationId, userId: viewer.id, role: myRole } });
  });
  return { ok: true, slug: access.organization.slug } as const;
});

/**
 * Accepts an invitation for the signed-in user, when it was sent to their
 * address. Checking and using it is one UPDATE, so two clicks cannot both
 * win; a refusal leaves it usable for the right account. The link reached the
 * mailbox, so the address counts as confirmed.
 */
export const acceptInvitation = guardedAction({ kind: "signed-in", rateLimit: ACCEPTS_PER_USER }, acceptInvitationSchema, async (input, { viewer }) => {
  const tokenHash = hashToken(input.token);
  const db = await getDb();
  const slug = await db.transaction(async (tx) => {
    const [invitation] = await tx
      .update(invitations)
      .set({ acceptedAt: sql`now()` })
      .where(and(usableInvitation(tokenHash), sameAddress(invitations.email, viewer.email)))
      .returning({ id: invitations.id, organizationId: invitations.organizationId });
    if (!invitation) {
      const [forSomeoneElse] = await tx.select({ id: invitations.id }).from(invitations).where(usableInvitation(tokenHash)).limit(1);
      throw new ActionError(forSomeoneElse ? WRONG_ADDRESS : INVITATION_UNUSABLE);
    }
    await tx.insert(memberships).values({ userId: viewer.id, organizationId: invitation.organizationId, role: "coordinator" }).onConflictDoNothing();
    await tx
      .update(users)
      .set({ emailVerifiedAt: sql`now()`, updatedAt: sql`now()` })
      .where(and(eq(users.id, viewer.id), isNull(users.emailVerifiedAt)));
    await writeAudit(tx, { actorUserId: viewer.id, action: "membership.accept", targetType: "invitation", targetId: invitation.id, details: { organizationId: invitation.organizationId } });
    const [organization] = await tx.select({ slug: organizations.slug }).from(organizations).where(eq(organizations.id, invitation.organizationId)).limit(1);
    return organization!.slug;
  });
  return { ok: true, slug } as const;
});
