/**
 * Searches of several words answered from the lists of their single words (known-matches.ts
 * `rankedFromWords`) give exactly the page and the count the database gives (search.ts
 * `buildPageQuery`), over 12,000 synthetic postings; lists cut short answer only what they hold,
 * and a query that postings holding none of its words would match is left to the database. A server
 * that starts reads the lists of the common words, so that their searches are answered from memory
 * from the first.
 */
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, rowsOf, type Database } from "@/db/client";
import { opportunities } from "@/db/schema";
import { seedSyntheticOpportunities } from "@/db/seed/synthetic";
import { listCounties, type CountyRef } from "@/lib/counties/queries";
import { startListingsVersion } from "@/lib/public-cache/listings-version";
import { currentStamp } from "@/lib/public-cache/stamp.mjs";
import { afterChange, until } from "@/lib/public-cache/testing";
import { createRandom } from "@/db/seed/random";
import { SKILL_LEVELS, type SkillLevel } from "@/lib/vocabulary";
import {
  answersNarrowest,
  combined,
  listReadSettled,
  listsReadFromPostings,
  postingsRankedByDatabase,
  rankedFromMemory,
  rankedFromWords,
  rankedOrMended,
  samplesFromMemory,
  startAfresh,
  warmSearchesOfSeveralWords,
  type Known,
  type Ranked,
} from "./known-matches";
import { parseWordQuery } from "./word-query";
import { COUNT_CAP, PAGE_SIZE } from "./params";
import { buildPageQuery, matchList, readListsOfCommonWords, searchOpportunities, type SearchFilters } from "./search";

let db: Database;
let counties: CountyRef[];

beforeAll(async () => {
  db = await getDb();
  await seedSyntheticOpportunities(db, 12_000);
  counties = await listCounties();
  await startListingsVersion();
  await until(() => currentStamp() !== null, "listening");
});

type Case = { q: string; county: string[]; skill?: SkillLevel; page: number; localFirst: boolean; order: "relevance" | "newest" };

/** The words as the site parses them before it searches (search.ts `parseKeywords`). */
async function parsed(q: string): Promise<string> {
  const [row] = rowsOf<{ parsed: string }>(await db.execute(sql`select websearch_to_tsquery('english', ${q})::text as parsed`));
  return row!.parsed;
}

const idsOf = (county: string[]) => counties.filter((c) => county.includes(c.slug)).map((c) => c.id);

/** The page as the database gives it, and the count of matches when it counts them. */
async function fromDatabase({ q, county, skill, page, localFirst, order }: Case) {
  const rows = await buildPageQuery(db, { q, skill }, idsOf(county), order, PAGE_SIZE, (page - 1) * PAGE_SIZE, { localFirst });
  return { ids: rows.map((row) => row.id), matches: rows[0]?.matches ?? null };
}

/** The search answered from its words' lists, each read as the searches ask for it (null: the database answers). */
async function fromWords({ q, county, skill, page, localFirst, order }: Case, maxKnown?: number): Promise<Ranked | null> {
  const list = matchList({ q, parsedQ: await parsed(q) });
  expect(list.parts).not.toBeNull();
  await listReadSettled();
  // Each list is read at its second ask, one at a time.
  for (let i = 0; i <= 2 * list.parts!.lists.size; i++) {
    const ranked = await rankedFromWords(db, list, counties, idsOf(county), skill, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, localFirst, order }, { maxKnown });
    if (ranked) return ranked;
    await listReadSettled();
  }
  return null;
}

describe("a search of several words from its words' lists is the page the database gives", () => {
  const words = ["mentor youth", "outreach -school", "counseling or housing", "interpreter or survivor or recovery", "legal -mentor or garden"];
  const random = createRandom(21);
  const cases: Case[] = [];
  for (const q of words) {
    for (let i = 0; i < 10; i++) {
      const county = Array.from({ length: Math.floor(random.next() * 4) }, () => "");
      const skill = [undefined, ...SKILL_LEVELS][Math.floor(random.next() * (SKILL_LEVELS.length + 1))];
      const page = [1, 1, 2, 3, 50][Math.floor(random.next() * 5)]!;
      const order = random.next() < 0.8 ? "relevance" : "newest";
      // The database's newest-first page of one query lists by date alone (search.ts reads local postings first in two queries).
      cases.push({ q, county, skill, page, localFirst: order === "relevance" && random.next() < 0.7, order });
    }
  }

  it.each(cases.map((c, i) => [i, c] as const))("case %i", async (_, template) => {
    const picked = template.county.map((_, j) => counties[(j * 5 + template.q.length + template.page) % counties.length]!.slug);
    const search = { ...template, county: picked, localFirst: template.localFirst && picked.length > 0 };
    const expected = await fromDatabase(search);
    const rankedBefore = postingsRankedByDatabase();
    const ranked = await fromWords(search);
    expect(ranked).not.toBeNull();
    expect(ranked!.ids).toEqual(expected.ids);
    // Ranked in memory, from the places of the words in each posting (ts-rank.ts): the database ranked none.
    expect(postingsRankedByDatabase()).toBe(rankedBefore);
    if (expected.matches !== null && ranked!.matches !== null) expect(ranked!.matches).toBe(expected.matches);
  });

  it("ranks the newest COUNT_CAP matches of frequent words, counting up to COUNT_CAP + 1", async () => {
    const search: Case = { q: "counseling or housing", county: [], page: 50, localFirst: false, order: "relevance" };
    const ranked = await fromWords(search);
    expect(ranked!.matches).toBe(COUNT_CAP + 1);
    expect(ranked!.ids).toEqual((await fromDatabase(search)).ids);
  });
});

it("answers from words' lists cut short only the searches whose newest matches all of them hold", async () => {
  // Lists of 2,000 postings each: their combination holds the matches published after the older of their last postings.
  const everywhere: Case = { q: "counseling or housing", county: [], page: 1, localFirst: false, order: "relevance" };
  const ranked = await fromWords(everywhere, 2000);
  expect(ranked!.matches).toBe(COUNT_CAP + 1);
  expect(ranked!.ids).toEqual((await fromDatabase(everywhere)).ids);
  // In one county at one skill level, too few of those match: the database answers, then the whole lists do.
  const narrow: Case = { ...everywhere, q: "mentor youth", county: [counties[0]!.slug], skill: "some", localFirst: true };
  expect(await fromWords(narrow, 2000)).toBeNull();
  expect((await fromWords(narrow))!.ids).toEqual((await fromDatabase(narrow)).ids);
});

/** A list of postings by id, newest first: each published at the second of its id, so a higher id is newer. */
function listOf(ids: number[], complete: boolean): Known {
  const n = ids.length;
  return {
    length: n,
    complete,
    countyOrder: "",
    published: Float64Array.from(ids, (id) => id * 1_000_000),
    ids: Int32Array.from(ids),
    rank: new Float32Array(n).fill(0.5),
    skill: new Uint8Array(n),
    reach: new Uint8Array(n),
    counties: new Uint32Array(n),
    expires: new Float64Array(n).fill(Date.now() + 60_000),
  };
}

it("combines words' lists up to the newest of their last postings, where a list cut short stops knowing its word", () => {
  // "a" is cut at 6: it holds every match of its word from 6 up, none below. "b" is whole.
  const a = listOf([10, 8, 7, 6], false);
  const b = listOf([9, 8, 5, 3], true);
  const ids = (text: string, sources: Known[]) => [...combined(parseWordQuery(text)!, ["a", "b"], sources).ids];
  expect(ids("'a' | 'b'", [a, b])).toEqual([10, 9, 8, 7, 6]);
  expect(ids("'a' & 'b'", [a, b])).toEqual([8]);
  // Below 6 a posting of "b" may hold "a" too: it is left out, not counted as matching `!a`.
  expect(ids("'b' & !'a'", [a, b])).toEqual([9]);
  expect(combined(parseWordQuery("'a' | 'b'")!, ["a", "b"], [a, b]).complete).toBe(false);
  // Both whole: every match, and the combination is whole.
  const whole = combined(parseWordQuery("'b' & !'a'")!, ["a", "b"], [listOf([10, 8, 7, 6], true), b]);
  expect([...whole.ids]).toEqual([9, 5, 3]);
  expect(whole.complete).toBe(true);
  expect(whole.rank.every(Number.isNaN)).toBe(true);
  // Cut at maxKnown as a list read is: the newest, and not whole.
  const cut = combined(parseWordQuery("'a' | 'b'")!, ["a", "b"], [listOf([10, 8, 7, 6], true), b], 3);
  expect([...cut.ids]).toEqual([10, 9, 8]);
  expect(cut.complete).toBe(false);
  // True of a posting holding neither word: empty and not whole, for the database to answer.
  const negated = combined(parseWordQuery("!'a' | !'b'")!, ["a", "b"], [listOf([1], true), listOf([2], true)]);
  expect(negated.length).toBe(0);
  expect(negated.complete).toBe(false);
});

it("reads a search's own list only when its words' lists cannot answer it or its narrowest searches", async () => {
  const page = { limit: PAGE_SIZE, offset: 0, localFirst: true };
  const thrice = async (q: string, county: string[], skill: SkillLevel | undefined, maxKnown?: number) => {
    const list = matchList({ q, parsedQ: await parsed(q) });
    for (let i = 0; i < 3; i++) {
      expect(await rankedOrMended(db, list, counties, idsOf(county), skill, page, { maxKnown })).not.toBeNull();
      await listReadSettled();
    }
  };
  // Whole lists answer every search of "counseling or housing": three of them, and its own list is never read.
  await fromWords({ q: "counseling or housing", county: [], page: 1, localFirst: false, order: "relevance" });
  let reads = listsReadFromPostings();
  await thrice("counseling or housing", [], undefined);
  await thrice("counseling or housing", [counties[0]!.slug], "some");
  expect(listsReadFromPostings()).toBe(reads);
  // Lists of 2,000 postings each answer "counseling or housing" everywhere, but hold too few of its
  // matches in one county at one skill level: its own list is read at the first search, once, and answers from then on.
  const everywhere: Case = { q: "counseling or housing", county: [], page: 1, localFirst: false, order: "relevance" };
  await fromWords(everywhere, 2000);
  reads = listsReadFromPostings();
  await thrice("counseling or housing", [], undefined, 2000);
  expect(listsReadFromPostings()).toBe(reads + 1);
  const rankedBefore = postingsRankedByDatabase();
  const answered = await rankedOrMended(db, matchList({ q: everywhere.q, parsedQ: await parsed(everywhere.q) }), counties, [], undefined, { ...page, localFirst: false }, { maxKnown: 2000 });
  expect(answered!.ids).toEqual((await fromDatabase(everywhere)).ids);
  expect(postingsRankedByDatabase()).toBe(rankedBefore);
  // The first search of "mentor youth" is one its words' lists cannot answer: the database answers, and its own list is read at once for the next.
  const narrow: Case = { q: "mentor youth", county: [counties[0]!.slug], skill: "some", page: 1, localFirst: true, order: "relevance" };
  expect(await fromWords(narrow, 2000)).toBeNull();
  const before = listsReadFromPostings();
  const narrowList = matchList({ q: narrow.q, parsedQ: await parsed(narrow.q) });
  expect(await rankedOrMended(db, narrowList, counties, idsOf(narrow.county), narrow.skill, page, { maxKnown: 2000 })).toBeNull();
  await listReadSettled();
  expect(listsReadFromPostings()).toBe(before + 1);
  const own = await rankedOrMended(db, narrowList, counties, idsOf(narrow.county), narrow.skill, page, { maxKnown: 2000 });
  expect(own!.ids).toEqual((await fromDatabase(narrow)).ids);
});

it("tells whether a list answers every search in one county at one skill level", () => {
  const levels = SKILL_LEVELS.length;
  // Statewide postings serve every county: COUNT_CAP + 1 at each level answer every such search.
  const statewide = listOf(Array.from({ length: (COUNT_CAP + 1) * levels }, (_, i) => i + 1), false);
  statewide.reach.fill(1);
  statewide.skill.forEach((_, i) => (statewide.skill[i] = i % levels));
  expect(answersNarrowest(statewide, counties.length, Date.now())).toBe(true);
  // One fewer at one level, and a search at that level in any county finds only COUNT_CAP.
  statewide.expires[0] = Date.now() - 1;
  expect(answersNarrowest(statewide, counties.length, Date.now())).toBe(false);
  // A whole list answers every search, however few it holds.
  expect(answersNarrowest(listOf([3, 2, 1], true), counties.length, Date.now())).toBe(true);
});

it("counts a search's facets from the list of its matches held in memory, as the database counts them", async () => {
  const page = { limit: PAGE_SIZE, offset: 0, localFirst: false };
  for (const q of ["legal", "counseling or housing"]) {
    const list = matchList({ q, parsedQ: await parsed(q) });
    if (list.parts) await fromWords({ q, county: [], page: 1, localFirst: false, order: "relevance" });
    else for (let i = 0; i < 2; i++, await listReadSettled()) await rankedOrMended(db, list, counties, [], undefined, page);
    const sampled = samplesFromMemory();
    // A sample of every match: exact counts, the same as the database's.
    const held = await searchOpportunities({ q, county: [counties[1]!.slug] }, { facetSample: 20_000 });
    expect(samplesFromMemory()).toBe(sampled + 1);
    const read = await searchOpportunities({ q, county: [counties[1]!.slug] }, { facetSample: 20_000, primary: true });
    expect(held.facets).toEqual(read.facets);
    expect(held.total).toEqual(read.total);
    // A smaller sample: lower bounds, as the database's are.
    const part = await searchOpportunities({ q }, { facetSample: 100 });
    part.facets!.counties.forEach((facet, i) => {
      expect(facet.capped).toBe(true);
      expect(facet.count).toBeLessThanOrEqual(read.facets!.counties[i]!.count);
    });
  }
});

it("leaves to the database a query that postings holding none of its words match", async () => {
  const search: Case = { q: "-legal or -mentor", county: [], page: 1, localFirst: false, order: "relevance" };
  expect(await parsed(search.q)).toBe("!'legal' | !'mentor'");
  expect(await fromWords(search)).toBeNull();
  // Phrases need the words' places: they have no lists of words.
  expect(matchList({ q: '"youth mentor"', parsedQ: await parsed('"youth mentor"') }).parts).toBeNull();
});

it("keeps apart the list of words that are all stop words, which match nothing, and that of no words, which matches everything", async () => {
  expect(await parsed("the")).toBe("");
  const stopWords = { q: "the", parsedQ: "" };
  expect(matchList(stopWords).key).not.toBe(matchList({}).key);
  // Each searched twice (its list read), then once more: the site's answers are the database's.
  const served = async (filters: SearchFilters) => (await searchOpportunities(filters, { facets: false })).items.map((item) => item.slug);
  const read = async (filters: SearchFilters) => (await searchOpportunities(filters, { facets: false, primary: true })).items.map((item) => item.slug);
  for (const filters of [{ q: "the" }, {}, { q: "the" }]) {
    await served(filters);
    await served(filters);
    await listReadSettled();
  }
  expect(await served({ q: "the" })).toEqual([]);
  expect(await served({})).toEqual(await read({}));
  expect((await served({})).length).toBe(PAGE_SIZE);
});

it("leaves a posting out of the very next search once it is closed", async () => {
  const search: Case = { q: "shelter youth", county: [counties[3]!.slug], page: 1, localFirst: true, order: "relevance" };
  const before = await fromWords(search);
  const first = before!.ids[0]!;
  await afterChange(() => db.update(opportunities).set({ status: "closed" }).where(eq(opportunities.id, first)));
  const rankedBefore = postingsRankedByDatabase();
  const after = await fromWords(search);
  expect(after!.ids).not.toContain(first);
  expect(after!.ids).toEqual((await fromDatabase(search)).ids);
  // The words' lists were mended with the posting changed, their places with them: still ranked in memory.
  expect(postingsRankedByDatabase()).toBe(rankedBefore);
});

it("reads the list of every posting and those of the words most postings hold as the server starts, and answers their searches from the first", async () => {
  await startAfresh();
  const read = listsReadFromPostings();
  await readListsOfCommonWords();
  await listReadSettled();
  // The synthetic postings draw their words from a few dozen, each in about a third of them.
  expect(listsReadFromPostings() - read).toBeGreaterThan(20);
  const page = { limit: PAGE_SIZE, offset: 0, localFirst: true };
  const county = [counties[2]!.slug];
  // Asked for the first time, a common word and a search of two are answered from memory.
  const legal = rankedFromMemory(db, matchList({ q: "legal", parsedQ: await parsed("legal") }), counties, idsOf(county), "none", page);
  expect(legal!.ids).toEqual((await fromDatabase({ q: "legal", county, skill: "none", page: 1, localFirst: true, order: "relevance" })).ids);
  const two = await rankedFromWords(db, matchList({ q: "donation drive", parsedQ: await parsed("donation drive") }), counties, idsOf(county), undefined, page);
  expect(two!.ids).toEqual((await fromDatabase({ q: "donation drive", county, page: 1, localFirst: true, order: "relevance" })).ids);
  // And so is a search without words, newest first.
  const browse = rankedFromMemory(db, matchList({}), counties, idsOf(county), "some", { ...page, localFirst: false, order: "newest" });
  expect(browse!.ids).toEqual((await fromDatabase({ q: "", county, skill: "some", page: 1, localFirst: false, order: "newest" })).ids);
});

it("answers the searches of two held words once as the common words' lists are read, keeping nothing and asking the database nothing", async () => {
  await startAfresh();
  const words = ["donat", "drive"].map((lexeme) => matchList({ q: lexeme, parsedQ: `'${lexeme}'` }));
  // Nothing held yet: nothing to answer.
  expect(await warmSearchesOfSeveralWords(words, counties, 1000)).toBe(0);
  await readListsOfCommonWords();
  await listReadSettled();
  const read = listsReadFromPostings();
  const rankedByDatabase = postingsRankedByDatabase();
  const sampled = samplesFromMemory();
  // And, or and and-not, twice each.
  expect(await warmSearchesOfSeveralWords(words, counties, 1000)).toBe(6);
  await listReadSettled();
  expect(listsReadFromPostings()).toBe(read);
  expect(postingsRankedByDatabase()).toBe(rankedByDatabase);
  expect(samplesFromMemory()).toBe(sampled);
  // The searches of those words are answered as before, as the database answers them.
  const county = [counties[5]!.slug];
  const page = { limit: PAGE_SIZE, offset: 0, localFirst: true };
  const two = await rankedFromWords(db, matchList({ q: "donation drive", parsedQ: await parsed("donation drive") }), counties, idsOf(county), "some", page);
  expect(two!.ids).toEqual((await fromDatabase({ q: "donation drive", county, skill: "some", page: 1, localFirst: true, order: "relevance" })).ids);
});
