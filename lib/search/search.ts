import "server-only";
import { and, asc, desc, eq, gt, inArray, lte, sql, type SQL } from "drizzle-orm";
import { getDb, getReadDb, rowsOf, type Database } from "@/db/client";
import { opportunities, organizations } from "@/db/schema";
import { listCounties, type CountyRef } from "@/lib/counties/queries";
import { rememberPublic } from "@/lib/public-cache/remember";
import { publicOpportunityColumns } from "@/lib/opportunities/public";
import { isFull, isPublicOpportunity } from "@/lib/public-postings";
import { SKILL_LEVELS, type SkillLevel } from "@/lib/vocabulary";
import { errorSummary } from "@/lib/logging/error-summary";
import {
  listsAskedForAtStart,
  rankedOrMended,
  readListsAhead,
  sampleFromMemory,
  takeKeptListsAtStart,
  warmSearchesOfSeveralWords,
  type ListQuery,
  type SampledPosting,
} from "./known-matches";
import { lexemesOf, parseWordQuery, quotedLexeme } from "./word-query";
import { COUNT_CAP, PAGE_SIZE, type SearchParams, type Sort } from "./params";

/**
 * What the public search filters on: the URL contract, plus the organization
 * for its own page and a publication window for alert digests
 * (lib/alerts/digest.ts), which must list what the site shows and nothing else.
 */
export type SearchFilters = Partial<SearchParams> & {
  organizationId?: number;
  /** `q` as PostgreSQL parsed it (websearch_to_tsquery), when already known: read once, not once a row. */
  parsedQ?: string;
  /** Published strictly after this moment. */
  publishedAfter?: Date;
  /** Published at or before this moment: consecutive windows share no posting and miss none. */
  publishedUntil?: Date;
  /** Only postings in the chosen counties ("local", as `local=1`), or only the statewide and remote ones ("wider"). */
  reach?: "local" | "wider";
};

export type OpportunitySummary = Omit<Awaited<ReturnType<typeof buildPageQuery>>[number], "id" | "countyIds" | "matches"> & {
  counties: { slug: string; name: string }[];
};

/** A count that stops at COUNT_CAP: `capped` means "at least COUNT_CAP". */
type CappedCount = { count: number; capped: boolean };

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
  /** How many of the postings matching the other filters the facets are counted over, at most. */
  facetSample?: number;
  /** Read the primary rather than a replica (DATABASE_READ_URL): for alert digests, which must miss nothing just published. */
  primary?: boolean;
  /**
   * With counties chosen, list the postings in those counties before the statewide and remote
   * ones (the default). Feeds and digests list strictly by date.
   */
  localFirst?: boolean;
};

/**
 * The public search. Only public postings (invariant 1). Its cost does not
 * grow with the number of matches: the total stops at COUNT_CAP ("1,000+"),
 * ranking orders only the newest COUNT_CAP matches, and the facets are counted
 * over at most FACET_SAMPLE postings that match the other filters (exact
 * when there are no more, "at least" when there are).
 */
export async function searchOpportunities(filters: SearchFilters, options: Options = {}): Promise<SearchResult> {
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const page = Math.max(1, filters.page ?? 1);
  const sort: Sort = filters.sort ?? (filters.q ? "relevance" : "newest");
  // Not a digest's read of the primary: the mail sender runs in instrumentation.ts's copy of this module, which no page searches.
  if (!options.primary && listsAskedForAtStart()) {
    void readListsOfCommonWords().catch((error: unknown) => console.error(`[search] the lists of matches were not taken or read at start: ${errorSummary(error)}`));
  }
  const db = options.primary ? await getDb() : await getReadDb();
  const allCounties = await listCounties();
  const countyIds = idsOf(allCounties, filters.county ?? []);
  if (filters.q && filters.parsedQ === undefined) filters = { ...filters, parsedQ: await parseKeywords(db, filters.q) };

  // What the facets and the total are read from is kept while nothing public changes: the same
  // words and filters come back page after page. The alert digests read the primary afresh.
  const remember = options.primary ? <T>(_key: string, read: () => Promise<T>) => read() : undefined;
  // The list of the search's matches held in memory may answer its page and its facets (not a read of the primary).
  const held = options.primary ? null : { list: matchList(filters), allCounties };
  const [sampled, rows] = await Promise.all([
    options.facets === false ? null : countFacets(db, filters, countyIds, allCounties, options.facetSample ?? FACET_SAMPLE, remember, held?.list),
    pageOf(db, filters, countyIds, sort, pageSize, (page - 1) * pageSize, options.localFirst ?? true, held),
  ]);
  const countedWithPage = rows[0]?.matches;
  const total =
    sampled?.total ?? (countedWithPage != null ? capped(Number(countedWithPage)) : await countMatches(db, filters, countyIds, remember));
  const byId = new Map(allCounties.map((county) => [county.id, county]));

  return {
    items: rows.map((row) => {
      const { id, countyIds: served, matches, ...summary } = row;
      void id;
      void matches;
      return { ...summary, counties: namesOf(served, byId) };
    }),
    total,
    page,
    pageCount: Math.ceil(Math.min(total.count, COUNT_CAP) / pageSize),
    pageSize,
    sort,
    facets: sampled?.facets ?? null,
  };
}

function idsOf(all: CountyRef[], slugs: string[]): number[] {
  return all.filter((county) => slugs.includes(county.slug)).map((county) => county.id);
}

/** The counties a posting serves, by name, from its county ids. */
function namesOf(ids: number[], byId: Map<number, CountyRef>): { slug: string; name: string }[] {
  return ids
    .map((id) => byId.get(id))
    .filter((county): county is CountyRef => county !== undefined)
    .map(({ slug, name }) => ({ slug, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The keywords as a tsquery: given as the parsed text when known, so a scan does not parse them again for each row. */
function keywordQuery(filters: SearchFilters): SQL {
  return filters.parsedQ !== undefined ? sql`${filters.parsedQ}::tsquery` : sql`websearch_to_tsquery('english', ${filters.q ?? ""})`;
}

/** Recently parsed keywords: parsing is a round trip, and the same words come back often. */
const parsedKeywords = new Map<string, string>();

async function parseKeywords(db: Database, q: string): Promise<string> {
  const known = parsedKeywords.get(q);
  if (known !== undefined) return known;
  const [row] = rowsOf<{ parsed: string }>(await db.execute(sql`select websearch_to_tsquery('english', ${q})::text as parsed`));
  const parsed = row?.parsed ?? "";
  if (parsedKeywords.size >= 1000) parsedKeywords.delete(parsedKeywords.keys().next().value!);
  parsedKeywords.set(q, parsed);
  return parsed;
}

/** A posting in the counties it names: neither statewide nor remote. */
const isLocal = sql`not ${opportunities.statewide} and not ${opportunities.remote}`;

/** The WHERE clause of a search; `countyIds` and `skill` are given apart so the facets can leave them out. */
function matching(filters: SearchFilters, countyIds: number[], skill: SkillLevel | undefined): SQL {
  const conditions: (SQL | undefined)[] = [isPublicOpportunity];
  if (filters.local || filters.reach === "local") conditions.push(isLocal);
  else if (filters.reach === "wider") conditions.push(sql`not (${isLocal})`);
  if (filters.q) conditions.push(sql`${opportunities.searchVector} @@ ${keywordQuery(filters)}`);
  if (countyIds.length > 0) conditions.push(servesAnyOf(countyIds));
  if (skill) conditions.push(eq(opportunities.skillLevel, skill));
  if (filters.type) conditions.push(eq(opportunities.type, filters.type));
  if (filters.cause) conditions.push(sql`${opportunities.causes} @> ARRAY[${filters.cause}::cause]`);
  if (filters.remote) conditions.push(eq(opportunities.remote, true));
  // The one filter on places taken: a list of matches read with it is kept only while they do not change (matchList).
  if (filters.open) conditions.push(sql`not ${isFull}`);
  if (filters.youth) conditions.push(sql`(${opportunities.minimumAge} is null or ${opportunities.minimumAge} < 18)`);
  if (filters.nocheck) conditions.push(eq(opportunities.backgroundCheck, false));
  if (filters.training) conditions.push(eq(opportunities.trainingProvided, true));
  if (filters.organizationId !== undefined) conditions.push(eq(opportunities.organizationId, filters.organizationId));
  if (filters.publishedAfter) conditions.push(gt(opportunities.publishedAt, filters.publishedAfter));
  if (filters.publishedUntil) conditions.push(lte(opportunities.publishedAt, filters.publishedUntil));
  return and(...conditions)!;
}

/**
 * A statewide posting serves every county. The ids are written into the query
 * as a literal, so the planner can estimate the GIN index from them; they are
 * the ids of rows of the counties table (idsOf), never what a visitor typed,
 * and anything but an integer is refused before it reaches the SQL.
 */
function servesAnyOf(countyIds: number[]): SQL {
  if (!countyIds.every((id) => Number.isSafeInteger(id))) throw new Error("County ids must be integers.");
  return sql`(${opportunities.statewide} or ${opportunities.countyIds} && ${sql.raw(`'{${countyIds.join(",")}}'::integer[]`)})`;
}

function fromPublic(where: SQL) {
  return sql`from ${opportunities} inner join ${organizations} on ${organizations.id} = ${opportunities.organizationId} where ${where}`;
}

/** count(*) of at most `limit` rows, so a common word costs no more than a rare one. */
function countOfAtMost(where: SQL, limit: number): SQL {
  return sql`(select count(*)::int from (select 1 ${fromPublic(where)} limit ${limit}) as capped)`;
}

/** count(*) of at most cap + 1 rows: more than `cap` reads as "cap+". */
function cappedCount(where: SQL, cap = COUNT_CAP): SQL {
  return countOfAtMost(where, cap + 1);
}

function capped(n: number, cap = COUNT_CAP): CappedCount {
  return n > cap ? { count: cap, capped: true } : { count: n, capped: false };
}

/**
 * How many of the postings matching a search's other filters its facets are
 * counted over. Most searches match fewer, and their facets are exact; a
 * broader one shows "at least" counts, for the cost of reading this many rows
 * (in whatever order the database finds them cheapest), whatever the size of
 * the databank.
 */
const FACET_SAMPLE = 1000;

/**
 * The filters other than the page and the order, as a key: a filter added later is part of it
 * without a word. A filter that filters nothing (false, empty or absent) is left out, and the rest
 * are in the order of their names: the same search has one key however its filters were built.
 */
function keyOf(filters: SearchFilters, extra: Record<string, unknown>): string {
  const { page, sort, ...rest } = filters;
  void page;
  void sort;
  const named = Object.entries({ ...rest, county: [...(rest.county ?? [])].sort(), ...extra })
    .filter(([, value]) => value !== undefined && value !== false && value !== "" && !(Array.isArray(value) && value.length === 0))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify(Object.fromEntries(named));
}

type Remember = <T>(key: string, read: () => Promise<T>) => Promise<T>;

const rememberedTotals = rememberPublic<CappedCount>(4096);

async function countMatches(db: Database, filters: SearchFilters, countyIds: number[], remember?: Remember): Promise<CappedCount> {
  return (remember ?? rememberedTotals)(keyOf(filters, {}), async () => {
    const [row] = rowsOf<{ total: number }>(await db.execute(sql`select ${cappedCount(matching(filters, countyIds, filters.skill))} as total`));
    return capped(Number(row?.total ?? 0));
  });
}

/**
 * The facet counts, and the total when the sample gives it. A county's count is the postings serving it
 * (statewide ones serve every county) that match every other filter; a skill
 * level's, the postings at that level that match every other filter. Both are
 * counted over at most `sample` postings that match the filters other than
 * county and skill; when more match, each count is a lower bound.
 */
const rememberedSamples = rememberPublic<SampledPosting[]>(256);

async function countFacets(
  db: Database,
  filters: SearchFilters,
  countyIds: number[],
  allCounties: CountyRef[],
  sample: number,
  remember?: Remember,
  /** The search's list of matches (matchList), when one held in memory may give the sample. */
  list?: ListQuery,
) {
  const held = list ? sampleFromMemory(list, allCounties, sample) : null;
  // The sample leaves out county and skill level: every search that differs only in those shares it.
  const rows = held ?? await (remember ?? rememberedSamples)(keyOf({ ...filters, county: [], skill: undefined }, { sample }), async () =>
    rowsOf<Omit<SampledPosting, "county_ids"> & { county_ids: number[] | string }>(
      await db.execute(sql`select ${opportunities.skillLevel} as skill_level, ${opportunities.statewide} as statewide, ${opportunities.countyIds} as county_ids
        ${fromPublic(matching(filters, [], undefined))}
        limit ${sample + 1}`),
    ).map((row) => ({ ...row, county_ids: idList(row.county_ids) })),
  );
  const complete = rows.length <= sample;
  const wanted = new Set(countyIds);
  const skillIndex = new Map(SKILL_LEVELS.map((skill, i) => [skill, i]));
  // One pass: per county, the sampled postings serving it at the searched skill level; per skill
  // level, those serving a searched county; and those matching both, for the total.
  const byCounty = new Map<number, number>();
  const bySkill = SKILL_LEVELS.map(() => 0);
  let statewideAtSkill = 0;
  let matchingBoth = 0;
  for (const row of rows.slice(0, sample)) {
    const counties = row.county_ids;
    const atSkill = !filters.skill || row.skill_level === filters.skill;
    const inCounties = wanted.size === 0 || row.statewide || counties.some((id) => wanted.has(id));
    if (atSkill) {
      if (row.statewide) statewideAtSkill++;
      else for (const id of counties) byCounty.set(id, (byCounty.get(id) ?? 0) + 1);
    }
    if (inCounties) bySkill[skillIndex.get(row.skill_level) ?? 0]!++;
    if (atSkill && inCounties) matchingBoth++;
  }
  const facet = (n: number): CappedCount => (complete ? capped(n) : { count: n, capped: true });

  let total: CappedCount | null = null;
  if (complete) total = capped(matchingBoth);
  // More than the sample match the other filters, and they are all the filters: more than COUNT_CAP match.
  else if (wanted.size === 0 && !filters.skill && sample >= COUNT_CAP) total = capped(rows.length);
  return {
    total,
    facets: {
      counties: allCounties.map((county) => ({ slug: county.slug, name: county.name, ...facet(statewideAtSkill + (byCounty.get(county.id) ?? 0)) })),
      skills: SKILL_LEVELS.map((skill, i) => ({ value: skill, ...facet(bySkill[i]!) })),
    },
  };
}

/** An integer[] as the driver gives it: an array (postgres.js) or its text form "{1,2}" (PGlite may). */
function idList(value: number[] | string): number[] {
  if (Array.isArray(value)) return value.map(Number);
  return value.replace(/[{}]/g, "").split(",").filter(Boolean).map(Number);
}

type PageRow = Awaited<ReturnType<typeof buildPageQuery>>[number];

/**
 * One page of results. With counties chosen (and neither `local` nor `remote`),
 * the postings in those counties come first, then the statewide and remote
 * ones, each part in the order asked for. A search by relevance or newest first
 * is answered from the list of its matches kept in memory (known-matches.ts)
 * when it can be. Otherwise a keyword search ranks its newest matches, local
 * ones first, in one query; any other is read from the local part and, past
 * its end, from the wider part: two queries that each stop at the page, where
 * one ordered by "local first" would sort every match.
 */
async function pageOf(
  db: Database,
  filters: SearchFilters,
  countyIds: number[],
  sort: Sort,
  limit: number,
  offset: number,
  localFirst: boolean,
  /** The search's list of matches (matchList) and all counties, when the lists kept in memory may answer (not for a read of the primary). */
  held: { list: ListQuery; allCounties: CountyRef[] } | null,
): Promise<PageRow[]> {
  const tiered = localFirst && countyIds.length > 0 && !filters.local && !filters.remote;
  const byRank = sort === "relevance" && !!filters.q;
  // An organization's own page lists few postings: the database answers it without a list of its own.
  if (held && (byRank || sort === "newest") && filters.organizationId === undefined) {
    const order = byRank ? "relevance" : "newest";
    const ranked = await rankedOrMended(db, held.list, held.allCounties, countyIds, filters.skill, { limit, offset, localFirst: tiered, order });
    if (ranked) return pageRowsOf(db, ranked.ids, ranked.matches);
  }
  if (byRank) return buildPageQuery(db, filters, countyIds, sort, limit, offset, { localFirst: tiered });
  if (!tiered) return buildPageQuery(db, filters, countyIds, sort, limit, offset);
  const local = await buildPageQuery(db, { ...filters, reach: "local" }, countyIds, sort, limit, offset);
  if (local.length === limit) return local;
  // Where the local part ends: within this page, or (an empty page of it) somewhere before.
  const localCount = local.length > 0 || offset === 0 ? offset + local.length : await countUpTo(db, matching({ ...filters, reach: "local" }, countyIds, filters.skill), offset);
  const wider = await buildPageQuery(db, { ...filters, reach: "wider" }, countyIds, sort, limit - local.length, Math.max(0, offset - localCount));
  return [...local, ...wider];
}

/**
 * What the list of a search's matches kept in memory is read from: every filter but county and skill
 * level (known-matches.ts). The words are its key as PostgreSQL parsed them, when known ("Legal" and
 * "legal" share a list), else as typed. Words of several lexemes joined by and, or and not also name
 * the list of each lexeme with the same filters (`parts`), from which their search is answered until
 * its own list is read.
 */
export function matchList(filters: SearchFilters): ListQuery {
  // Never empty: words that are all stop words ("the") parse to nothing, and match nothing, where no words match everything.
  const words = filters.q ? { words: filters.parsedQ !== undefined ? `parsed:${filters.parsedQ}` : `typed:${filters.q}` } : {};
  const query = filters.q && filters.parsedQ !== undefined ? parseWordQuery(filters.parsedQ) : null;
  const lexemes = query && query.kind !== "word" ? lexemesOf(query) : [];
  return {
    key: keyOf({ ...filters, county: [], skill: undefined, q: undefined, parsedQ: undefined }, words),
    fromWhere: fromPublic(matching(filters, [], undefined)),
    words: filters.q ? keywordQuery(filters) : null,
    byFullness: !!filters.open,
    // Not for open postings only: their lists are few (a change of places taken empties them), and each word would take one.
    parts:
      query && lexemes.length > 1 && !filters.open
        ? { query, lists: new Map(lexemes.map((lexeme) => [lexeme, matchList({ ...filters, q: lexeme, parsedQ: quotedLexeme(lexeme) })])) }
        : null,
    lexeme: query?.kind === "word" ? query.lexeme : undefined,
  };
}

/** The most words whose lists a server reads as it starts (readListsOfCommonWords). */
const COMMON_WORDS = 48;

/** How many of the newest public postings tell which words are common. */
const COMMON_WORDS_SAMPLE = 1000;

/**
 * Reads, beside the first searches, the list of every public posting (the searches without words),
 * then the lists of matches of the words that at least a tenth of the
 * newest public postings hold (at most COMMON_WORDS, the most held first): a search for a common
 * word matches many postings, and is the search the database answers most slowly (it walks the
 * postings newest first until it has COUNT_CAP of them), where a rare word's few matches come from
 * its index at once. Searches of several common words are answered from their lists (known-matches.ts
 * `rankedFromWords`). Called at a server's first search (known-matches.ts `readListsAtFirstSearch`),
 * after the lists kept in the database are taken: on a server started before, those lists are
 * kept, and this takes them. Then answers the searches of two of those words once, for nothing
 * (known-matches.ts `warmSearchesOfSeveralWords`), so that a visitor's first such search finds that
 * code compiled.
 */
export async function readListsOfCommonWords(): Promise<void> {
  await takeKeptListsAtStart();
  const db = await getReadDb();
  const words = rowsOf<{ word: string }>(
    await db.execute(sql`select word from (select unnest(tsvector_to_array(newest.words)) as word from (
          select ${opportunities.searchVector} as words ${fromPublic(isPublicOpportunity)}
          order by ${opportunities.publishedAt} desc limit ${COMMON_WORDS_SAMPLE}) as newest) as held
      group by word having count(*) * 10 >= (select count(*) from (select 1 ${fromPublic(isPublicOpportunity)} limit ${COMMON_WORDS_SAMPLE}) as sampled)
      order by count(*) desc, word limit ${COMMON_WORDS}`),
  ).map((row) => row.word);
  // The list of every public posting first: browsing by county and skill level, without words, is the commonest search of all.
  const wordLists = words.map((word) => matchList({ q: word, parsedQ: quotedLexeme(word) }));
  const allCounties = await listCounties();
  await readListsAhead(db, [matchList({}), ...wordLists], allCounties);
  await warmSearchesOfSeveralWords(wordLists, allCounties, FACET_SAMPLE);
}

/** The rows of a page ranked in memory, in its order; a posting no longer public is left out (invariant 1). */
async function pageRowsOf(db: Database, ids: number[], matches: number | null): Promise<PageRow[]> {
  if (ids.length === 0) return [];
  const rows = await publicRows(db).where(and(isPublicOpportunity, inArray(opportunities.id, ids)));
  const byId = new Map(rows.map((row) => [row.id, { ...row, matches }]));
  return ids.map((id) => byId.get(id)).filter((row) => row !== undefined);
}

async function countUpTo(db: Database, where: SQL, cap: number): Promise<number> {
  const [row] = rowsOf<{ total: number }>(await db.execute(sql`select ${countOfAtMost(where, cap)} as total`));
  return Number(row?.total ?? 0);
}

/** Postings as a page of results shows them, with `matches` (see buildPageQuery); null unless given. */
function publicRows(db: Database, matches = sql<number | null>`null::int`) {
  return db
    .select({ ...publicOpportunityColumns, countyIds: opportunities.countyIds, matches: matches.as("matches") })
    .from(opportunities)
    .innerJoin(organizations, eq(organizations.id, opportunities.organizationId));
}

/**
 * The query of one page of results; exported so a test can EXPLAIN exactly
 * what the site runs. Each row carries `matches`: for a keyword search, how
 * many postings match, counted up to COUNT_CAP + 1 (the newest matches, read
 * once for ranking and counting); null when not counted here.
 */
export function buildPageQuery(
  db: Database,
  filters: SearchFilters,
  countyIds: number[],
  sort: Sort,
  limit: number,
  offset: number,
  { localFirst = false }: { localFirst?: boolean } = {},
) {
  const where = matching(filters, countyIds, filters.skill);

  if (sort === "relevance" && filters.q) {
    // Rank only the newest COUNT_CAP matches (ranking every match of a common word costs seconds at
    // scale), and only the page's rows are read in full.
    const newest = db
      .select({
        id: opportunities.id,
        publishedAt: opportunities.publishedAt,
        searchVector: opportunities.searchVector,
        local: sql<boolean>`${localFirst ? isLocal : sql`false`}`.as("local"),
      })
      .from(opportunities)
      .innerJoin(organizations, eq(organizations.id, opportunities.organizationId))
      .where(where)
      .orderBy(desc(opportunities.publishedAt), desc(opportunities.id))
      .limit(COUNT_CAP + 1)
      .as("newest");
    const ranked = db
      .select({
        id: newest.id,
        publishedAt: newest.publishedAt,
        local: newest.local,
        rank: sql<number>`ts_rank(${newest.searchVector}, ${keywordQuery(filters)})`.as("rank"),
        matches: sql<number>`(count(*) over ())::int`.as("matches"),
        position: sql<number>`row_number() over (order by ${newest.publishedAt} desc, ${newest.id} desc)`.as("position"),
      })
      .from(newest)
      .as("ranked");
    const top = db
      .select({ id: ranked.id, local: ranked.local, rank: ranked.rank, matches: ranked.matches })
      .from(ranked)
      .where(lte(ranked.position, COUNT_CAP))
      .orderBy(desc(ranked.local), desc(ranked.rank), desc(ranked.publishedAt), desc(ranked.id))
      .limit(limit)
      .offset(offset)
      .as("top");
    return publicRows(db, sql<number | null>`${top.matches}`)
      .innerJoin(top, eq(top.id, opportunities.id))
      .orderBy(desc(top.local), desc(top.rank), desc(opportunities.publishedAt), desc(opportunities.id));
  }

  const order = {
    relevance: [desc(opportunities.publishedAt), desc(opportunities.id)],
    newest: [desc(opportunities.publishedAt), desc(opportunities.id)],
    soonest: [sql`${opportunities.startsAt} asc nulls last`, desc(opportunities.publishedAt), desc(opportunities.id)],
    closing: [asc(opportunities.expiresAt), asc(opportunities.id)],
  }[sort];
  return publicRows(db).where(where).orderBy(...order).limit(limit).offset(offset);
}
