import { and, eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { counties, opportunities, opportunityCounties } from "@/db/schema";
import { insertOpportunity, insertOrganization } from "@/lib/testing/fixtures";

/** opportunities.county_ids, which the search reads, against opportunity_counties, where the counties are written. */
describe("a posting's county ids", () => {
  it("follow its counties through insert, update and delete, sorted, in bulk too", async () => {
    const db = await getDb();
    const organization = await insertOrganization(db);
    const ids = async (slugs: string[]) => (await db.select({ id: counties.id }).from(counties).where(inArray(counties.slug, slugs))).map((c) => c.id).sort((a, b) => a - b);
    const countyIdsOf = async (id: number) => (await db.select({ countyIds: opportunities.countyIds }).from(opportunities).where(eq(opportunities.id, id)))[0]!.countyIds;

    const first = await insertOpportunity(db, organization.id, {}, ["york", "knox", "waldo"]);
    const second = await insertOpportunity(db, organization.id, {}, ["york"]);
    expect(await countyIdsOf(first.id)).toEqual(await ids(["york", "knox", "waldo"]));

    const [knox] = await ids(["knox"]);
    const [penobscot] = await ids(["penobscot"]);
    await db.update(opportunityCounties).set({ countyId: penobscot! }).where(and(eq(opportunityCounties.opportunityId, first.id), eq(opportunityCounties.countyId, knox!)));
    expect(await countyIdsOf(first.id)).toEqual(await ids(["york", "penobscot", "waldo"]));

    await db.delete(opportunityCounties).where(eq(opportunityCounties.opportunityId, first.id));
    expect(await countyIdsOf(first.id)).toEqual([]);
    expect(await countyIdsOf(second.id)).toEqual(await ids(["york"]));

    // One statement for many postings, as the synthetic seed does.
    await db.execute(sql`insert into opportunity_counties (opportunity_id, county_id) select o.id, c.id from opportunities o, counties c where o.id in (${first.id}, ${second.id}) and c.slug in ('aroostook', 'york') on conflict do nothing`);
    expect(await countyIdsOf(first.id)).toEqual(await ids(["aroostook", "york"]));
    expect(await countyIdsOf(second.id)).toEqual(await ids(["aroostook", "york"]));
  });
});
