/**
 * A search's facet sample and total are kept in memory while nothing public
 * changes (lib/public-cache/remember.ts). Whatever is kept, a posting that
 * closes, or whose organization is suspended, leaves the counts of the very
 * next search once this server has heard of the change, and a new one enters.
 */
import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { getDb, type Database } from "@/db/client";
import { opportunities, organizations } from "@/db/schema";
import { insertOpportunity, insertOrganization } from "@/lib/testing/fixtures";
import { startListingsVersion } from "@/lib/public-cache/listings-version";
import { afterChange, until } from "@/lib/public-cache/testing";
import { currentStamp } from "@/lib/public-cache/stamp.mjs";
import { searchOpportunities, type SearchResult } from "./search";

let db: Database;

const countyCount = (result: SearchResult, slug: string) => result.facets!.counties.find((county) => county.slug === slug)!.count;
const skillCount = (result: SearchResult, skill: string) => result.facets!.skills.find((facet) => facet.value === skill)!.count;

beforeAll(async () => {
  db = await getDb();
  await startListingsVersion();
  await until(() => currentStamp() !== null, "listening");
});

it("counts a search afresh after a change to what is public, and only then", async () => {
  const organization = await insertOrganization(db);
  const other = await insertOrganization(db);
  let first = 0;
  await afterChange(async () => {
    first = (await insertOpportunity(db, organization.id, { title: "Lantern walk", skillLevel: "none" }, ["knox"])).id;
    await insertOpportunity(db, other.id, { title: "Lantern repair", skillLevel: "none" }, ["knox"]);
  });
  // Facets, and a total counted apart from the page (newest order, county and skill level chosen).
  const search = { q: "lantern", county: ["knox"], skill: "none" as const, sort: "newest" as const };
  const before = await searchOpportunities(search);
  expect(before.total).toEqual({ count: 2, capped: false });
  expect(countyCount(before, "knox")).toBe(2);
  expect(await searchOpportunities(search)).toEqual(before);

  await afterChange(() => db.update(opportunities).set({ status: "closed" }).where(eq(opportunities.id, first)));
  const closed = await searchOpportunities(search);
  expect(closed.total).toEqual({ count: 1, capped: false });
  expect(countyCount(closed, "knox")).toBe(1);
  expect(skillCount(closed, "none")).toBe(1);

  await afterChange(() => db.update(organizations).set({ status: "suspended" }).where(eq(organizations.id, other.id)));
  const suspended = await searchOpportunities(search);
  expect(suspended.total).toEqual({ count: 0, capped: false });
  expect(countyCount(suspended, "knox")).toBe(0);

  await afterChange(() => insertOpportunity(db, organization.id, { title: "Lantern festival", skillLevel: "none" }, ["knox"]));
  const added = await searchOpportunities(search);
  expect(added.total).toEqual({ count: 1, capped: false });
  expect(countyCount(added, "knox")).toBe(1);
});
