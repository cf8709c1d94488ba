/**
 * The newest postings matching a keyword search's words and its filters other than county and
 * skill level, kept in this process's memory while the public listings version they were read
 * under is current (the rule of every public cache: lib/public-cache/remember.ts). Searches for
 * the same words that differ only in counties, skill level or page are ranked from here, with no
 * query but the one that reads their page's rows: a crowd searches a few words in many
 * combinations, and without this each combination walks the table again.
 *
 * What is kept for each posting is what the search still filters and orders on: its rank for the
 * words (PostgreSQL's own ts_rank), its skill level, whether it is statewide or remote, and its
 * counties as a bit mask, in the order of publication (newest first, then highest id), which
 * breaks ties of rank. A list holds at most MAX_KNOWN postings, the newest; a search it cannot
 * answer exactly is answered by the database as before (`null`). A list is read the second time
 * its words are searched: reading one costs a few searches, and words searched once (a visitor's
 * own phrase, a crawler walking many) are cheaper left to the database.
 */
import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { rowsOf, type Database } from "@/db/client";
import { opportunities } from "@/db/schema";
import type { CountyRef } from "@/lib/counties/queries";
import { errorSummary } from "@/lib/logging/error-summary";
import { rememberPublic } from "@/lib/public-cache/remember";
import { currentStamp } from "@/lib/public-cache/stamp.mjs";
import { SKILL_LEVELS, type SkillLevel } from "@/lib/vocabulary";
import { COUNT_CAP } from "./params";

export type Ranked = { ids: number[]; matches: number };

/**
 * What a list is read from: its key, `from … where …` of the public postings matching every filter
 * but county and skill level (search.ts), and the words as a tsquery.
 */
export type ListQuery = { key: string; fromWhere: SQL; words: SQL };

/** The list of one search's matches, newest first, in columns; a posting's place in it is its order of publication. */
type Known = {
  length: number;
  /** Whether every match is in the list (at most `maxKnown` match). */
  complete: boolean;
  /** The county ids whose places in this order are the bits of `counties`. */
  countyOrder: string;
  ids: Int32Array;
  rank: Float32Array;
  skill: Uint8Array;
  /** 1: statewide, 2: remote. */
  reach: Uint8Array;
  counties: Uint32Array;
};

/**
 * The most matches a list holds. Reading a list costs about what one search costs that reads every
 * match of the words: worth it while they are tens of thousands, not when they are hundreds of
 * thousands (a common word in a databank of a million postings), where the database answers.
 */
export const MAX_KNOWN = 60000;
const STATEWIDE = 1;
const REMOTE = 2;

const lists = rememberPublic<Known | null>(32);

/** The keys of lists asked for, the most recent last: a list is read only for a key asked for before. */
const asked = new Map<string, true>();

function askedBefore(key: string): boolean {
  const before = asked.delete(key);
  asked.set(key, true);
  if (asked.size > 256) asked.delete(asked.keys().next().value!);
  return before;
}

/**
 * The ids of one page of a keyword search ranked by relevance, and how many postings match
 * (counted up to COUNT_CAP + 1), exactly as search.ts `buildPageQuery` ranks them: the newest
 * COUNT_CAP matches, the local ones first when `localFirst`, then by rank, newest, id.
 * `null` when it cannot answer from memory.
 */
export async function rankedFromMemory(
  db: Database,
  list: ListQuery,
  allCounties: CountyRef[],
  countyIds: number[],
  skill: SkillLevel | undefined,
  page: { limit: number; offset: number; localFirst: boolean },
  maxKnown = MAX_KNOWN,
): Promise<Ranked | null> {
  // Nothing is kept while this server cannot hear of changes; counties are kept as bits of one 32-bit mask.
  if (currentStamp() === null || allCounties.length > 32) return null;
  const key = `${list.key} ${maxKnown}`;
  if (!askedBefore(key)) return null;
  const countyOrder = allCounties.map((county) => county.id).join(",");
  let known: Known | null;
  try {
    known = await lists(key, () => readList(db, list, allCounties, maxKnown));
  } catch (error) {
    // The database answers the search as before, and says for itself what is wrong.
    console.error(`[search] a list of keyword matches could not be read: ${errorSummary(error)}`);
    return null;
  }
  // Read under another list of counties (one added since this search began): its bits mean other counties.
  if (!known || known.countyOrder !== countyOrder) return null;
  const found = newestMatches(known, maskOf(countyIds, allCounties), skill ? SKILL_LEVELS.indexOf(skill) : -1);
  // A list cut at maxKnown answers only a search whose newest COUNT_CAP + 1 matches it holds.
  if (found.length <= COUNT_CAP && !known.complete) return null;
  return rank(known, found, page);
}

function maskOf(countyIds: number[], allCounties: CountyRef[]): number {
  let mask = 0;
  allCounties.forEach((county, bit) => {
    if (countyIds.includes(county.id)) mask |= 1 << bit;
  });
  return mask >>> 0;
}

/** Places in the list of the newest matches of the county and skill filters, at most COUNT_CAP + 1. */
function newestMatches(known: Known, wanted: number, level: number): number[] {
  const found: number[] = [];
  for (let i = 0; i < known.length && found.length <= COUNT_CAP; i++) {
    if (level >= 0 && known.skill[i] !== level) continue;
    if (wanted !== 0 && !(known.reach[i]! & STATEWIDE) && (known.counties[i]! & wanted) === 0) continue;
    found.push(i);
  }
  return found;
}

function rank(known: Known, found: number[], { limit, offset, localFirst }: { limit: number; offset: number; localFirst: boolean }): Ranked {
  const local = (i: number) => (localFirst && known.reach[i] === 0 ? 1 : 0);
  // The earlier place is the newer publication (or, published at the same moment, the higher id).
  const order = found.slice(0, COUNT_CAP).sort((a, b) => local(b) - local(a) || known.rank[b]! - known.rank[a]! || a - b);
  return { ids: order.slice(offset, offset + limit).map((i) => known.ids[i]!), matches: found.length };
}

/** Reads a list in one query; null when the database's statistics expect the words to match more than `maxKnown`. */
async function readList(db: Database, list: ListQuery, allCounties: CountyRef[], maxKnown: number): Promise<Known | null> {
  if ((await expectedMatches(db, list)) > maxKnown) return null;
  // The counties as the bits of their places in `allCounties`.
  const countyOrder = allCounties.map((county) => county.id).join(",");
  const bits = sql`array[${sql.join(allCounties.map((county) => sql`${county.id}`), sql`, `)}]::integer[]`;
  // The list travels as one text, "id,rank,skill,reach,counties;…" newest first: a few
  // milliseconds to read where as many rows would take tens. Only the rows kept are ranked.
  const [row] = rowsOf<{ list: string | null }>(
    await db.execute(sql`select string_agg(concat_ws(',', id,
          ts_rank(search_vector, ${list.words}),
          skill_level,
          statewide::int * ${STATEWIDE} + remote::int * ${REMOTE},
          (select coalesce(bit_or(1 << (array_position(${bits}, county) - 1)), 0) from unnest(county_ids) as county)
        ), ';' order by published_at desc, id desc) as list
      from (select ${opportunities.id} as id, ${opportunities.publishedAt} as published_at, ${opportunities.searchVector} as search_vector,
          ${opportunities.skillLevel} as skill_level, ${opportunities.statewide} as statewide, ${opportunities.remote} as remote,
          ${opportunities.countyIds} as county_ids
        ${list.fromWhere}
        order by ${opportunities.publishedAt} desc, ${opportunities.id} desc
        limit ${maxKnown + 1}) as newest`),
  );
  const fields = row?.list ? row.list.split(/[;,]/) : [];
  const read = fields.length / 5;
  const length = Math.min(read, maxKnown);
  const known: Known = {
    length,
    complete: read <= maxKnown,
    countyOrder,
    ids: new Int32Array(length),
    rank: new Float32Array(length),
    skill: new Uint8Array(length),
    reach: new Uint8Array(length),
    counties: new Uint32Array(length),
  };
  for (let i = 0; i < length; i++) {
    const at = i * 5;
    known.ids[i] = Number(fields[at]);
    known.rank[i] = Number(fields[at + 1]);
    known.skill[i] = SKILL_LEVELS.indexOf(fields[at + 2] as SkillLevel);
    known.reach[i] = Number(fields[at + 3]);
    known.counties[i] = Number(fields[at + 4]) >>> 0;
  }
  return known;
}

/** How many postings the database's statistics expect to match: the planner's estimate, read without running the query. */
async function expectedMatches(db: Database, list: ListQuery): Promise<number> {
  const [row] = rowsOf<Record<string, unknown>>(await db.execute(sql`explain (format json) select 1 ${list.fromWhere}`));
  const value = row ? Object.values(row)[0] : undefined;
  const plan = (typeof value === "string" ? JSON.parse(value) : value) as [{ Plan: { "Plan Rows": number } }] | undefined;
  return plan?.[0]?.Plan["Plan Rows"] ?? Number.POSITIVE_INFINITY;
}
