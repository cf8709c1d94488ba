import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { counties, memberships, organizationCounties, organizations, users } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";

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
    db
      .select({ organizationId: organizationCounties.organizationId, name: counties.name })
      .from(organizationCounties)
      .innerJoin(counties, eq(counties.id, organizationCounties.countyId))
      .where(inArray(organizationCounties.organizationId, ids))
      .orderBy(asc(counties.name)),
    db
      .select({ organizationId: memberships.organizationId, name: users.name, email: users.email })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(inArray(memberships.organizationId, ids)),
  ]);
  return pending.map((organization) => ({
    ...organization,
    counties: served.filter((row) => row.organizationId === organization.id).map((row) => row.name),
    members: owners.filter((row) => row.organizationId === organization.id),
  }));
}
