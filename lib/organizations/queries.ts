import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { cache } from "react";
import { getReadDb } from "@/db/client";
import { counties, organizationCounties, organizations } from "@/db/schema";
import { parseSlug } from "@/lib/slug";
import { publicLocation, publicOrganizationColumns } from "./public";

/** An approved organization's public profile; null for any other status. Cached for one request. */
export const getPublicOrganization = cache(async (rawSlug: string) => {
  const slug = parseSlug(rawSlug);
  if (!slug) return null;
  const db = await getReadDb();
  const [organization] = await db
    .select({
      id: organizations.id,
      ...publicOrganizationColumns,
    })
    .from(organizations)
    .where(and(eq(organizations.slug, slug), eq(organizations.status, "approved")))
    .limit(1);
  if (!organization) return null;
  const served = await db
    .select({ slug: counties.slug, name: counties.name })
    .from(organizationCounties)
    .innerJoin(counties, eq(counties.id, organizationCounties.countyId))
    .where(eq(organizationCounties.organizationId, organization.id))
    .orderBy(asc(counties.name));
  return { ...publicLocation(organization), counties: served };
});
