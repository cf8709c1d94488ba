import "server-only";
import { and, asc, count, desc, eq, ilike, inArray, or, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { auditLog, memberships, organizations, users } from "@/db/schema";
import { ActionError, guardedAction, NO_ACCESS } from "@/lib/actions/guard";
import { writeAudit } from "@/lib/audit/audit";
import type { AdminAccess } from "@/lib/auth/permissions";
import { containsPattern } from "@/lib/text-match";
import {
  changeUserRoleSchema,
  disableUserSchema,
  enableUserSchema,
  USER_ADMIN_REFUSALS,
  USERS_PAGE_SIZE,
  type UserSearch,
} from "./schemas";
import { pageCountOf, pageOffset } from "@/lib/lists/lists";

/**
 * The admins' work on user accounts. Reads take the `AdminAccess` the page
 * got from requireAdmin; mutations go through the guard with admin access
 * and change an account only from the state the change applies to, with
 * exactly one audit row in the same transaction (invariant 6).
 */

const isDatabaseId = (id: number) => Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647;

type UserOrganization = {
  id: number;
  slug: string;
  name: string;
  status: (typeof organizations.$inferSelect)["status"];
  role: (typeof memberships.$inferSelect)["role"];
};

/** Each user's organizations, by name, for a list of users. */
async function organizationsOf(userIds: number[]): Promise<Map<number, UserOrganization[]>> {
  const byUser = new Map<number, UserOrganization[]>();
  if (userIds.length === 0) return byUser;
  const db = await getDb();
  const rows = await db
    .select({
      userId: memberships.userId,
      id: organizations.id,
      slug: organizations.slug,
      name: organizations.name,
      status: organizations.status,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(inArray(memberships.userId, userIds))
    .orderBy(asc(organizations.name), asc(organizations.id));
  for (const { userId, ...organization } of rows) {
    const list = byUser.get(userId) ?? [];
    list.push(organization);
    byUser.set(userId, list);
  }
  return byUser;
}

/**
 * One page of accounts, by name, whose name or e-mail address contains the
 * query, whatever its case; `%` and `_` in the query are plain characters.
 */
export async function searchUsers(_admin: AdminAccess, search: UserSearch) {
  const db = await getDb();
  const pattern = search.q ? containsPattern(search.q) : undefined;
  const where = pattern ? or(ilike(users.name, pattern), ilike(users.email, pattern)) : undefined;
  const page = Math.max(1, Math.floor(search.page));
  const [rows, [counted]] = await Promise.all([
    db
      .select({ id: users.id, name: users.name, email: users.email, role: users.role, disabledAt: users.disabledAt, createdAt: users.createdAt })
      .from(users)
      .where(where)
      .orderBy(asc(users.name), asc(users.id))
      .limit(USERS_PAGE_SIZE)
      .offset(pageOffset(page, USERS_PAGE_SIZE)),
    db.select({ total: count() }).from(users).where(where),
  ]);
  const byUser = await organizationsOf(rows.map((row) => row.id));
  const total = counted?.total ?? 0;
  return {
    items: rows.map((row) => ({ ...row, organizations: byUser.get(row.id) ?? [] })),
    total,
    page,
    pageCount: pageCountOf(total, USERS_PAGE_SIZE),
  };
}

/** How many entries of an account's own history its page shows. */
const HISTORY_LENGTH = 20;

/** One account with its organizations and the latest audit entries about it; null when there is none. */
export async function getUserForAdmin(_admin: AdminAccess, userId: number) {
  if (!isDatabaseId(userId)) return null;
  const db = await getDb();
  const [user] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      emailVerifiedAt: users.emailVerifiedAt,
      disabledAt: users.disabledAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user) return null;
  const [byUser, history] = await Promise.all([
    organizationsOf([user.id]),
    db
      .select({
        id: auditLog.id,
        action: auditLog.action,
        reason: auditLog.reason,
        details: auditLog.details,
        createdAt: auditLog.createdAt,
        actorName: users.name,
        actorEmail: users.email,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorUserId))
      .where(and(eq(auditLog.targetType, "user"), eq(auditLog.targetId, String(user.id))))
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(HISTORY_LENGTH),
  ]);
  return { ...user, organizations: byUser.get(user.id) ?? [], history };
}

/** The account's row, locked until the transaction ends, so two admins' changes cannot cross. */
async function lockUser(tx: Transaction, userId: number) {
  const [user] = await tx.select({ id: users.id, role: users.role, disabledAt: users.disabledAt }).from(users).where(eq(users.id, userId)).limit(1).for("update");
  if (!user) throw new ActionError(USER_ADMIN_REFUSALS.notFound);
  return user;
}

/**
 * For a change that takes admin power away: locks the acting admin's row and
 * the target's (in id order, so two admins acting on each other wait rather
 * than deadlock) and checks the actor is still an enabled admin under the
 * lock. Two admins demoting or disabling each other at once cannot leave none.
 */
async function lockActorAndUser(tx: Transaction, actorId: number, userId: number) {
  const rows = await tx
    .select({ id: users.id, role: users.role, disabledAt: users.disabledAt })
    .from(users)
    .where(inArray(users.id, [actorId, userId]))
    .orderBy(asc(users.id))
    .for("update");
  const actor = rows.find((row) => row.id === actorId);
  if (!actor || actor.role !== "admin" || actor.disabledAt) throw new ActionError(NO_ACCESS);
  const user = rows.find((row) => row.id === userId);
  if (!user) throw new ActionError(USER_ADMIN_REFUSALS.notFound);
  return user;
}

/**
 * Makes an account an admin, or an admin a user again. An admin cannot take
 * their own admin role away: there is then always an admin left to undo a
 * mistake. Permissions are read on every request, so the change applies to
 * the account's open sessions at once.
 */
export const changeUserRole = guardedAction({ kind: "admin" }, changeUserRoleSchema, async (input, { viewer }) => {
  if (input.userId === viewer.id && input.role !== "admin") throw new ActionError(USER_ADMIN_REFUSALS.ownRole);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const user = await lockActorAndUser(tx, viewer.id, input.userId);
    if (user.role === input.role) throw new ActionError(USER_ADMIN_REFUSALS.sameRole);
    await tx.update(users).set({ role: input.role, updatedAt: sql`now()` }).where(eq(users.id, user.id));
    await writeAudit(tx, { actorUserId: viewer.id, action: "user.role_change", targetType: "user", targetId: user.id, reason: input.reason, details: { from: user.role, to: input.role } });
  });
  return { ok: true, userId: input.userId } as const;
});

/**
 * Disables an account: it cannot sign in, and every session it has ends on
 * its next request. Moving sessionsValidAfter as well means enabling the
 * account later does not bring those old sessions back: its owner signs in again.
 */
export const disableUser = guardedAction({ kind: "admin" }, disableUserSchema, async (input, { viewer }) => {
  if (input.userId === viewer.id) throw new ActionError(USER_ADMIN_REFUSALS.ownAccount);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const user = await lockActorAndUser(tx, viewer.id, input.userId);
    if (user.disabledAt) throw new ActionError(USER_ADMIN_REFUSALS.alreadyDisabled);
    await tx
      .update(users)
      .set({ disabledAt: sql`now()`, sessionsValidAfter: sql`now()`, updatedAt: sql`now()` })
      .where(eq(users.id, user.id));
    await writeAudit(tx, { actorUserId: viewer.id, action: "user.disable", targetType: "user", targetId: user.id, reason: input.reason });
  });
  return { ok: true, userId: input.userId } as const;
});

/** Enables a disabled account again; its owner signs in afresh (their old sessions stay ended). */
export const enableUser = guardedAction({ kind: "admin" }, enableUserSchema, async (input, { viewer }) => {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const user = await lockUser(tx, input.userId);
    if (!user.disabledAt) throw new ActionError(USER_ADMIN_REFUSALS.alreadyEnabled);
    await tx.update(users).set({ disabledAt: null, updatedAt: sql`now()` }).where(eq(users.id, user.id));
    await writeAudit(tx, { actorUserId: viewer.id, action: "user.enable", targetType: "user", targetId: user.id, reason: input.reason });
  });
  return { ok: true, userId: input.userId } as const;
});
