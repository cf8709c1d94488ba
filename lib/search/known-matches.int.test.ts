/**
 * Keyword searches ranked from the lists kept in memory (known-matches.ts) give exactly the page
 * and the count the database gives for the same search (search.ts `buildPageQuery`), over 12,000
 * synthetic postings: published in random order to the microsecond, some expired, drafts and
 * closed ones, organizations suspended or pending. Words searched once, searches asked while their
 * list is read, and searches a list cut short cannot answer exactly are left to the database. And a
 * posting that stops being public leaves the very next search.
 */
import { eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDatabaseKind, getDb, type Database } from "@/db/client";
import { opportunities, organizations } from "@/db/schema";
import { seedSyntheticOpportunities } from "@/db/seed/synthetic";
import { listCounties, type CountyRef } from "@/lib/counties/queries";
import { startListingsVersion } from "@/lib/public-cache/listings-version";
import { currentStamp } from "@/lib/public-cache/stamp.mjs";
import { afterChange, settled, until } from "@/lib/public-cache/testing";
import { createRandom } from "@/db/seed/random";
import { insertOpportunity, insertOrganization, insertResponse } from "@/lib/testing/fixtures";
import { SKILL_LEVELS, type SkillLevel } from "@/lib/vocabulary";
import { FIRST_PAUSE_MS, listReadSettled, listsReadFromPostings, mended, rankedFromMemory, rankedOrMended, type Known, type ListQuery, type Ranked } from "./known-matches";
import { COUNT_CAP, PAGE_SIZE } from "./params";
import { buildPageQuery, matchList, searchOpportunities, type SearchFilters } from "./search";

let db: Database;
let counties: CountyRef[];

beforeAll(async () => {
  db = await getDb();
  await seedSyntheticOpportunities(db, 12_000);
  counties = await listCounties();
  await startListingsVersion();
  await until(() => currentStamp() !== null, "listening");
});

/** A search; `q` empty for one without words, `order` relevance unless said. */
type Case = { q: string; county: string[]; skill?: SkillLevel; page: number; localFirst: boolean; order?: "relevance" | "newest" };

/** The page as the database ranks it: ids and the count of the newest matches. */
async function fromDatabase({ q, county, skill, page, localFirst }: Case) {
  const countyIds = counties.filter((c) => county.includes(c.slug)).map((c) => c.id);
  const rows = await buildPageQuery(db, { q, skill }, countyIds, "relevance", PAGE_SIZE, (page - 1) * PAGE_SIZE, { localFirst });
  return { ids: rows.map((row) => row.id), matches: rows[0]?.matches ?? null };
}

/** One search asked of the lists: null when the database is left to answer it. */
function ask({ q, county, skill, page, localFirst, order }: Case, maxKnown?: number, list: ListQuery = matchList(q ? { q } : {})) {
  const countyIds = counties.filter((c) => county.includes(c.slug)).map((c) => c.id);
  return rankedFromMemory(db, list, counties, countyIds, skill, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, localFirst, order }, { maxKnown });
}

/** One search ranked from the lists: its list is read the second time its words are searched, beside that search. */
async function fromMemory(search: Case, maxKnown?: number) {
  // A read begun by an earlier search would keep this one from starting: let it end first.
  await listReadSettled();
  ask(search, maxKnown);
  ask(search, maxKnown);
  await listReadSettled();
  return ask(search, maxKnown);
}

describe("a page ranked from memory is the page the database ranks", () => {
  // Rare and frequent words: "counseling or housing" matches about half of the postings.
  const words = ["mentor", "mentor youth", "legal", "outreach -school", "counseling or housing", "interpreter or survivor or recovery"];
  const random = createRandom(11);
  const cases: Case[] = [];
  for (const q of words) {
    for (let i = 0; i < 14; i++) {
      const county = Array.from({ length: Math.floor(random.next() * 4) }, () => "");
      const skill = [undefined, ...SKILL_LEVELS][Math.floor(random.next() * (SKILL_LEVELS.length + 1))];
      const page = [1, 1, 2, 3, 50, 51][Math.floor(random.next() * 6)]!;
      cases.push({ q, county, skill, page, localFirst: random.next() < 0.7 });
    }
  }

  it.each(cases.map((c, i) => [i, c] as const))("case %i", async (_, template) => {
    const picked = template.county.map((_, j) => counties[(j * 5 + template.q.length + template.page) % counties.length]!.slug);
    const search = { ...template, county: picked };
    const expected = await fromDatabase(search);
    const ranked = await fromMemory(search);
    expect(ranked).not.toBeNull();
    expect(ranked!.ids).toEqual(expected.ids);
    if (expected.matches !== null) expect(ranked!.matches).toBe(expected.matches);
  });

  it("ranks the newest COUNT_CAP matches of a frequent word, counting up to COUNT_CAP + 1", async () => {
    const ranked = await fromMemory({ q: "counseling or housing", county: [], page: 50, localFirst: false });
    expect(ranked!.matches).toBe(COUNT_CAP + 1);
    expect(ranked!.ids).toEqual((await fromDatabase({ q: "counseling or housing", county: [], page: 50, localFirst: false })).ids);
  });
});

describe("a page newest first from memory is the page the database gives, with or without words", () => {
  const random = createRandom(12);
  const cases: Case[] = [];
  for (const q of ["", "", "mentor", "counseling or housing"]) {
    for (let i = 0; i < 10; i++) {
      const county = Array.from({ length: Math.floor(random.next() * 4) }, () => "");
      const skill = [undefined, ...SKILL_LEVELS][Math.floor(random.next() * (SKILL_LEVELS.length + 1))];
      const page = [1, 1, 2, 3, 50][Math.floor(random.next() * 5)]!;
      cases.push({ q, county, skill, page, localFirst: random.next() < 0.7, order: "newest" });
    }
  }

  /** The search page as the site serves it from memory, and as it reads it from the database (the primary is read without lists). */
  async function both({ q, county, skill, page, localFirst }: Case) {
    const filters: SearchFilters = { ...(q ? { q } : {}), county, skill, page, sort: "newest" };
    const options = { facets: false, localFirst };
    const read = await searchOpportunities(filters, { ...options, primary: true });
    const served = await searchOpportunities(filters, options);
    return { read: { slugs: read.items.map((item) => item.slug), total: read.total }, served: { slugs: served.items.map((item) => item.slug), total: served.total } };
  }

  /** The slugs of postings, in the order of their ids. */
  async function slugsOf(ids: number[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await db.select({ id: opportunities.id, slug: opportunities.slug }).from(opportunities).where(inArray(opportunities.id, ids));
    const slugs = new Map(rows.map((row) => [row.id, row.slug]));
    return ids.map((id) => slugs.get(id)!);
  }

  /** The page and count from memory are the database's; and the site serves the database's page. */
  async function expectSame(search: Case, memory: Ranked | null) {
    expect(memory).not.toBeNull();
    const { read, served } = await both(search);
    expect(await slugsOf(memory!.ids)).toEqual(read.slugs);
    if (memory!.matches !== null) expect({ count: Math.min(memory!.matches, COUNT_CAP), capped: memory!.matches > COUNT_CAP }).toEqual(read.total);
    expect(served).toEqual(read);
    return read;
  }

  it.each(cases.map((c, i) => [i, c] as const))("case %i", async (_, template) => {
    const picked = template.county.map((_, j) => counties[(j * 7 + template.q.length + template.page) % counties.length]!.slug);
    const search = { ...template, county: picked };
    const tiered = search.localFirst && picked.length > 0;
    const read = await expectSame(search, await fromMemory({ ...search, localFirst: tiered }));
    if (search.page === 1) expect(read.slugs.length).toBeGreaterThan(0);
  });

  it("pages across the end of the local postings; a list cut short leaves such a page, and a count it cannot tell, to the database", async () => {
    // The page on which one county's postings at one skill level end and the statewide and remote ones begin.
    const search: Case = { q: "", county: [counties[5]!.slug], skill: "specialized", page: 1, localFirst: true, order: "newest" };
    const local = await searchOpportunities({ county: search.county, skill: search.skill, local: true, sort: "newest" }, { primary: true, facets: false });
    expect(local.total.capped).toBe(false);
    const localCount = local.total.count;
    const across = { ...search, page: Math.floor(localCount / PAGE_SIZE) + 1 };
    // Among the newest 2,000 postings there are too few of either part, and too few matches to count.
    expect(await fromMemory(search, 2000)).toMatchObject({ matches: null });
    expect(ask(across, 2000)).toBeNull();
    const read = await expectSame(across, await fromMemory(across));
    expect(read.slugs.length).toBe(PAGE_SIZE);
    // The page begins with the last of the local postings (none when they end on the page before).
    const lastLocal = await searchOpportunities({ county: search.county, skill: search.skill, local: true, sort: "newest", page: across.page }, { primary: true, facets: false });
    expect(lastLocal.items.length).toBe(localCount % PAGE_SIZE);
    expect(read.slugs.slice(0, lastLocal.items.length)).toEqual(lastLocal.items.map((item) => item.slug));
  });
});

it("leaves words searched once to the database, and reads their list beside the second search", async () => {
  const search = { q: "garden", county: [counties[2]!.slug], skill: "none" as const, page: 1, localFirst: true };
  expect(ask(search)).toBeNull();
  const everywhere = { ...search, county: [], skill: undefined };
  expect(ask(everywhere)).toBeNull();
  await listReadSettled();
  const ranked = ask(everywhere);
  expect(ranked).not.toBeNull();
  expect(ranked!.ids).toEqual((await fromDatabase(everywhere)).ids);
});

it("reads one list at a time: words asked for while another list is read wait for their next search", async () => {
  const first = { q: "survivor", county: [], page: 1, localFirst: false };
  const second = { q: "interpreter", county: [], page: 1, localFirst: false };
  ask(first);
  ask(first);
  ask(second);
  expect(ask(second)).toBeNull();
  await listReadSettled();
  expect(ask(first)).not.toBeNull();
  expect(ask(second)).toBeNull();
  await listReadSettled();
  expect(ask(second)!.ids).toEqual((await fromDatabase(second)).ids);
});

it("answers from a list cut short only the searches whose newest matches it holds", async () => {
  // "counseling or housing" matches about half of the postings: a list of 2,000 holds their newest.
  const everywhere = { q: "counseling or housing", county: [], page: 1, localFirst: false };
  const ranked = await fromMemory(everywhere, 2000);
  expect(ranked!.matches).toBe(COUNT_CAP + 1);
  expect(ranked!.ids).toEqual((await fromDatabase(everywhere)).ids);
  // In one county at one skill level, a few hundred of those 2,000 match, and older matches may rank higher.
  const narrow = { ...everywhere, county: [counties[0]!.slug], skill: "some" as const, localFirst: true };
  expect(ask(narrow, 2000)).toBeNull();
  // The whole list answers the same search, as the database does.
  expect((await fromMemory(narrow))!.ids).toEqual((await fromDatabase(narrow)).ids);
});

it("orders postings of equal rank published at the same moment by id, as the database does", async () => {
  const organization = await insertOrganization(db);
  const publishedAt = new Date(Date.now() - 60_000);
  await afterChange(async () => {
    for (let i = 0; i < 4; i++) {
      await insertOpportunity(db, organization.id, { title: "Quilting bee", summary: "Quilting bee.", description: "Quilting bee.", publishedAt }, i % 2 ? [counties[1]!.slug] : []);
    }
  });
  await settled();
  for (const localFirst of [false, true]) {
    const search = { q: "quilting", county: localFirst ? [counties[1]!.slug] : [], page: 1, localFirst };
    const expected = await fromDatabase(search);
    expect(expected.ids).toHaveLength(localFirst ? 2 : 4);
    expect((await fromMemory(search))!.ids).toEqual(expected.ids);
  }
});

it("serves the search page the same with and without the lists (the primary is read without them)", async () => {
  const filters: SearchFilters = { q: "legal", county: [counties[0]!.slug, counties[3]!.slug], skill: "some" };
  const search = { q: "legal", county: filters.county!, skill: "some" as const, page: 1, localFirst: true };
  // The site's searches and this ask share a list (the words as parsed): read it, and see it answer.
  await searchOpportunities(filters);
  await searchOpportunities(filters);
  await listReadSettled();
  expect(ask(search, undefined, matchList({ q: "legal", parsedQ: "'legal'" }))).not.toBeNull();
  const kept = await searchOpportunities(filters);
  const read = await searchOpportunities(filters, { primary: true });
  expect(kept.items.map((item) => item.slug)).toEqual(read.items.map((item) => item.slug));
  expect(kept.total).toEqual(read.total);
  expect(kept.items.length).toBe(PAGE_SIZE);
});

it("leaves a posting out of the very next search once its organization is suspended, or it expires", async () => {
  const suspended = await insertOrganization(db);
  const other = await insertOrganization(db);
  const expiresAt = new Date(Date.now() + 3000);
  await afterChange(async () => {
    await insertOpportunity(db, suspended.id, { title: "Harbor lantern crew" }, [counties[4]!.slug]);
    await insertOpportunity(db, other.id, { title: "Harbor lantern night", expiresAt }, [counties[4]!.slug]);
    await insertOpportunity(db, other.id, { title: "Harbor lantern day" }, [counties[4]!.slug]);
  });
  await settled();
  const filters: SearchFilters = { q: "harbor lantern", county: [counties[4]!.slug] };
  const titles = async () => (await searchOpportunities(filters)).items.map((item) => item.title).sort();
  expect(await titles()).toEqual(["Harbor lantern crew", "Harbor lantern day", "Harbor lantern night"]);
  expect(await fromMemory({ q: "harbor lantern", county: [counties[4]!.slug], page: 1, localFirst: true })).not.toBeNull();

  await afterChange(() => db.update(organizations).set({ status: "suspended" }).where(eq(organizations.id, suspended.id)));
  expect(await titles()).toEqual(["Harbor lantern day", "Harbor lantern night"]);
  // Read again since the change, with the posting about to expire in it.
  const search = { q: "harbor lantern", county: [counties[4]!.slug], page: 1, localFirst: true };
  expect((await fromMemory(search))!.matches).toBe(2);

  await new Promise((resolve) => setTimeout(resolve, Math.max(0, expiresAt.getTime() - Date.now()) + 50));
  expect(await titles()).toEqual(["Harbor lantern day"]);
  await until(() => currentStamp() !== null, "listening again after the expiry");
  expect(await titles()).toEqual(["Harbor lantern day"]);
  // The list was kept through the expiry, and leaves the expired posting out of the page and the count.
  const ranked = ask(search);
  expect(ranked).not.toBeNull();
  expect(ranked).toEqual(await fromDatabase(search));
});

it("leaves a posting out of the very next search once it is closed", async () => {
  const filters: SearchFilters = { q: "mentor", county: [counties[2]!.slug] };
  const before = await searchOpportunities(filters);
  const first = before.items[0]!;
  await afterChange(() => db.update(opportunities).set({ status: "closed" }).where(eq(opportunities.slug, first.slug)));
  const after = await searchOpportunities(filters);
  expect(after.items.map((item) => item.slug)).not.toContain(first.slug);
  expect(after.items.map((item) => item.slug)).toEqual((await searchOpportunities(filters, { primary: true })).items.map((item) => item.slug));
});

it("keeps a list through a change of places taken alone, but leaves a posting that fills up out of the next search for open postings", async () => {
  const organization = await insertOrganization(db);
  const county = [counties[5]!.slug];
  let posting = 0;
  await afterChange(async () => {
    posting = (await insertOpportunity(db, organization.id, { title: "Ferry landing welcome table", spots: 1 }, county)).id;
  });
  await settled();
  const search = { q: "ferry landing", county, page: 1, localFirst: true };
  const openList = matchList({ q: "ferry landing", open: true });
  const askOpen = () => ask(search, undefined, openList);
  expect(await fromMemory(search)).toEqual(await fromDatabase(search));
  askOpen();
  askOpen();
  await listReadSettled();
  expect(askOpen()!.ids).toEqual([posting]);
  const openSearch: SearchFilters = { q: "ferry landing", county, open: true };
  const titles = async (filters: SearchFilters) => (await searchOpportunities(filters)).items.map((item) => item.title);
  expect(await titles(openSearch)).toEqual(["Ferry landing welcome table"]);

  // A host schedules a volunteer: the posting's one place is taken (count_places_taken).
  await afterChange(() => insertResponse(db, posting, organization.id, { status: "scheduled" }));
  // The list of every posting for these words is still used, and still answers as the database does.
  expect(ask(search)).not.toBeNull();
  expect(ask(search)).toEqual(await fromDatabase(search));
  // The list of open ones is not: the very next search for open postings leaves the full one out.
  expect(askOpen()).toBeNull();
  expect(await titles(openSearch)).toEqual([]);
  expect(await titles({ q: "ferry landing", county })).toEqual(["Ferry landing welcome table"]);
  // Read again, it leaves it out too.
  await listReadSettled();
  askOpen();
  await listReadSettled();
  expect(askOpen()).toEqual({ ids: [], matches: 0 });
});

describe("a list mended with the postings a change touched", () => {
  // Words every posting below may come to match or not, a cut list (newest 2,000 of about half of the
  // postings) and the list without words: after each change, every search is the database's, and
  // no list was read from the postings again.
  const lists: { q: string; maxKnown?: number }[] = [{ q: "mentor" }, { q: "counseling or housing", maxKnown: 2000 }, { q: "" }];
  // A search without words is only ever newest first.
  const searches = (q: string): Case[] =>
    [
      { q, county: [], page: 1, localFirst: false },
      { q, county: [counties[1]!.slug, counties[6]!.slug], skill: "some" as const, page: 1, localFirst: true },
      { q, county: [counties[1]!.slug], page: 2, localFirst: true },
      { q, county: [counties[6]!.slug], page: 1, localFirst: true, order: "newest" as const },
    ].map((search) => (q ? search : { ...search, order: "newest" as const }));

  async function expectAnsweredAsTheDatabase(): Promise<void> {
    for (const { q, maxKnown } of lists) {
      for (const search of searches(q)) {
        // Asked again until its list is read or mended (the first ask of words never asked reads nothing).
        for (let i = 0; i < 2; i++) {
          await listReadSettled();
          ask(search, maxKnown);
        }
        await listReadSettled();
        const ranked = ask(search, maxKnown);
        // A cut list answers what it can; the others answer every search.
        if (maxKnown && ranked === null) continue;
        expect(ranked, JSON.stringify(search)).not.toBeNull();
        if (search.order === "newest") {
          const filters: SearchFilters = { ...(q ? { q } : {}), county: search.county, skill: search.skill, page: search.page, sort: "newest" };
          const read = await searchOpportunities(filters, { primary: true, facets: false, localFirst: search.localFirst });
          const ids = await db.select({ id: opportunities.id, slug: opportunities.slug }).from(opportunities).where(inArray(opportunities.id, ranked!.ids));
          const slugOf = new Map(ids.map((row) => [row.id, row.slug]));
          expect(ranked!.ids.map((id) => slugOf.get(id))).toEqual(read.items.map((item) => item.slug));
        } else {
          expect(ranked).toEqual(await fromDatabase(search));
        }
      }
    }
  }

  it("publishes, closes, rewords, re-levels, moves and re-dates postings, and the lists follow", async () => {
    // A new organization may change anything public: made before the lists are read.
    const organization = await insertOrganization(db);
    await settled();
    await expectAnsweredAsTheDatabase();
    const reads = listsReadFromPostings();
    const [first] = (await fromDatabase({ q: "mentor", county: [], page: 1, localFirst: false })).ids;
    // The oldest public posting: older than the last of the cut list, until it is published anew.
    const [someone] = await db.select({ id: opportunities.id }).from(opportunities).where(sql`status = 'published' and skill_level <> 'some' and expires_at > now() + interval '1 day'`).orderBy(opportunities.publishedAt).limit(1);
    const changes: (() => Promise<unknown>)[] = [
      () => insertOpportunity(db, organization.id, { title: "Mentor circle", skillLevel: "some", publishedAt: new Date() }, [counties[1]!.slug]),
      () => db.update(opportunities).set({ status: "closed" }).where(eq(opportunities.id, first!)),
      () => db.update(opportunities).set({ title: "Mentor for counseling and housing" }).where(eq(opportunities.id, someone!.id)),
      () => db.update(opportunities).set({ skillLevel: "some" }).where(eq(opportunities.id, someone!.id)),
      () => db.execute(sql`delete from opportunity_counties where opportunity_id = ${someone!.id}`),
      () => db.execute(sql`insert into opportunity_counties (opportunity_id, county_id) values (${someone!.id}, ${counties[6]!.id})`),
      () => db.update(opportunities).set({ publishedAt: new Date() }).where(eq(opportunities.id, someone!.id)),
      // An organization renamed (its pages change, no list), suspended and approved again (its postings leave the lists and come back).
      () => db.update(organizations).set({ name: "Renamed, its postings unchanged" }).where(eq(organizations.id, organization.id)),
      () => db.update(organizations).set({ status: "suspended" }).where(eq(organizations.id, organization.id)),
      () => db.update(organizations).set({ status: "approved" }).where(eq(organizations.id, organization.id)),
    ];
    // Each change is heard whole (a posting and its counties are several notifications) before the searches.
    for (const change of changes) {
      await afterChange(change);
      await settled();
      await expectAnsweredAsTheDatabase();
    }
    expect(listsReadFromPostings()).toBe(reads);
    // A change that may have touched anything (a county's) has every list read again.
    await afterChange(() => db.execute(sql`update counties set name = name where id = ${counties[0]!.id}`));
    await settled();
    await expectAnsweredAsTheDatabase();
    expect(listsReadFromPostings()).toBeGreaterThan(reads);
  });
});

it("mends a list cut short: the last posting touched stays, one older than it stays out, a newer one goes in its place", () => {
  const list = (entries: [id: number, published: number][], complete: boolean): Known => ({
    length: entries.length,
    complete,
    countyOrder: "1,2",
    published: Float64Array.from(entries.map(([, published]) => published)),
    ids: Int32Array.from(entries.map(([id]) => id)),
    rank: new Float32Array(entries.length),
    skill: new Uint8Array(entries.length),
    reach: new Uint8Array(entries.length),
    counties: new Uint32Array(entries.length),
    expires: new Float64Array(entries.length).fill(Number.POSITIVE_INFINITY),
  });
  const cut = list([[9, 900], [7, 700], [5, 500]], false);
  // 5 (the last) touched and unchanged; 3 now matches but is older than the last; 8 is new.
  const now = list([[8, 800], [5, 500], [3, 300]], true);
  const result = mended(cut, now, new Set([8, 5, 3]), 10);
  expect([...result.ids]).toEqual([9, 8, 7, 5]);
  expect(result.complete).toBe(false);
  // A whole list takes every posting that matches now, and is cut (no longer whole) past maxKnown.
  const whole = mended(list([[9, 900], [5, 500]], true), now, new Set([8, 5, 3]), 3);
  expect([...whole.ids]).toEqual([9, 8, 5]);
  expect(whole.complete).toBe(false);
  // Same moment of publication: the higher id first, as the database orders them.
  expect([...mended(list([[4, 500]], true), list([[6, 500]], true), new Set([6]), 10).ids]).toEqual([6, 4]);
});

it("answers the first search after a change from its list, waiting for the list to be mended", async () => {
  const search = { q: "mentor", county: [], page: 1, localFirst: false };
  await settled();
  await fromMemory(search);
  expect(ask(search)).not.toBeNull();
  const reads = listsReadFromPostings();
  const [organization] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.status, "approved")).limit(1);
  await afterChange(() => insertOpportunity(db, organization!.id, { title: "Mentor on the ferry", publishedAt: new Date() }));
  await settled();
  const page = { limit: PAGE_SIZE, offset: 0, localFirst: false };
  const ranked = await rankedOrMended(db, matchList({ q: "mentor" }), counties, [], undefined, page);
  expect(ranked).toEqual(await fromDatabase(search));
  expect(listsReadFromPostings()).toBe(reads);
});

describe("a list that cannot be read", () => {
  /** A list read from a query the database refuses, as it would refuse any read it could not finish. */
  const broken = (key: string, fromWhere = sql`from ${opportunities} where no_such_column`): ListQuery => ({ key, fromWhere, words: sql`'mentor'::tsquery`, byFullness: false });
  const search = { q: "mentor", county: [], page: 1, localFirst: false };

  it("leaves its words to the database, which still answers them, and is not read again before a pause", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const list = broken("broken words");
      await listReadSettled();
      expect(ask(search, undefined, list)).toBeNull();
      expect(ask(search, undefined, list)).toBeNull();
      await listReadSettled();
      expect(errors).toHaveBeenCalledTimes(1);
      expect(String(errors.mock.calls[0]![0])).toContain(`tried again in ${FIRST_PAUSE_MS / 1000} s`);
      // Asked again within the pause: no read begins, and other words' lists are read meanwhile.
      expect(ask(search, undefined, list)).toBeNull();
      await listReadSettled();
      expect(errors).toHaveBeenCalledTimes(1);
      const other = { q: "garden", county: [], page: 1, localFirst: false };
      expect((await fromMemory(other))!.ids).toEqual((await fromDatabase(other)).ids);
    } finally {
      errors.mockRestore();
    }
  });

  it("is given up by PostgreSQL after its time limit", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      // A read that takes half a second, allowed a tenth of one.
      const slow = broken("slow words", sql`from ${opportunities} where (select true from pg_sleep(0.5)) and ${opportunities.id} < 0`);
      await listReadSettled();
      const limits = { maxKnown: undefined, readTimeoutMs: 100 };
      const countyIds: number[] = [];
      const page = { limit: PAGE_SIZE, offset: 0, localFirst: false };
      rankedFromMemory(db, slow, counties, countyIds, undefined, page, limits);
      rankedFromMemory(db, slow, counties, countyIds, undefined, page, limits);
      await listReadSettled();
      if ((await getDatabaseKind()) === "postgres") {
        expect(errors).toHaveBeenCalledTimes(1);
        // SQLSTATE 57014: the statement was cancelled.
        expect(String(errors.mock.calls[0]![0])).toContain("57014");
        expect(rankedFromMemory(db, slow, counties, countyIds, undefined, page, limits)).toBeNull();
      } else {
        // The embedded database runs in this process and takes no time limit: the list is read, and empty.
        expect(errors).not.toHaveBeenCalled();
        expect(rankedFromMemory(db, slow, counties, countyIds, undefined, page, limits)).toEqual({ ids: [], matches: 0 });
      }
    } finally {
      errors.mockRestore();
    }
  });
});
