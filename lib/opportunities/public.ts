import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { getReadDb } from "@/db/client";
import { counties, opportunities, opportunityCounties, organizations } from "@/db/schema";
import { publicTown } from "@/lib/organizations/public";
import { isFull } from "@/lib/public-postings";

/** The columns of a posting that anyone may see. Nothing personal, no address. */
export const publicOpportunityColumns = {
  id: opportunities.id,
  slug: opportunities.slug,
  title: opportunities.title,
  summary: opportunities.summary,
  type: opportunities.type,
  skillLevel: opportunities.skillLevel,
  causes: opportunities.causes,
  statewide: opportunities.statewide,
  remote: opportunities.remote,
  // A confidential location is shown by county only, whatever the posting says.
  town: publicTown(opportunities.town),
  startsAt: opportunities.startsAt,
  endsAt: opportunities.endsAt,
  publishedAt: opportunities.publishedAt,
  expiresAt: opportunities.expiresAt,
  full: isFull,
  organizationSlug: organizations.slug,
  organizationName: organizations.name,
};

/** The counties each posting serves, by name. */
export async function countiesOf(ids: number[]): Promise<Map<number, { slug: string; name: string }[]>> {
  const byOpportunity = new Map<number, { slug: string; name: string }[]>();
  if (ids.length === 0) return byOpportunity;
  const db = await getReadDb();
  const rows = await db
    .select({ opportunityId: opportunityCounties.opportunityId, slug: counties.slug, name: counties.name })
    .from(opportunityCounties)
    .innerJoin(counties, eq(counties.id, opportunityCounties.countyId))
    .where(inArray(opportunityCounties.opportunityId, ids))
    .orderBy(asc(counties.name));
  for (const { opportunityId, ...county } of rows) {
    byOpportunity.set(opportunityId, [...(byOpportunity.get(opportunityId) ?? []), county]);
  }
  return byOpportunity;
}
