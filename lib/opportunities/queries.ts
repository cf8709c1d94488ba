import "server-only";
import { and, eq } from "drizzle-orm";
import { cache } from "react";
import { getReadDb } from "@/db/client";
import { opportunities, organizations } from "@/db/schema";
import { publicOrganizationColumns } from "@/lib/organizations/public";
import { parseSlug } from "@/lib/slug";
import { isPublicOpportunity } from "@/lib/public-postings";
import { countiesOf, publicOpportunityColumns } from "./public";

/**
 * One public posting with everything a volunteer needs to decide; null when
 * it is not public. Cached for one request (the page and its metadata share it).
 */
export const getPublicOpportunity = cache(async (rawSlug: string) => {
  const slug = parseSlug(rawSlug);
  if (!slug) return null;
  const db = await getReadDb();
  const [row] = await db
    .select({
      ...publicOpportunityColumns,
      description: opportunities.description,
      schedule: opportunities.schedule,
      commitment: opportunities.commitment,
      minimumAge: opportunities.minimumAge,
      backgroundCheck: opportunities.backgroundCheck,
      trainingProvided: opportunities.trainingProvided,
      trainingDetails: opportunities.trainingDetails,
      requirements: opportunities.requirements,
      spots: opportunities.spots,
      placesTaken: opportunities.placesTaken,
      updatedAt: opportunities.updatedAt,
      organization: publicOrganizationColumns,
    })
    .from(opportunities)
    .innerJoin(organizations, eq(organizations.id, opportunities.organizationId))
    .where(and(eq(opportunities.slug, slug), isPublicOpportunity))
    .limit(1);
  if (!row) return null;
  const { id, organization, ...posting } = row;
  const served = await countiesOf([id]);
  return {
    ...posting,
    counties: served.get(id) ?? [],
    organization,
  };
});
