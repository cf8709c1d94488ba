import "server-only";
import { countiesServedByEach, countiesServedByOrganization } from "./counties";
import { and, asc, desc, eq, getTableColumns, ilike, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, opportunities, organizations, users } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { containsPattern } from "@/lib/text-match";

/** Applications waiting for a decision, oldest first, with everything the organization told us and who applied. */
export async function listPendingOrganizations(admin: Viewer) {
  if (admin.role !== "admin") throw new Error("Only admins read the queue.");
  const db = await getDb();
  const pending = await db
    .select({
      id: organizations.id,
      slug: organizations.slug,
      name: organizations.name,
      kind: organizations.kind,
      description: organizations.description,
      website: organizations.website,
      phone: organizations.phone,
      publicEmail: organizations.publicEmail,
      town: organizations.town,
      confidentialLocation: organizations.confidentialLocation,
      ein: organizations.ein,
      createdAt: organizations.createdAt,
    })
    .from(organizations)
    .where(eq(organizations.status, "pending"))
    .orderBy(asc(organizations.createdAt));
  const ids = pending.map((organization) => organization.id);
  if (ids.length === 0) return [];
  const [served, owners] = await Promise.all([
    countiesServedByEach(db, ids),
    db
      .select({ organizationId: memberships.organizationId, name: users.name, email: users.email })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(inArray(memberships.organizationId, ids)),
  ]);
  return pending.map((organization) => ({
    ...organization,
    counties: (served.get(organization.id) ?? []).map((county) => county.name),
    members: owners.filter((row) => row.organizationId === organization.id),
  }));
}

const ADMIN_PAGE_SIZE = 25;
/** A verification older than this is due for another look. */
export const REVIEW_AFTER_DAYS = 365;

type OrganizationStatus = (typeof organizations.$inferSelect)["status"];

/** Every organization of one status, by name, with a search on the name; for the admins' list. */
export async function listOrganizationsForAdmin(admin: Viewer, filters: { status: OrganizationStatus; q?: string; page: number }) {
  if (admin.role !== "admin") throw new Error("Only admins list organizations.");
  const db = await getDb();
  const where = and(
    eq(organizations.status, filters.status),
    filters.q ? ilike(organizations.name, containsPattern(filters.q)) : undefined,
  );
  const [rows, total] = await Promise.all([
    db
      .select({
        id: organizations.id,
        name: organizations.name,
        kind: organizations.kind,
        town: organizations.town,
        createdAt: organizations.createdAt,
        verifiedAt: organizations.verifiedAt,
        dueForReview: sql<boolean>`coalesce(${organizations.verifiedAt} < now() - make_interval(days => ${REVIEW_AFTER_DAYS}), false)`,
      })
      .from(organizations)
      .where(where)
      .orderBy(filters.status === "pending" ? asc(organizations.createdAt) : asc(organizations.name))
      .limit(ADMIN_PAGE_SIZE)
      .offset((filters.page - 1) * ADMIN_PAGE_SIZE),
    db.$count(organizations, where),
  ]);
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)) };
}

/** One organization with everything the admins need to decide about it; null when there is none. */
export async function getOrganizationForAdmin(admin: Viewer, organizationId: number) {
  if (admin.role !== "admin") throw new Error("Only admins read organizations this way.");
  if (!Number.isSafeInteger(organizationId) || organizationId <= 0 || organizationId > 2_147_483_647) return null;
  const db = await getDb();
  const [organization] = await db
    .select({
      ...getTableColumns(organizations),
      dueForReview: sql<boolean>`coalesce(${organizations.verifiedAt} < now() - make_interval(days => ${REVIEW_AFTER_DAYS}), false)`,
    })
    .from(organizations)
    .where(eq(organizations.id, organizationId))
    .limit(1);
  if (!organization) return null;
  const [served, members, postings] = await Promise.all([
    countiesServedByOrganization(db, organizationId),
    db
      .select({ id: users.id, name: users.name, email: users.email, role: memberships.role, disabledAt: users.disabledAt })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.organizationId, organizationId))
      .orderBy(asc(users.name)),
    db
      .select({
        id: opportunities.id,
        slug: opportunities.slug,
        title: opportunities.title,
        status: opportunities.status,
        expiresAt: opportunities.expiresAt,
        moderationReason: opportunities.moderationReason,
      })
      .from(opportunities)
      .where(eq(opportunities.organizationId, organizationId))
      .orderBy(desc(opportunities.updatedAt)),
  ]);
  return { ...organization, counties: served.map((county) => county.name), members, postings };
}
