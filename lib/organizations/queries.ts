import "server-only";
import { countiesServedByOrganization } from "./counties";
import { and, eq } from "drizzle-orm";
import { cache } from "react";
import { getReadDb } from "@/db/client";
import { organizations } from "@/db/schema";
import { parseSlug } from "@/lib/slug";
import { publicOrganizationColumns } from "./public";

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
  const served = await countiesServedByOrganization(db, organization.id);
  return { ...organization, counties: served };
});
