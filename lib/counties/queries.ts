import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/db/client";
import { counties, opportunities, opportunityCounties, organizations } from "@/db/schema";
import { isPublicOpportunity } from "@/lib/opportunities/public";

export type CountyRef = { id: number; slug: string; name: string; fips: string };

/** The counties, by name. Cached for one request. */
export const listCounties = cache(async (): Promise<CountyRef[]> => {
  const db = await getDb();
  return db
    .select({ id: counties.id, slug: counties.slug, name: counties.name, fips: counties.fips })
    .from(counties)
    .orderBy(asc(counties.name));
});

export async function getCounty(slug: string): Promise<CountyRef | null> {
  return (await listCounties()).find((county) => county.slug === slug) ?? null;
}

/**
 * Open (public) postings per county. A statewide posting serves every county,
 * so it counts in each.
 */
export async function countOpenOpportunitiesByCounty(): Promise<(CountyRef & { open: number })[]> {
  const db = await getDb();
  const publicIds = db
    .select({ id: opportunities.id, statewide: opportunities.statewide })
    .from(opportunities)
    .innerJoin(organizations, eq(organizations.id, opportunities.organizationId))
    .where(isPublicOpportunity)
    .as("open");
  const [local, statewide] = await Promise.all([
    db
      .select({ countyId: opportunityCounties.countyId, open: sql<number>`count(*)::int` })
      .from(opportunityCounties)
      .innerJoin(publicIds, eq(publicIds.id, opportunityCounties.opportunityId))
      .where(eq(publicIds.statewide, false))
      .groupBy(opportunityCounties.countyId),
    db.select({ open: sql<number>`count(*)::int` }).from(publicIds).where(eq(publicIds.statewide, true)),
  ]);
  const byCounty = new Map(local.map((row) => [row.countyId, row.open]));
  const everywhere = statewide[0]?.open ?? 0;
  return (await listCounties()).map((county) => ({ ...county, open: (byCounty.get(county.id) ?? 0) + everywhere }));
}
