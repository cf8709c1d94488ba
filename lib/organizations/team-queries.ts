import "server-only";
import { and, asc, desc, eq, gt, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { invitations, memberships, organizations, users } from "@/db/schema";
import type { OrganizationAccess } from "@/lib/auth/permissions";
import { hashToken } from "@/lib/auth/tokens";
import { getViewer } from "@/lib/auth/viewer";
import { invitationTokenSchema } from "./team-schemas";

/**
 * The statuses in which an owner may invite (the "team" capability in
 * lib/auth/permissions.ts). An invitation of an organization that has since
 * been rejected or suspended stops working with it.
 */
const INVITING_STATUSES = ["pending", "approved"] as const;

/** An invitation that can still be accepted: unused, not withdrawn, not expired, its organization still inviting. */
export function usableInvitation(tokenHash: string): SQL {
  return and(
    eq(invitations.tokenHash, tokenHash),
    isNull(invitations.acceptedAt),
    isNull(invitations.revokedAt),
    gt(invitations.expiresAt, sql`now()`),
    sql`exists (select 1 from ${organizations} where ${organizations.id} = ${invitations.organizationId} and ${inArray(organizations.status, [...INVITING_STATUSES])})`,
  )!;
}

/** `disabled`: an administrator closed the account; it cannot sign in or be made an owner. */
export type TeamMember = { userId: number; name: string; email: string; role: "owner" | "coordinator"; since: Date; disabled: boolean };

/** Everyone in the organization, owners first. Any member who may see the dashboard may see the team. */
export async function listMembers(access: OrganizationAccess<"view" | "team">): Promise<TeamMember[]> {
  const db = await getDb();
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      since: memberships.createdAt,
      disabled: sql<boolean>`${users.disabledAt} is not null`,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organizationId, access.organizationId))
    .orderBy(desc(sql`${memberships.role} = 'owner'`), asc(users.name), asc(users.id));
}

export type OpenInvitation = { id: number; email: string; expiresAt: Date; invitedBy: string | null };

/** Invitations that can still be accepted, newest first. Only those who may invite see who was invited. */
export async function listOpenInvitations(access: OrganizationAccess<"team">): Promise<OpenInvitation[]> {
  const db = await getDb();
  return db
    .select({ id: invitations.id, email: invitations.email, expiresAt: invitations.expiresAt, invitedBy: users.name })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedByUserId))
    .where(
      and(
        eq(invitations.organizationId, access.organizationId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, sql`now()`),
      ),
    )
    .orderBy(desc(invitations.createdAt), desc(invitations.id));
}

/**
 * What the invitation page may show. An unusable link says nothing more,
 * whatever the reason. The invited address is shown only to someone signed
 * in with it: whoever else holds the link learns the organization, not who
 * was invited.
 */
export type InvitationPreview =
  | { usable: false }
  | {
      usable: true;
      organizationName: string;
      invitedBy: string | null;
      viewer: { kind: "signed-out" } | { kind: "other-address" } | { kind: "invited"; email: string };
    };

/** Reads an invitation for its page without using it: mail scanners open links too. */
export async function getInvitationPreview(token: string): Promise<InvitationPreview> {
  const parsed = invitationTokenSchema.safeParse(token);
  if (!parsed.success) return { usable: false };
  const db = await getDb();
  const [row] = await db
    .select({ email: invitations.email, organizationName: organizations.name, invitedBy: users.name })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .leftJoin(users, eq(users.id, invitations.invitedByUserId))
    .where(usableInvitation(hashToken(parsed.data)))
    .limit(1);
  if (!row) return { usable: false };
  const viewer = await getViewer();
  const base = { usable: true, organizationName: row.organizationName, invitedBy: row.invitedBy } as const;
  if (!viewer) return { ...base, viewer: { kind: "signed-out" } };
  if (viewer.email.toLowerCase() !== row.email.toLowerCase()) return { ...base, viewer: { kind: "other-address" } };
  return { ...base, viewer: { kind: "invited", email: row.email } };
}

/** The e-mail addresses of an organization's enabled members: whom its notices go to. */
export function enabledMemberAddresses(tx: Transaction, organizationId: number): Promise<{ email: string }[]> {
  return tx
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, organizationId), isNull(users.disabledAt)));
}
