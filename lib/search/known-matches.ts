/**
 * The newest postings matching a keyword search's words and its filters other than county and
 * skill level, kept in this process's memory while the public listings version they were read
 * under is current (the rule of every public cache: lib/public-cache/remember.ts). Searches for
 * the same words that differ only in counties, skill level or page are ranked from here, with no
 * query but the one that reads their page's rows: a crowd searches a few words in many
 * combinations, and without this each combination walks the table again.
 *
 * What is kept for each posting is what the search still filters and orders on: its rank for the
 * words (PostgreSQL's own ts_rank), its skill level, whether it is statewide or remote, its
 * counties as a bit mask and the moment it expires, in the order of publication (newest first,
 * then highest id), which breaks ties of rank. A list is kept while this server has heard of no
 * change since it was read (`currentChanges`); a change that names the postings it touched mends
 * it at its next search, with those postings alone (`mended`). It is kept through expiries: it
 * leaves out for itself each posting whose expiry has passed, so a databank where one expires
 * every few seconds keeps its lists. A list holds at most MAX_KNOWN postings, the newest; a search it cannot
 * answer exactly is answered by the database as before (`null`).
 *
 * A list is read the second time its words are searched, beside the searches rather than in one:
 * reading one costs a few searches (hundreds of milliseconds in a databank of a million postings),
 * so the searches that come while it is read, and words searched only once (a visitor's own phrase,
 * a crawler walking many), are answered by the database. One list is read at a time (a read holds
 * one of the process's few database connections throughout), and the database gives up a read that
 * runs longer than READ_TIMEOUT_MS; words whose list could not be read wait a while before it is
 * tried again (`pauses`), so a read that keeps failing costs little.
 *
 * Each list read is also kept in the database for every server (kept-lists.ts): a list another
 * server, or this one before a restart, has kept is taken from there in a few milliseconds rather
 * than read from the postings, and a server takes the lists kept most recently at its first search.
 * While one process reads a list, another that wants it does not read it too, and takes it once kept.
 */
import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { setImmediate } from "node:timers/promises";
import { inArray, sql, type SQL } from "drizzle-orm";
import { getReadDb, rowsOf, type Database } from "@/db/client";
import { opportunities } from "@/db/schema";
import { listCounties, type CountyRef } from "@/lib/counties/queries";
import { keyedHash } from "@/lib/auth/keyed-hash";
import { errorSummary } from "@/lib/logging/error-summary";
import { postingsChangedSince } from "@/lib/public-cache/listings-version";
import { rememberPublic } from "@/lib/public-cache/remember";
import { currentChanges, currentChangesWithPlaces, currentStamp } from "@/lib/public-cache/stamp.mjs";
import { SKILL_LEVELS, type SkillLevel } from "@/lib/vocabulary";
import { keepsLists, keptKeys, keptList, limitTime, readOnceForAll } from "./kept-lists";
import { COUNT_CAP, PAGE_SIZE } from "./params";
import { rankOrder, tsRank } from "./ts-rank";
import { matchesWords, parseWordQuery, quotedLexeme, type WordQuery } from "./word-query";

/** A page's ids, and how many postings match, counted up to COUNT_CAP + 1 (null: not known from memory). */
export type Ranked = { ids: number[]; matches: number | null };

/** A page asked of a list: by relevance to the words (`rank`, always with words), or newest first. */
export type PageOfList = { limit: number; offset: number; localFirst: boolean; order?: "relevance" | "newest" };

/**
 * What a list is read from: its key, `from … where …` of the public postings matching every filter
 * but county and skill level (search.ts), the words as a tsquery (null for a search without words),
 * and whether those filters leave out full postings (`open`): such a list is worthless once a
 * posting's places taken change, and is not kept in the database.
 */
export type ListQuery = {
  key: string;
  fromWhere: SQL;
  words: SQL | null;
  byFullness: boolean;
  /**
   * For words of more than one lexeme joined by and, or and not (word-query.ts): the expression,
   * and the list of each lexeme's matches with the same other filters. Until its own list is read,
   * such a search is answered from those (`rankedFromWords`).
   */
  parts?: { query: WordQuery; lists: Map<string, ListQuery> } | null;
  /** For words of one lexeme: the lexeme, whose places in each posting the list holds (`Known.wordPlaces`). */
  lexeme?: string;
};

/** The list of one search's matches, newest first, in columns; a posting's place in it is its order of publication. */
export type Known = {
  length: number;
  /** Whether every match is in the list (at most `maxKnown` match). */
  complete: boolean;
  /** The county ids whose places in this order are the bits of `counties`. */
  countyOrder: string;
  /** When each posting was published, in microseconds since the epoch: where a posting changed since goes back in. */
  published: Float64Array;
  ids: Int32Array;
  rank: Float32Array;
  skill: Uint8Array;
  /** 1: statewide, 2: remote. */
  reach: Uint8Array;
  counties: Uint32Array;
  /** When each posting leaves the public site, in milliseconds since the epoch. */
  expires: Float64Array;
  /**
   * For a list of one lexeme's matches: the lexeme's places in each posting (PostgreSQL's
   * WordEntryPos, ts-rank.ts), those of the posting at `i` from `starts[i]` to `starts[i + 1]`. The
   * matches of several words are ranked from them (`rankedFromWords`). None for a lexeme without
   * places, whose postings the database ranks.
   */
  wordPlaces?: { starts: Uint32Array; at: Uint16Array };
  /** For a list combined from its words' lists (`combined`): which of them hold each posting (bit s: the list of the s-th lexeme). */
  held?: Uint8Array;
};

/**
 * The most matches a list holds, the newest. A search finding COUNT_CAP + 1 of its matches among
 * them has found its newest ones; with fewer, and more matches left out of the list, the database
 * answers. In a million postings a common word matches hundreds of thousands, and a search for it
 * in a county or two at one skill level still finds thousands among these.
 */
export const MAX_KNOWN = 60000;
const STATEWIDE = 1;
const REMOTE = 2;

/**
 * How long PostgreSQL may take to read a list before it gives the read up. A list costs a few
 * searches to read (under two seconds in a million postings); one that takes much longer saves
 * nothing, and would keep the other lists from being read.
 */
export const READ_TIMEOUT_MS = 10_000;
/** After a list could not be read, its words wait this long before it is tried again, twice as long after each failure in a row, up to MAX_PAUSE_MS. */
export const FIRST_PAUSE_MS = 30_000;
const MAX_PAUSE_MS = 10 * 60_000;

/** The most lists a server holds in memory: of searches that leave out full postings, and of the others. */
const HELD_LISTS = 64;
const HELD_FULLNESS_LISTS = 8;

type Lists = ReturnType<typeof rememberPublic<Known | null>>;

/**
 * The lists read, or null when a search for one kept in the database found none. Those of searches
 * that do not filter on fullness are kept through changes of places taken alone (a host scheduling
 * volunteers); those of searches that do (`open`) are not.
 */
let lists: Lists = rememberPublic<Known | null>(HELD_LISTS, currentChanges);
let fullnessLists: Lists = rememberPublic<Known | null>(HELD_FULLNESS_LISTS, currentChangesWithPlaces);

function listsFor(list: Pick<ListQuery, "byFullness">): Lists {
  return list.byFullness ? fullnessLists : lists;
}

/** The words whose list could not be read lately: not tried again before `until`. */
const pauses = new Map<string, { until: number; pause: number }>();

/** What each read of a list gave, once it ended: a list still being read answers nothing yet. */
const readLists = new WeakMap<Promise<Known | null>, Known>();

/** The read of a list under way, if any: lists are read one at a time. */
let reading: Promise<void> | null = null;

/** The keys of lists asked for, the most recent last: a list is read only for a key asked for before. */
const asked = new Map<string, true>();

function askedBefore(key: string): boolean {
  const before = asked.delete(key);
  asked.set(key, true);
  if (asked.size > 256) asked.delete(asked.keys().next().value!);
  return before;
}

/**
 * The ids of one page of a search, and how many postings match (counted up to COUNT_CAP + 1),
 * exactly as search.ts gives them. By relevance (`buildPageQuery`): the newest COUNT_CAP matches,
 * the local ones first when `localFirst`, then by rank, newest, id. Newest first (`pageOf`): every
 * local match first when `localFirst`, then the others, each newest first.
 * `null` when it cannot answer from memory; the second time these words are asked for, their list
 * begins to be read for the searches that follow.
 */
export function rankedFromMemory(
  db: Database,
  list: ListQuery,
  allCounties: CountyRef[],
  countyIds: number[],
  skill: SkillLevel | undefined,
  page: PageOfList,
  { maxKnown = MAX_KNOWN, readTimeoutMs = READ_TIMEOUT_MS }: { maxKnown?: number; readTimeoutMs?: number } = {},
): Ranked | null {
  // Nothing is kept while this server cannot hear of changes, and no list is read from a replica
  // that has not replayed a change already heard (currentStamp); counties are bits of one 32-bit mask.
  if (currentStamp() === null || allCounties.length > 32) return null;
  const known = heldList(db, list, allCounties, maxKnown, readTimeoutMs);
  if (!known) return null;
  const wanted = maskOf(countyIds, allCounties);
  const level = skill ? SKILL_LEVELS.indexOf(skill) : -1;
  if (page.order === "newest") return newestPage(known, wanted, level, Date.now(), page);
  const found = newestMatches(known, wanted, level, Date.now());
  // A list cut at maxKnown answers only a search whose newest COUNT_CAP + 1 matches it holds.
  if (found.length <= COUNT_CAP && !known.complete) return null;
  return rank(known, found, page);
}

/**
 * The list of `list`'s matches held in memory under the current counties, if any. Otherwise it is
 * mended (when the changes since it was read named the postings they touched), or read the second
 * time it is asked for while no other list is being read, beside the search; and null.
 */
function heldList(db: Database, list: ListQuery, allCounties: CountyRef[], maxKnown: number, readTimeoutMs: number): Known | null {
  const key = listKey(list, maxKnown);
  const countyOrder = countyOrderOf(allCounties);
  const before = askedBefore(key);
  const kept = listsFor(list).kept(key);
  if (!kept) {
    warmUp(db, countyOrder);
    // A list read before changes that named the postings they touched is mended with those alone,
    // beside any list being read.
    const stale = list.byFullness || mending.has(key) ? null : mendable(key, countyOrder);
    if (stale) startMending(key, () => mendList(db, list, stale.known, stale.postings, allCounties, maxKnown, readTimeoutMs));
    else if (before && !reading && !(Date.now() < (pauses.get(key)?.until ?? 0))) {
      startReading(listsFor(list), key, () => readAndKeep(db, key, list, allCounties, maxKnown, readTimeoutMs));
    }
    return null;
  }
  const known = readLists.get(kept);
  // Read under another list of counties (one added since this search began): its bits mean other counties.
  return known && known.countyOrder === countyOrder ? known : null;
}

/** The list of `list`'s matches held under these counties, without asking for it: no read or mend begins. */
function peekHeld(list: ListQuery, countyOrder: string, maxKnown: number): Known | null {
  const kept = listsFor(list).kept(listKey(list, maxKnown));
  const known = kept ? readLists.get(kept) : undefined;
  return known && known.countyOrder === countyOrder ? known : null;
}

/** A posting of a search's facet sample: its skill level, whether it is statewide, and its counties. */
export type SampledPosting = { skill_level: SkillLevel; statewide: boolean; county_ids: number[] };

/**
 * What the facets of a search are counted over (search.ts `countFacets`), from the list of its
 * matches held in memory (its own, or combined from its words' lists): the newest `sample` + 1
 * of them not expired, or all when fewer match. Any of a search's matches are a fair sample, and
 * a search's first page needs no query for it. Null when no list held tells (the database samples).
 */
export function sampleFromMemory(list: ListQuery, allCounties: CountyRef[], sample: number, maxKnown = MAX_KNOWN): SampledPosting[] | null {
  if (currentStamp() === null || allCounties.length > 32) return null;
  const countyOrder = countyOrderOf(allCounties);
  let known = peekHeld(list, countyOrder, maxKnown);
  if (!known && list.parts && list.words && list.parts.lists.size <= MAX_WORDS) {
    const sources = [...list.parts.lists.values()].map((part) => peekHeld(part, countyOrder, maxKnown));
    if (sources.every((source) => source !== null)) known = combinedEntry(list.parts, listKey(list, maxKnown), sources, allCounties.length, maxKnown).known;
  }
  const sampled = known ? sampleOf(known, allCounties, sample) : null;
  if (sampled) sampledFromMemory += 1;
  return sampled;
}

/** The newest `sample` + 1 postings of `known` not expired, or all when fewer; null when the list, cut short, holds too few to tell. */
function sampleOf(known: Known, allCounties: CountyRef[], sample: number): SampledPosting[] | null {
  const now = Date.now();
  const sampled: SampledPosting[] = [];
  for (let i = 0; i < known.length && sampled.length <= sample; i++) {
    if (known.expires[i]! <= now) continue;
    const skill = SKILL_LEVELS[known.skill[i]!];
    if (!skill) return null;
    const countyIds: number[] = [];
    for (let mask = known.counties[i]!, bit = 0; mask !== 0; mask >>>= 1, bit++) if ((mask & 1) !== 0) countyIds.push(allCounties[bit]!.id);
    sampled.push({ skill_level: skill, statewide: (known.reach[i]! & STATEWIDE) !== 0, county_ids: countyIds });
  }
  return sampled.length <= sample && !known.complete ? null : sampled;
}

let sampledFromMemory = 0;

/** How many facet samples were taken from lists held in memory (`sampleFromMemory`): for tests. */
export function samplesFromMemory(): number {
  return sampledFromMemory;
}

/** What a list holds and how (its columns, their order and meaning): change it when that changes, and no server takes a list kept before. */
const LIST_FORMAT = 3;

/**
 * The build this server runs (Next's build id): a list kept by another build is never taken, since
 * that code may have read it otherwise. Servers of one deployment share it; a deploy starts anew.
 */
const BUILD = (() => {
  try {
    return readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
  } catch {
    return "development";
  }
})();

/** The keys worked out lately, by the search's filters. */
const keys = new Map<string, string>();

/**
 * The key a list is held and kept under: a keyed hash (with the site's secret) of the search's words
 * and other filters, the list's format and the build, so that what visitors search is not written
 * into the database, nor can it be found again by hashing likely words.
 */
export function listKey(list: ListQuery, maxKnown = MAX_KNOWN): string {
  const plain = `${list.key} ${maxKnown}`;
  const known = keys.get(plain);
  if (known) return known;
  // The build in plain before the hash: a server takes at its start only the lists of its own build.
  const key = `${BUILD}.${keyedHash("search-list", JSON.stringify([LIST_FORMAT, BUILD, plain]))}`;
  if (keys.size >= 256) keys.delete(keys.keys().next().value!);
  keys.set(plain, key);
  return key;
}

/** Reads a list beside the searches, the only one read meanwhile; what it gives once read (null: nothing to keep). */
function startReading(lists: Lists, key: string, read: () => Promise<Known | null>): Promise<Known | null> {
  const value = lists(key, read);
  const done: Promise<void> = value
    .then(
      (known) => {
        // None kept in the database, or another process is reading it: the next search of these words tries again.
        if (!known) return lists.forget(key, value);
        readLists.set(value, known);
        pauses.delete(key);
      },
      (error: unknown) => {
        // The database answers these words' searches meanwhile.
        const pause = Math.min((pauses.get(key)?.pause ?? FIRST_PAUSE_MS / 2) * 2, MAX_PAUSE_MS);
        pauses.delete(key);
        pauses.set(key, { until: Date.now() + pause, pause });
        if (pauses.size > 256) pauses.delete(pauses.keys().next().value!);
        console.error(`[search] a list of keyword matches could not be read, tried again in ${pause / 1000} s: ${errorSummary(error)}`);
      },
    )
    .finally(() => {
      if (reading === done) reading = null;
    });
  reading = done;
  return value;
}

/**
 * Runs `read` once no list is being read and this server may read one (it hears of changes, and
 * no expiry has passed unheard), in the same step as it finds so: the read it begins is the only
 * one. Null when the server still may not after `ms` (the database away, say).
 */
async function whenFreeToRead<T>(ms: number, read: () => T): Promise<{ value: T } | null> {
  const until = Date.now() + ms;
  for (;;) {
    if (!reading && currentStamp() !== null) return { value: read() };
    if (reading) await reading;
    else if (Date.now() >= until) return null;
    else await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Resolves once the list being read, if any, is read (or could not be) and kept, the lists being mended are, and the lists kept in the database are taken: for tests. */
export async function listReadSettled(): Promise<void> {
  await warming;
  // A read may begin as another ends (`readAtOnce`).
  while (reading) await reading;
  await Promise.all(mending.values());
}

let readsFromPostings = 0;

/** How many lists this process has read from the postings (not taken from the database, nor mended): for tests. */
export function listsReadFromPostings(): number {
  return readsFromPostings;
}

/** This server's taking of the lists kept in the database, once begun. */
let warming: Promise<void> | null = null;

/** Forgets every list this server holds and every search it was asked, as a server that starts: for tests. */
export async function startAfresh(): Promise<void> {
  await listReadSettled();
  lists = rememberPublic<Known | null>(HELD_LISTS, currentChanges);
  fullnessLists = rememberPublic<Known | null>(HELD_FULLNESS_LISTS, currentChangesWithPlaces);
  mending.clear();
  combinedLists.clear();
  readNext.clear();
  asked.clear();
  pauses.clear();
  warming = null;
}

/**
 * As soon as it may keep lists (at its start, or at a search if that comes first), this server
 * takes the lists of its build kept most recently in the database, one after another beside the
 * searches: a server that starts (a restart, a second server) answers their words from memory from
 * the start.
 */
function warmUp(db: Database, countyOrder: string): void {
  if (warming || !keepsLists()) return;
  warming = (async () => {
    for (const key of await keptKeys(db, HELD_LISTS, `${BUILD}.`)) {
      // Only lists that do not filter on fullness are kept in the database.
      const taking = await whenFreeToRead(5000, () => {
        if (!lists.kept(key)) startReading(lists, key, () => keptList(db, key, countyOrder));
      });
      if (!taking) return;
    }
  })().catch((error: unknown) => {
    // Tried again at a later search.
    warming = null;
    console.error(`[search] the lists of matches kept for every server could not be taken: ${errorSummary(error)}`);
  });
}

/** Takes the lists kept in the database once this server may keep lists (it listens for changes): as the server starts (search.ts `readListsOfCommonWords`). */
export async function takeKeptListsAtStart(): Promise<void> {
  while (currentStamp() === null) await new Promise((resolve) => setTimeout(resolve, 100));
  if (!keepsLists()) return;
  const counties = await listCounties();
  if (counties.length > 32) return;
  warmUp(await getReadDb(), countyOrderOf(counties));
}

const AT_START = Symbol.for("volunteer-databank.lists-at-start");

/**
 * Asks this server to take the lists kept in the database, and read those of the common words, at
 * its first search (search.ts `readListsOfCommonWords`): called as the server starts
 * (instrumentation.ts). Next bundles instrumentation.ts apart from the pages, with a copy of this
 * module of its own: lists it read would never be searched. The request travels on globalThis,
 * which every copy shares, and the copy the pages use takes it.
 */
export function readListsAtFirstSearch(): void {
  (globalThis as Record<symbol, unknown>)[AT_START] = true;
}

/** Whether this server asked for the lists at its first search and none has taken the request yet; taking it. */
export function listsAskedForAtStart(): boolean {
  const holder = globalThis as Record<symbol, unknown>;
  if (holder[AT_START] !== true) return false;
  holder[AT_START] = false;
  return true;
}

/**
 * Reads a list, or takes it from the database when it is kept there; what this process reads is
 * kept for every server. Null while another process reads it (readOnceForAll).
 */
async function readAndKeep(db: Database, key: string, list: ListQuery, allCounties: CountyRef[], maxKnown: number, timeoutMs: number): Promise<Known | null> {
  const countyOrder = countyOrderOf(allCounties);
  const read = (from: Database) => {
    readsFromPostings += 1;
    return readList(from, list, allCounties, maxKnown, timeoutMs);
  };
  // The count of changes kept lists are taken under does not move with places taken alone: a list
  // that filters on fullness is read from the postings every time.
  if (!keepsLists() || list.byFullness) return (await read(db)).known;
  return (await readOnceForAll(db, key, countyOrder, timeoutMs, read))?.known ?? null;
}

/** The most postings changed since a list was read that it is mended with; past that, it is read again. */
const MAX_MENDED = 2000;

/** The mends under way, by key: a search of a list being mended waits for it (`rankedOrMended`). */
const mending = new Map<string, Promise<void>>();

/** How long a search waits for its list's mend (a few milliseconds as a rule) before the database answers it. */
const MEND_WAIT_MS = 250;

function startMending(key: string, mend: () => Promise<Known>): void {
  const value = lists(key, mend);
  const done = value
    .then(
      (known) => {
        if (known) readLists.set(value, known);
      },
      // Forgotten (rememberPublic): the list is read again at a later search.
      (error: unknown) => console.error(`[search] a list of matches could not be mended: ${errorSummary(error)}`),
    )
    .finally(() => mending.delete(key));
  mending.set(key, done);
}

/**
 * As rankedFromMemory; and when the search's list is being mended (a change since it was read
 * named the postings it touched), the search waits for the mend, up to MEND_WAIT_MS, and is then
 * answered from the mended list rather than by the database.
 *
 * A search of several words whose own list is not held is answered from its words' lists when
 * they can (`rankedFromWords`). Its own list is read (at once, beside the searches) only when they
 * cannot answer it (too few of their matches in its counties and skill level), or could not answer
 * its narrowest searches (one county, one skill level: `answersNarrowest`), which would otherwise
 * each be answered by the database: reading it costs the database a second or more at a million
 * postings, for what the words' lists answer already.
 */
export async function rankedOrMended(...args: Parameters<typeof rankedFromMemory>): Promise<Ranked | null> {
  const [db, list, allCounties, , , , options] = args;
  const maxKnown = options?.maxKnown ?? MAX_KNOWN;
  const wordsFirst = !!list.parts && !holds(list, maxKnown);
  if (wordsFirst) {
    const key = listKey(list, maxKnown);
    const readOwnList = () => readAtOnce(() => heldList(db, list, allCounties, maxKnown, options?.readTimeoutMs ?? READ_TIMEOUT_MS), key);
    const fromWords = await rankedFromWords(...args);
    if (fromWords) {
      if (!(combinedLists.get(key)?.answersNarrowest ?? true)) readOwnList();
      return fromWords;
    }
    // Its words' lists are held and cannot answer it: its own list is read from this search on, not from the next.
    if ([...list.parts!.lists.values()].every((part) => holds(part, maxKnown))) readOwnList();
  }
  const fromWordsAfter = async () => (wordsFirst ? null : rankedFromWords(...args));
  const ranked = rankedFromMemory(...args);
  const mend = ranked === null ? mending.get(listKey(list, options?.maxKnown)) : undefined;
  if (!mend) return ranked ?? fromWordsAfter();
  await forMend([mend]);
  return rankedFromMemory(...args) ?? fromWordsAfter();
}

/** Lists to read as soon as the list being read is, by key (`readAtOnce`). */
const readNext = new Set<string>();

/**
 * Asks for the list of `key` as asked before, so that `ask` (heldList) begins to read it now, or
 * once the list being read is, rather than at the next search of its words.
 */
function readAtOnce(ask: () => unknown, key: string): void {
  askedBefore(key);
  if (!reading) {
    ask();
    return;
  }
  if (readNext.has(key) || readNext.size >= COMBINED_LISTS) return;
  readNext.add(key);
  void reading.then(() => {
    readNext.delete(key);
    readAtOnce(ask, key);
  });
}

/** Whether this server holds the list of `list`'s matches (read, not being read). */
function holds(list: ListQuery, maxKnown = MAX_KNOWN): boolean {
  const kept = listsFor(list).kept(listKey(list, maxKnown));
  return !!kept && readLists.has(kept);
}

/** Waits for the mends, up to MEND_WAIT_MS. */
async function forMend(mends: Promise<void>[]): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([Promise.all(mends), new Promise((resolve) => (timer = setTimeout(resolve, MEND_WAIT_MS)))]);
  clearTimeout(timer);
}

/** The most lexemes of a search answered from their lists (`rankedFromWords`): a longer one is answered by the database. */
const MAX_WORDS = 8;

/** The most lists combined from their words' lists (`rankedFromWords`) a server holds. */
const COMBINED_LISTS = 16;

/** The lists of matches combined from their words' lists lately, by the combined list's key: kept while those lists are the same. */
const combinedLists = new Map<string, CombinedEntry>();

type CombinedEntry = {
  /** The numbers of the words' lists it was combined from (`numberOf`). */
  sources: number[];
  known: Known;
  /** The database ranking postings of it whose places are not held, if it is. */
  ranking: Promise<void> | null;
  /** Whether it answers its words' narrowest searches (`answersNarrowest`): if not, their own list is read. */
  answersNarrowest: boolean;
};

/** A number for each list read or mended, without holding it: a combined list names its sources by these. */
const listNumbers = new WeakMap<Known, number>();
let listsNumbered = 0;

function numberOf(known: Known): number {
  let number = listNumbers.get(known);
  if (number === undefined) listNumbers.set(known, (number = ++listsNumbered));
  return number;
}

/**
 * A search of several words joined by and, or and not (`list.parts`), answered from the lists of
 * its single words (each read the second time it is asked for, as any list): the postings that
 * match, as the lexemes each holds tell (`combined`), ranked as the database ranks them. Only the
 * newest COUNT_CAP matches are ranked, by one query for their rank alone, whose answers are kept
 * with the combined list. Null (the database answers) until every word's list is held, and as
 * rankedFromMemory when the combined list cannot answer exactly.
 */
export async function rankedFromWords(...args: Parameters<typeof rankedFromMemory>): Promise<Ranked | null> {
  const [db, list, allCounties, countyIds, skill, page, { maxKnown = MAX_KNOWN, readTimeoutMs = READ_TIMEOUT_MS } = {}] = args;
  if (!list.parts || !list.words || list.parts.lists.size > MAX_WORDS || currentStamp() === null || allCounties.length > 32) return null;
  const parts = [...list.parts.lists.values()];
  let sources = parts.map((part) => heldList(db, part, allCounties, maxKnown, readTimeoutMs));
  const mends = parts.flatMap((part) => mending.get(listKey(part, maxKnown)) ?? []);
  if (mends.length > 0) {
    await forMend(mends);
    sources = parts.map((part) => heldList(db, part, allCounties, maxKnown, readTimeoutMs));
  }
  if (!sources.every((source) => source !== null)) return null;
  const entry = combinedEntry(list.parts, listKey(list, maxKnown), sources, allCounties.length, maxKnown);
  const { known } = entry;
  const wanted = maskOf(countyIds, allCounties);
  const level = skill ? SKILL_LEVELS.indexOf(skill) : -1;
  if (page.order === "newest") return newestPage(known, wanted, level, Date.now(), page);
  const found = newestMatches(known, wanted, level, Date.now());
  if (found.length <= COUNT_CAP && !known.complete) return null;
  const newest = found.slice(0, COUNT_CAP);
  // One query ranks for the combined list at a time: searches asked together wait for it, not repeat it.
  while (entry.ranking) await entry.ranking;
  // Ranked in memory from the places of the lexemes in each posting; the database ranks those whose places are not held.
  rankFromPlaces(known, newest, list.parts.query, [...list.parts.lists.keys()], sources);
  const unranked = newest.filter((i) => Number.isNaN(known.rank[i]));
  if (unranked.length > 0) {
    const ranking = rankInto(db, known, unranked, list.words).catch((error: unknown) => {
      console.error(`[search] matches of several words could not be ranked, the database answers: ${errorSummary(error)}`);
    });
    entry.ranking = ranking.finally(() => (entry.ranking = null));
    await ranking;
    // Not ranked (the query failed), or a posting deleted since its words' lists were read: the database answers.
    if (unranked.some((i) => Number.isNaN(known.rank[i]))) return null;
  }
  return rank(known, found, page);
}

/** The list combined from `sources`, the held lists of `parts`' words: the one kept for `key` while they are the same. */
function combinedEntry(parts: NonNullable<ListQuery["parts"]>, key: string, sources: Known[], counties: number, maxKnown: number): CombinedEntry {
  const numbers = sources.map(numberOf);
  const entry = combinedLists.get(key);
  if (entry && entry.sources.every((number, i) => number === numbers[i])) return entry;
  const known = combined(parts.query, [...parts.lists.keys()], sources, maxKnown);
  const fresh = { sources: numbers, known, ranking: null, answersNarrowest: answersNarrowest(known, counties, Date.now()) };
  combinedLists.delete(key);
  combinedLists.set(key, fresh);
  if (combinedLists.size > COMBINED_LISTS) combinedLists.delete(combinedLists.keys().next().value!);
  return fresh;
}

let rankedByDatabase = 0;

/** How many postings of lists combined from their words' lists the database has ranked (not ranked in memory): for tests. */
export function postingsRankedByDatabase(): number {
  return rankedByDatabase;
}

/**
 * Ranks the postings at `places` of a combined list not ranked yet, as ts_rank does (ts-rank.ts),
 * from the places of the lexemes in each posting, found in the lists of the lexemes (`sources`, in
 * the order of `lexemes`) that hold it. A posting whose places one of them does not hold stays unranked.
 */
function rankFromPlaces(known: Known, places: number[], query: WordQuery, lexemes: string[], sources: Known[]): void {
  if (!known.held || !sources.every((source) => source.wordPlaces)) return;
  const order = rankOrder(query);
  const found = new Map<string, Uint16Array>();
  posting: for (const i of places) {
    if (!Number.isNaN(known.rank[i])) continue;
    found.clear();
    for (let s = 0; s < sources.length; s++) {
      if ((known.held[i]! & (1 << s)) === 0) continue;
      const place = placeIn(sources[s]!, known.published[i]!, known.ids[i]!);
      if (place < 0) continue posting;
      found.set(lexemes[s]!, wordPlacesAt(sources[s]!, place)!);
    }
    known.rank[i] = tsRank(query, (lexeme) => found.get(lexeme) ?? null, order);
  }
}

/** Where the posting published at `published` with id `id` is in a list (ordered newest first, then by id, highest first); -1 when it is not. */
function placeIn(known: Known, published: number, id: number): number {
  let low = 0;
  let high = known.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const before = known.published[middle]! > published || (known.published[middle] === published && known.ids[middle]! > id);
    if (before) low = middle + 1;
    else high = middle;
  }
  return low < known.length && known.ids[low] === id ? low : -1;
}

/** Ranks the postings at `places` of a combined list for the words, as the database ranks them. */
async function rankInto(db: Database, known: Known, places: number[], words: SQL): Promise<void> {
  const ranks = rowsOf<{ id: number; rank: number }>(
    await db.execute(sql`select ${opportunities.id} as id, ts_rank(${opportunities.searchVector}, ${words})::float8 as rank
      from ${opportunities} where ${inArray(opportunities.id, places.map((i) => known.ids[i]!))}`),
  );
  rankedByDatabase += places.length;
  const rankOf = new Map(ranks.map((row) => [Number(row.id), Number(row.rank)]));
  for (const i of places) known.rank[i] = rankOf.get(known.ids[i]!) ?? Number.NaN;
}

/**
 * The list of the postings matching `query`, from the lists of its lexemes (`sources`, in the
 * order of `lexemes`), newest first, unranked (NaN). A list cut at maxKnown holds every match of
 * its lexeme published after its last posting: the combined list holds the postings published
 * after the newest of those last postings (at it included) that match the query, the newest
 * `maxKnown` of them at most, and is complete only when every source is and nothing was cut. A
 * query a posting holding none of its lexemes would match (`!a`) has matches in none of the lists,
 * and combines to an empty, incomplete list: the database answers it.
 */
export function combined(query: WordQuery, lexemes: string[], sources: Known[], maxKnown = MAX_KNOWN): Known {
  const countyOrder = sources[0]?.countyOrder ?? "";
  const complete = sources.every((source) => source.complete);
  // Whether the query matches, for each set of the lexemes a posting may hold (bit s: it holds lexemes[s]).
  const matchesHeld = Uint8Array.from({ length: 1 << sources.length }, (_, held) =>
    matchesWords(query, (lexeme) => (held & (1 << lexemes.indexOf(lexeme))) !== 0) ? 1 : 0,
  );
  if (matchesHeld[0]) return emptyList(0, false, countyOrder);
  // The last posting of the list cut shortest in time: the combined list ends there.
  let end: { list: Known; at: number } | null = null;
  for (const source of sources) {
    if (source.complete || source.length === 0) continue;
    const at = source.length - 1;
    if (!end || newer(source, at, end.list, end.at)) end = { list: source, at };
  }
  const endPublished = end ? end.list.published[end.at]! : -Infinity;
  const endId = end ? end.list.ids[end.at]! : 0;
  // Merged newest first, in columns of their own: a combination is made at a search, and must be quick.
  const published = sources.map((source) => source.published);
  const ids = sources.map((source) => source.ids);
  const lengths = sources.map((source) => source.length);
  const room = Math.min(lengths.reduce((sum, length) => sum + length, 0), maxKnown + 1);
  const from = new Uint8Array(room);
  const places = new Int32Array(room);
  const helds = new Uint8Array(room);
  let found = 0;
  const heads = new Int32Array(sources.length);
  for (;;) {
    // The newest posting at the head of any list, and every list whose head it is.
    let first = -1;
    let firstPublished = 0;
    let firstId = 0;
    for (let s = 0; s < sources.length; s++) {
      const head = heads[s]!;
      if (head >= lengths[s]!) continue;
      const at = published[s]![head]!;
      const id = ids[s]![head]!;
      if (first < 0 || at > firstPublished || (at === firstPublished && id > firstId)) {
        first = s;
        firstPublished = at;
        firstId = id;
      }
    }
    if (first < 0 || firstPublished < endPublished || (firstPublished === endPublished && firstId < endId)) break;
    let held = 0;
    for (let s = 0; s < sources.length; s++) {
      const head = heads[s]!;
      if (head < lengths[s]! && ids[s]![head] === firstId) {
        held |= 1 << s;
        heads[s] = head + 1;
      }
    }
    if (matchesHeld[held]) {
      from[found] = first;
      places[found] = heads[first]! - 1;
      helds[found] = held;
      found++;
      // Cut as a list read is: it holds every match after its last posting.
      if (found > maxKnown) break;
    }
  }
  const cut = found > maxKnown;
  const length = Math.min(found, maxKnown);
  const result = emptyList(length, complete && !cut, countyOrder);
  for (let i = 0; i < length; i++) copyPosting(result, i, sources[from[i]!]!, places[i]!);
  result.rank.fill(Number.NaN);
  result.held = helds.slice(0, length);
  return result;
}

/**
 * Whether a list answers every search in one county at one skill level, the narrowest a search of
 * its words may be: a whole list does; one cut short does when each such search finds more than
 * COUNT_CAP of its matches in it (rankedFromMemory).
 */
export function answersNarrowest(known: Known, counties: number, now: number): boolean {
  if (known.complete) return true;
  const levels = SKILL_LEVELS.length;
  const statewide = new Uint32Array(levels);
  const inCounty = new Uint32Array(counties * levels);
  for (let i = 0; i < known.length; i++) {
    const level = known.skill[i]!;
    if (known.expires[i]! <= now || level >= levels) continue;
    if ((known.reach[i]! & STATEWIDE) !== 0) statewide[level]!++;
    else for (let mask = known.counties[i]!, bit = 0; mask !== 0; mask >>>= 1, bit++) if ((mask & 1) !== 0) inCounty[bit * levels + level]!++;
  }
  for (let place = 0; place < inCounty.length; place++) {
    if (statewide[place % levels]! + inCounty[place]! <= COUNT_CAP) return false;
  }
  return true;
}

/**
 * Answers, once and for nothing, the searches of several words that the held lists of two words
 * give (`words`, lists of one lexeme each, the first two held): their and, or and and-not combined,
 * whether each answers its narrowest searches, the newest matches in a county at a skill level
 * ranked from the words' places, a page newest first, and a facet sample; then a search of the
 * first word alone. Nothing is kept. Node compiles a function for speed only once it has run: at a
 * million postings, a process's first search of two words spent 80 ms here, where later ones spend
 * 8, and it was a visitor's. Called once the lists of the common words are read (search.ts
 * `readListsOfCommonWords`), one combination per turn of the event loop, so that no visitor waits
 * long behind it. How many combinations it answered (none without two such lists held).
 */
export async function warmSearchesOfSeveralWords(words: ListQuery[], allCounties: CountyRef[], sample: number): Promise<number> {
  if (allCounties.length > 32 || currentStamp() === null) return 0;
  const countyOrder = countyOrderOf(allCounties);
  const held = words.flatMap((list) => {
    const known = list.lexeme ? peekHeld(list, countyOrder, MAX_KNOWN) : null;
    return known?.wordPlaces ? [{ lexeme: list.lexeme!, known }] : [];
  });
  if (held.length < 2) return 0;
  const lexemes = [held[0]!.lexeme, held[1]!.lexeme];
  const sources = [held[0]!.known, held[1]!.known];
  const [first, second] = lexemes.map(quotedLexeme);
  const page = { limit: PAGE_SIZE, offset: 0, localFirst: true };
  let answered = 0;
  // Twice each: Node compiles a function for speed after it has run a while.
  for (const text of [`${first} & ${second}`, `${first} | ${second}`, `${first} & !${second}`].flatMap((text) => [text, text])) {
    await setImmediate();
    const query = parseWordQuery(text);
    if (!query) continue;
    const known = combined(query, lexemes, sources);
    const now = Date.now();
    answersNarrowest(known, allCounties.length, now);
    const found = newestMatches(known, 1, 0, now);
    rankFromPlaces(known, found.slice(0, COUNT_CAP), query, lexemes, sources);
    rank(known, found, page);
    newestPage(known, 1, 0, now, { ...page, offset: page.limit });
    sampleOf(known, allCounties, sample);
    answered++;
  }
  rank(sources[0]!, newestMatches(sources[0]!, 1, 0, Date.now()), page);
  return answered;
}

/** How long a process waits before it asks again for a list another process was reading (readListsAhead). */
const LOCKED_RETRY_MS = 500;

/**
 * Reads the lists `wanted` one after another, beside the searches (or takes each from the
 * database, when another process has kept it): a server reads the lists of the words most
 * postings hold as it starts (search.ts `readListsOfCommonWords`), before visitors search them.
 * A list another process is reading is taken once it has kept it, after the others: asked again
 * every LOCKED_RETRY_MS until READ_TIMEOUT_MS have passed since the others were done (a read ends
 * within that time), since the processes of a server that starts read the same lists in the same
 * order, and the last one read by one process was still being read when the other asked again.
 */
export async function readListsAhead(db: Database, wanted: ListQuery[], allCounties: CountyRef[]): Promise<void> {
  if (allCounties.length > 32) return;
  let left = wanted;
  let until = Number.POSITIVE_INFINITY;
  for (let pass = 0; left.length > 0; pass++) {
    if (pass === 1) until = Date.now() + READ_TIMEOUT_MS;
    if (pass > 0) {
      if (Date.now() >= until) return;
      await new Promise((resolve) => setTimeout(resolve, LOCKED_RETRY_MS));
    }
    const later: ListQuery[] = [];
    for (const list of left) {
      await warming;
      const key = listKey(list);
      const started = await whenFreeToRead(5000, () =>
        // Not when held already, or paused after a read that failed lately.
        listsFor(list).kept(key) || Date.now() < (pauses.get(key)?.until ?? 0)
          ? null
          : startReading(listsFor(list), key, () => readAndKeep(db, key, list, allCounties, MAX_KNOWN, READ_TIMEOUT_MS)),
      );
      if (!started) return;
      if (started.value && !(await started.value.catch(() => null))) later.push(list);
    }
    left = later;
  }
}

/** The list last read for `key` and the postings changed since, when it can be mended with them (under the same counties). */
function mendable(key: string, countyOrder: string): { known: Known; postings: number[] } | null {
  const last = lists.lastKept(key);
  const known = last && readLists.get(last.value);
  // Read under another list of counties, its bits mean other counties: it is read again.
  if (!last || !known || known.countyOrder !== countyOrder) return null;
  const postings = postingsChangedSince(last.stamp);
  return postings && postings.length <= MAX_MENDED ? { known, postings } : null;
}

/**
 * The list brought up to date with the postings changed since it was read: each of them is read
 * (with the list's filters and the public condition, and ranked, as a read of the whole list does),
 * taken out of the list, and put back in its place if it matches now. Not kept in the database: a
 * change committed but not yet heard may have touched others.
 */
async function mendList(db: Database, list: ListQuery, known: Known, postings: number[], allCounties: CountyRef[], maxKnown: number, timeoutMs: number): Promise<Known> {
  if (postings.length === 0) return known;
  const { known: now } = await readList(db, list, allCounties, postings.length, timeoutMs, postings);
  return mended(known, now, new Set(postings), maxKnown);
}

/**
 * `known` without the postings `touched`, and with those of `now` (the touched postings that match
 * now, in the list's order) in their places. A list cut at maxKnown holds every match published
 * after its last posting, and only those: a posting that now matches but comes after it stays out.
 */
export function mended(known: Known, now: Known, touched: Set<number>, maxKnown: number): Known {
  const last = known.length - 1;
  // Every posting not after the last (the last itself, touched, included).
  const added = [...Array(now.length).keys()].filter((j) => known.complete || (last >= 0 && !newer(known, last, now, j)));
  const kept = [...Array(known.length).keys()].filter((i) => !touched.has(known.ids[i]!));
  const length = Math.min(kept.length + added.length, maxKnown);
  const result = emptyList(length, known.complete && kept.length + added.length <= maxKnown, known.countyOrder);
  const picked: [Known, number][] = [];
  let i = 0;
  let j = 0;
  for (let at = 0; at < length; at++) {
    const fromNow = j < added.length && (i >= kept.length || newer(now, added[j]!, known, kept[i]!));
    const [from, place] = fromNow ? [now, added[j++]!] : [known, kept[i++]!];
    copyPosting(result, at, from, place);
    picked.push([from, place]);
  }
  result.wordPlaces = placesOf(picked);
  return result;
}

/** The places of the lexeme in the postings `picked` (a list and a place in it), in that order; none unless every list has them. */
function placesOf(picked: [Known, number][]): Known["wordPlaces"] {
  if (!picked.every(([from]) => from.wordPlaces)) return undefined;
  const starts = new Uint32Array(picked.length + 1);
  picked.forEach(([from, place], i) => (starts[i + 1] = starts[i]! + wordPlacesAt(from, place)!.length));
  const at = new Uint16Array(starts[picked.length]!);
  picked.forEach(([from, place], i) => at.set(wordPlacesAt(from, place)!, starts[i]));
  return { starts, at };
}

/** The places of a list's lexeme in the posting at `place`, when the list has them. */
function wordPlacesAt(known: Known, place: number): Uint16Array | null {
  const places = known.wordPlaces;
  return places ? places.at.subarray(places.starts[place], places.starts[place + 1]) : null;
}

/** Copies the posting at `place` of `from` to `at` in `to`. */
function copyPosting(to: Known, at: number, from: Known, place: number): void {
  to.published[at] = from.published[place]!;
  to.ids[at] = from.ids[place]!;
  to.rank[at] = from.rank[place]!;
  to.skill[at] = from.skill[place]!;
  to.reach[at] = from.reach[place]!;
  to.counties[at] = from.counties[place]!;
  to.expires[at] = from.expires[place]!;
}

/** Whether the posting at `i` of `a` was published after the one at `j` of `b` (or at the same moment, with a higher id): the lists' order. */
function newer(a: Known, i: number, b: Known, j: number): boolean {
  return a.published[i]! > b.published[j]! || (a.published[i] === b.published[j] && a.ids[i]! > b.ids[j]!);
}

function emptyList(length: number, complete: boolean, countyOrder: string): Known {
  return {
    length,
    complete,
    countyOrder,
    published: new Float64Array(length),
    ids: new Int32Array(length),
    rank: new Float32Array(length),
    skill: new Uint8Array(length),
    reach: new Uint8Array(length),
    counties: new Uint32Array(length),
    expires: new Float64Array(length),
  };
}

/** The order of the counties whose places are the bits of a list's county masks: a list read under another is not used. */
function countyOrderOf(allCounties: CountyRef[]): string {
  return allCounties.map((county) => county.id).join(",");
}

function maskOf(countyIds: number[], allCounties: CountyRef[]): number {
  let mask = 0;
  allCounties.forEach((county, bit) => {
    if (countyIds.includes(county.id)) mask |= 1 << bit;
  });
  return mask >>> 0;
}

/** Whether the posting at place `i` matches the county and skill filters, and has not expired at `now`. */
function matchesAt(known: Known, i: number, wanted: number, level: number, now: number): boolean {
  if (known.expires[i]! <= now) return false;
  if (level >= 0 && known.skill[i] !== level) return false;
  return wanted === 0 || (known.reach[i]! & STATEWIDE) !== 0 || (known.counties[i]! & wanted) !== 0;
}

/** Places in the list of the newest matches of the county and skill filters not expired at `now`, at most COUNT_CAP + 1. */
function newestMatches(known: Known, wanted: number, level: number, now: number): number[] {
  const found: number[] = [];
  for (let i = 0; i < known.length && found.length <= COUNT_CAP; i++) {
    if (matchesAt(known, i, wanted, level, now)) found.push(i);
  }
  return found;
}

/**
 * A page newest first: with `localFirst`, every local match before the statewide and remote ones.
 * A list cut at maxKnown answers a page whose postings are all among its local matches (or, without
 * `localFirst`, among its matches); the count only when it holds COUNT_CAP + 1 matches, else the
 * database counts them.
 */
function newestPage(known: Known, wanted: number, level: number, now: number, { limit, offset, localFirst }: PageOfList): Ranked | null {
  const end = offset + limit;
  const first: number[] = [];
  const then: number[] = [];
  let matches = 0;
  for (let i = 0; i < known.length && !(matches > COUNT_CAP && first.length >= end); i++) {
    if (!matchesAt(known, i, wanted, level, now)) continue;
    matches++;
    const part = !localFirst || known.reach[i] === 0 ? first : then;
    if (part.length < end) part.push(i);
  }
  // Only a whole list tells where the first part ends when the page goes past it.
  if (first.length < end && !known.complete) return null;
  const ids = [...first, ...then].slice(offset, end).map((i) => known.ids[i]!);
  return { ids, matches: matches > COUNT_CAP || known.complete ? Math.min(matches, COUNT_CAP + 1) : null };
}

function rank(known: Known, found: number[], { limit, offset, localFirst }: { limit: number; offset: number; localFirst: boolean }): Ranked {
  const local = (i: number) => (localFirst && known.reach[i] === 0 ? 1 : 0);
  // The earlier place is the newer publication (or, published at the same moment, the higher id).
  const order = found.slice(0, COUNT_CAP).sort((a, b) => local(b) - local(a) || known.rank[b]! - known.rank[a]! || a - b);
  return { ids: order.slice(offset, offset + limit).map((i) => known.ids[i]!), matches: found.length };
}

/**
 * Reads a list in one query, given up after `timeoutMs`: the newest `maxKnown` matches, whether
 * there are more, and the count of public changes it was read under (null where there is none).
 */
async function readList(
  db: Database,
  list: ListQuery,
  allCounties: CountyRef[],
  maxKnown: number,
  timeoutMs: number,
  /** Only these postings, of those the list's filters match (to mend a list). */
  only?: number[],
): Promise<{ known: Known; changes: number | null }> {
  const countyOrder = countyOrderOf(allCounties);
  // The list travels as one bytea, a record a posting newest first (`ROW`): as many rows would take
  // tens of milliseconds to read, and a text of it to split (as earlier builds did) blocked this
  // process for 110-190 ms at a million postings, where these records take about 20. It is sent as
  // base64 text, which the driver takes in half the time of the hex it makes of a bytea (3.5 MB: 30
  // against 60-90 ms at a million postings), as kept lists travel too (kept-lists.ts). Each match is
  // ranked in the inner query, so that a sort (at 100,000 postings) sorts narrow rows: sorting them
  // with their words (a few hundred bytes each) spilled to disk and took twice as long. Walking the
  // newest first (at a million) ranks only the rows kept either way. The county masks are made here
  // (a fifth of the read's time in PostgreSQL at a million postings). The time limit holds for this
  // transaction alone. A list of one lexeme also brings the lexeme's places in each posting: each
  // as the two low bytes of an int4, the weight (its letter D to A as 0 to 3) above the position.
  const places = list.lexeme
    ? sql`(select int2send(count(*)::int2) || coalesce(string_agg(substring(int4send(place.position + 16384 * (68 - ascii(place.weight))) from 3), ''::bytea order by place.n), ''::bytea)
        from unnest(${opportunities.searchVector}) as word, unnest(word.positions, word.weights) with ordinality as place(position, weight, n)
        where word.lexeme = ${list.lexeme})`
    : sql`''::bytea`;
  const skillIndex = sql.join(
    SKILL_LEVELS.map((level, i) => sql`when ${level} then ${i}::int2`),
    sql` `,
  );
  const [row] = await db.transaction(async (tx) => {
    await limitTime(tx, timeoutMs);
    return rowsOf<{ list: string | null; read: string | number; changes: string | number | null }>(
      await tx.execute(sql`select (select changes from public_change_count) as changes, count(*) as read, encode(string_agg(
          int4send(id)
          || float4send(rank)
          || int2send(case skill_level::text ${skillIndex} else -1::int2 end)
          || int2send((statewide::int * ${STATEWIDE} + remote::int * ${REMOTE})::int2)
          || float8send((extract(epoch from expires_at) * 1000)::float8)
          || float8send((extract(epoch from published_at) * 1000000)::float8)
          || array_send(county_ids)
          || places,
        ''::bytea order by published_at desc, id desc), 'base64') as list
      from (select ${opportunities.id} as id, ${opportunities.publishedAt} as published_at,
          ${list.words ? sql`ts_rank(${opportunities.searchVector}, ${list.words})` : sql`0::float4`} as rank,
          ${opportunities.skillLevel} as skill_level, ${opportunities.statewide} as statewide, ${opportunities.remote} as remote,
          ${opportunities.countyIds} as county_ids, ${opportunities.expiresAt} as expires_at, ${places} as places
        ${list.fromWhere}${only ? sql` and ${inArray(opportunities.id, only)}` : sql``}
        order by ${opportunities.publishedAt} desc, ${opportunities.id} desc
        limit ${maxKnown + 1}) as newest`),
    );
  });
  // The driver has just held this process up making a text of the list: what came in meanwhile goes on before it is filled in.
  await setImmediate();
  const read = Number(row?.read ?? 0);
  const length = Math.min(read, maxKnown);
  const known = emptyList(length, read <= maxKnown, countyOrder);
  if (row?.list) fillFromRecords(known, Buffer.from(row.list, "base64"), allCounties, !!list.lexeme);
  return { known, changes: row?.changes == null ? null : Number(row.changes) };
}

/**
 * The bytes of a posting in a list as PostgreSQL sends it, all in network byte order: id (int4),
 * rank (float4), skill level's place in SKILL_LEVELS (int2), reach (int2), expiry in milliseconds
 * since the epoch and publication in microseconds (float8 each), then its county ids as array_send
 * writes an int4[]: the number of dimensions, a flag and the element type (int4 each), for a
 * dimension its length and lower bound (int4 each), and each id as its length and value (int4 each).
 * In a list of one lexeme, then the number of its places in the posting (int2) and each place (two bytes).
 */
const ROW = { fixed: 28, arrayHeader: 12, dimension: 8, element: 8 };

/** Fills `known` from the records of its postings (ROW), the counties as the bits of their places in `allCounties`; and the places of its lexeme, when `withPlaces`. */
function fillFromRecords(known: Known, records: Uint8Array, allCounties: CountyRef[], withPlaces: boolean): void {
  const bitOf = new Map(allCounties.map((county, place) => [county.id, 1 << place]));
  const view = new DataView(records.buffer, records.byteOffset, records.byteLength);
  const starts = new Uint32Array(known.length + 1);
  let placesAt = new Uint16Array(withPlaces ? known.length * 2 : 0);
  let placed = 0;
  // A lexeme without places (a vector stripped of them) has none in a posting: the database ranks this list's postings.
  let everyPlaced = true;
  let at = 0;
  for (let i = 0; i < known.length; i++) {
    known.ids[i] = view.getInt32(at);
    known.rank[i] = view.getFloat32(at + 4);
    known.skill[i] = view.getInt16(at + 8);
    known.reach[i] = view.getInt16(at + 10);
    known.expires[i] = view.getFloat64(at + 12);
    known.published[i] = view.getFloat64(at + 20);
    at += ROW.fixed;
    const dimensions = view.getInt32(at);
    at += ROW.arrayHeader;
    let mask = 0;
    if (dimensions > 0) {
      const ids = view.getInt32(at);
      at += ROW.dimension;
      for (let k = 0; k < ids; k++, at += ROW.element) mask |= bitOf.get(view.getInt32(at + 4)) ?? 0;
    }
    known.counties[i] = mask >>> 0;
    if (withPlaces) {
      const count = view.getInt16(at);
      at += 2;
      if (count === 0) everyPlaced = false;
      if (placed + count > placesAt.length) {
        const wider = new Uint16Array(Math.max(placesAt.length * 2, placed + count));
        wider.set(placesAt);
        placesAt = wider;
      }
      for (let k = 0; k < count; k++, at += 2) placesAt[placed++] = view.getUint16(at);
      starts[i + 1] = placed;
    }
  }
  if (withPlaces && everyPlaced) known.wordPlaces = { starts, at: placesAt.slice(0, placed) };
}
