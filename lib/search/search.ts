import "server-only";
import { and, asc, desc, eq, gt, inArray, lte, or, sql, type SQL } from "drizzle-orm";
import { getDb, rowsOf, type Database } from "@/db/client";
import { counties, opportunities, opportunityCounties, organizations } from "@/db/schema";
import { listCounties, type CountyRef } from "@/lib/counties/queries";
import { isPublicOpportunity, publicOpportunityColumns } from "@/lib/opportunities/public";
import { SKILL_LEVELS, type SkillLevel } from "@/lib/opportunities/vocabulary";
import { COUNT_CAP, PAGE_SIZE, type SearchParams, type Sort } from "./params";

/**
 * What the public search filters on: the URL contract, plus the organization
 * for its own page and a publication window for alert digests
 * (lib/alerts/digest.ts), which must list what the site shows and nothing else.
 */
export type SearchFilters = Partial<SearchParams> & {
  organizationId?: number;
  /** Published strictly after this moment. */
  publishedAfter?: Date;
  /** Published at or before this moment: consecutive windows share no posting and miss none. */
  publishedUntil?: Date;
};

export type OpportunitySummary = Omit<Awaited<ReturnType<typeof fetchPage>>[number], "id"> & {
  counties: { slug: string; name: string }[];
};

/** A count that stops at COUNT_CAP: `capped` means "at least COUNT_CAP". */
export type CappedCount = { count: number; capped: boolean };

export type SearchResult = {
  items: OpportunitySummary[];
  total: CappedCount;
  page: number;
  pageCount: number;
  pageSize: number;
  sort: Sort;
  facets: {
    counties: (Pick<CountyRef, "slug" | "name"> & CappedCount)[];
    skills: ({ value: SkillLevel } & CappedCount)[];
  } | null;
};

type Options = {
  pageSize?: number;
  facets?: boolean;
  /** How many postings may match the other filters for facets to be counted in one pass. */
  facetSinglePassLimit?: number;
};

/**
 * The public search. Only public postings (invariant 1). Counts stop at
 * COUNT_CAP and ranking only orders the newest COUNT_CAP matches, so a common
 * word costs little more than a rare one. The facet counts of a broad search
 * still read thousands of rows: see `npm run bench:search` for the figures.
 */
export async function searchOpportunities(filters: SearchFilters, options: Options = {}): Promise<SearchResult> {
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const page = Math.max(1, filters.page ?? 1);
  const sort: Sort = filters.sort ?? (filters.q ? "relevance" : "newest");
  const allCounties = await listCounties();
  const countyIds = idsOf(allCounties, filters.county ?? []);

  const [counts, rows] = await Promise.all([
    countMatches(filters, countyIds, allCounties, options.facets ?? true, options.facetSinglePassLimit ?? FACET_SINGLE_PASS_LIMIT),
    fetchPage(filters, countyIds, sort, pageSize, (page - 1) * pageSize),
  ]);
  const servedCounties = await countiesOf(rows.map((row) => row.id));

  const total = counts.total;
  return {
    items: rows.map(({ id, ...row }) => ({ ...row, counties: servedCounties.get(id) ?? [] })),
    total,
    page,
    pageCount: Math.ceil(Math.min(total.count, COUNT_CAP) / pageSize),
    pageSize,
    sort,
    facets: counts.facets,
  };
}

function idsOf(all: CountyRef[], slugs: string[]): number[] {
  return all.filter((county) => slugs.includes(county.slug)).map((county) => county.id);
}

function keywordQuery(q: string): SQL {
  return sql`websearch_to_tsquery('english', ${q})`;
}

/** The WHERE clause of a search; `countyIds` and `skill` are given apart so a facet can replace them. */
function matching(filters: SearchFilters, countyIds: number[], skill: SkillLevel | undefined): SQL {
  const conditions: (SQL | undefined)[] = [isPublicOpportunity];
  if (filters.q) conditions.push(sql`${opportunities.searchVector} @@ ${keywordQuery(filters.q)}`);
  if (countyIds.length > 0) conditions.push(servesAnyOf(countyIds));
  if (skill) conditions.push(eq(opportunities.skillLevel, skill));
  if (filters.type) conditions.push(eq(opportunities.type, filters.type));
  if (filters.cause) conditions.push(sql`${opportunities.causes} @> ARRAY[${filters.cause}::cause]`);
  if (filters.remote) conditions.push(eq(opportunities.remote, true));
  if (filters.organizationId !== undefined) conditions.push(eq(opportunities.organizationId, filters.organizationId));
  if (filters.publishedAfter) conditions.push(gt(opportunities.publishedAt, filters.publishedAfter));
  if (filters.publishedUntil) conditions.push(lte(opportunities.publishedAt, filters.publishedUntil));
  return and(...conditions)!;
}

/** A statewide posting serves every county. */
function servesAnyOf(countyIds: number[]): SQL {
  return or(
    eq(opportunities.statewide, true),
    sql`exists (select 1 from ${opportunityCounties} where ${opportunityCounties.opportunityId} = ${opportunities.id} and ${inArray(opportunityCounties.countyId, countyIds)})`,
  )!;
}

function fromPublic(where: SQL) {
  return sql`from ${opportunities} inner join ${organizations} on ${organizations.id} = ${opportunities.organizationId} where ${where}`;
}

/** count(*) of at most cap + 1 rows, so a common word costs no more than a rare one. */
function cappedCount(where: SQL, cap = COUNT_CAP): SQL {
  return sql`(select count(*)::int from (select 1 ${fromPublic(where)} limit ${cap + 1}) as capped)`;
}

/**
 * The postings that name one county (statewide ones are counted once, apart),
 * stopping at COUNT_CAP matches. The planner may still read many postings to
 * find them when the county's matches are sparse.
 */
function cappedCountyCount(where: SQL, countyId: number, cap: number): SQL {
  return sql`(select count(*)::int from (select 1 from ${opportunityCounties}
    inner join ${opportunities} on ${opportunities.id} = ${opportunityCounties.opportunityId}
    inner join ${organizations} on ${organizations.id} = ${opportunities.organizationId}
    where ${opportunityCounties.countyId} = ${countyId} and ${opportunities.statewide} = false and ${where}
    limit ${cap + 1}) as capped)`;
}

function capped(n: number, cap = COUNT_CAP): CappedCount {
  return n > cap ? { count: cap, capped: true } : { count: n, capped: false };
}

/** A search whose filters other than county and skill match at most this many postings gets its facets in one pass. */
export const FACET_SINGLE_PASS_LIMIT = 5000;
/**
 * Beyond that, each facet value is counted apart and stops at this many
 * ("100+"): finding a thousand matches of a sparse county in a broad search
 * reads tens of thousands of postings, a hundred reads a tenth of that.
 */
export const BROAD_FACET_CAP = 100;

/**
 * The total and the facet counts. A county's count is the postings naming it
 * plus the statewide ones, which serve every county; each facet applies every
 * other filter of the search.
 *
 * Facets are counted in one pass over the postings that match the other
 * filters when there are at most FACET_SINGLE_PASS_LIMIT of them (most
 * searches); a broader search counts each value apart, each stopping at
 * BROAD_FACET_CAP.
 */
async function countMatches(
  filters: SearchFilters,
  countyIds: number[],
  allCounties: CountyRef[],
  withFacets: boolean,
  singlePassLimit: number,
) {
  const db = await getDb();
  const total = cappedCount(matching(filters, countyIds, filters.skill));
  if (!withFacets) {
    const [row] = rowsOf<{ total: number }>(await db.execute(sql`select ${total} as total`));
    return { total: capped(Number(row?.total ?? 0)), facets: null };
  }

  const single = await countFacetsInOnePass(db, filters, countyIds, total, singlePassLimit);
  if (single.base <= singlePassLimit) {
    return {
      total: capped(single.total),
      facets: {
        counties: allCounties.map((county) => ({ slug: county.slug, name: county.name, ...capped(single.statewide + (single.counties[county.id] ?? 0)) })),
        skills: SKILL_LEVELS.map((skill) => ({ value: skill, ...capped(single.skills[skill] ?? 0) })),
      },
    };
  }

  const anyCounty = matching(filters, [], filters.skill);
  const columns: SQL[] = [cappedCount(and(anyCounty, eq(opportunities.statewide, true))!, BROAD_FACET_CAP)];
  for (const county of allCounties) columns.push(cappedCountyCount(anyCounty, county.id, BROAD_FACET_CAP));
  for (const skill of SKILL_LEVELS) columns.push(cappedCount(matching(filters, countyIds, skill), BROAD_FACET_CAP));
  const selected = sql.join(
    columns.map((column, i) => sql`${column} as ${sql.identifier(`c${i}`)}`),
    sql`, `,
  );
  const [row] = rowsOf<Record<string, number>>(await db.execute(sql`select ${selected}`));
  const column = (i: number) => Number(row?.[`c${i}`] ?? 0);
  return {
    total: capped(single.total),
    facets: {
      counties: allCounties.map((county, i) => ({ slug: county.slug, name: county.name, ...capped(column(0) + column(1 + i), BROAD_FACET_CAP) })),
      skills: SKILL_LEVELS.map((skill, i) => ({ value: skill, ...capped(column(1 + allCounties.length + i), BROAD_FACET_CAP) })),
    },
  };
}

/** The postings matching every filter but county and skill, at most one more than the single-pass limit. */
async function countFacetsInOnePass(db: Database, filters: SearchFilters, countyIds: number[], total: SQL, limit: number) {
  const base = sql`select ${opportunities.id} as id, ${opportunities.skillLevel} as skill_level, ${opportunities.statewide} as statewide
    ${fromPublic(matching(filters, [], undefined))} limit ${limit + 1}`;
  const skillMatches = filters.skill ? sql`b.skill_level = ${filters.skill}` : sql`true`;
  const countyMatches =
    countyIds.length > 0
      ? sql`(b.statewide or exists (select 1 from ${opportunityCounties} oc where oc.opportunity_id = b.id and oc.county_id in ${countyIds}))`
      : sql`true`;
  const [row] = rowsOf<{ total: number; base: number; statewide: number; counties: unknown; skills: unknown }>(
    await db.execute(sql`with b as (${base})
      select ${total} as total,
        (select count(*)::int from b) as base,
        (select count(*)::int from b where b.statewide and ${skillMatches}) as statewide,
        (select coalesce(json_object_agg(county_id, n), '{}')::text from (
          select oc.county_id, count(*)::int as n from b join ${opportunityCounties} oc on oc.opportunity_id = b.id
          where not b.statewide and ${skillMatches} group by oc.county_id) as by_county) as counties,
        (select coalesce(json_object_agg(skill_level, n), '{}')::text from (
          select b.skill_level, count(*)::int as n from b where ${countyMatches} group by b.skill_level) as by_skill) as skills`),
  );
  return {
    total: Number(row?.total ?? 0),
    base: Number(row?.base ?? 0),
    statewide: Number(row?.statewide ?? 0),
    counties: JSON.parse(String(row?.counties ?? "{}")) as Record<string, number>,
    skills: JSON.parse(String(row?.skills ?? "{}")) as Record<string, number>,
  };
}

async function fetchPage(filters: SearchFilters, countyIds: number[], sort: Sort, limit: number, offset: number) {
  return buildPageQuery(await getDb(), filters, countyIds, sort, limit, offset);
}

/** The query of one page of results; exported so a test can EXPLAIN exactly what the site runs. */
export function buildPageQuery(db: Database, filters: SearchFilters, countyIds: number[], sort: Sort, limit: number, offset: number) {
  const where = matching(filters, countyIds, filters.skill);
  const base = () =>
    db
      .select(publicOpportunityColumns)
      .from(opportunities)
      .innerJoin(organizations, eq(organizations.id, opportunities.organizationId));

  if (sort === "relevance" && filters.q) {
    // Rank only the newest COUNT_CAP matches: ranking every match of a common word costs seconds at scale.
    const candidates = db
      .select({
        candidateId: opportunities.id,
        rank: sql<number>`ts_rank(${opportunities.searchVector}, ${keywordQuery(filters.q)})`.as("rank"),
      })
      .from(opportunities)
      .innerJoin(organizations, eq(organizations.id, opportunities.organizationId))
      .where(where)
      .orderBy(desc(opportunities.publishedAt), desc(opportunities.id))
      .limit(COUNT_CAP)
      .as("candidates");
    return base()
      .innerJoin(candidates, eq(candidates.candidateId, opportunities.id))
      .orderBy(desc(candidates.rank), desc(opportunities.publishedAt), desc(opportunities.id))
      .limit(limit)
      .offset(offset);
  }

  const order = {
    relevance: [desc(opportunities.publishedAt), desc(opportunities.id)],
    newest: [desc(opportunities.publishedAt), desc(opportunities.id)],
    soonest: [sql`${opportunities.startsAt} asc nulls last`, desc(opportunities.publishedAt), desc(opportunities.id)],
    closing: [asc(opportunities.expiresAt), asc(opportunities.id)],
  }[sort];
  return base().where(where).orderBy(...order).limit(limit).offset(offset);
}

/** The counties each posting serves, by name. */
export async function countiesOf(ids: number[]): Promise<Map<number, { slug: string; name: string }[]>> {
  const byOpportunity = new Map<number, { slug: string; name: string }[]>();
  if (ids.length === 0) return byOpportunity;
  const db = await getDb();
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
