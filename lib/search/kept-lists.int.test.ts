/**
 * The keyword lists kept in the database for every server (kept-lists.ts): the count of public
 * changes they are kept under moves once for each committed transaction that changes public data;
 * a list read is kept, and taken by a server that starts (from the table, not read again), exactly
 * as the database would rank its searches; a change committed since a list was read makes it
 * worthless, whether or not a server has heard of the change yet.
 */
import { eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { getDb, rowsOf, type Database, type Transaction } from "@/db/client";
import { opportunities, organizations } from "@/db/schema";
import { seedSyntheticOpportunities } from "@/db/seed/synthetic";
import { listCounties, type CountyRef } from "@/lib/counties/queries";
import { startListingsVersion } from "@/lib/public-cache/listings-version";
import { currentStamp } from "@/lib/public-cache/stamp.mjs";
import { afterChange, settled, until } from "@/lib/public-cache/testing";
import { insertOpportunity, insertOrganization, insertResponse } from "@/lib/testing/fixtures";
import { keepList, keptKeys, keptList, MAX_KEPT_LISTS, READ_LOCK_CLASS, readOnceForAll } from "./kept-lists";
import { listKey, listReadSettled, type Known, rankedFromMemory, readListsAhead, startAfresh, takeKeptListsAtStart } from "./known-matches";
import { PAGE_SIZE } from "./params";
import { buildPageQuery, matchList } from "./search";
import { wordPlaces } from "./testing/word-places";

let db: Database;
let counties: CountyRef[];
let countyOrder: string;

beforeAll(async () => {
  db = await getDb();
  await seedSyntheticOpportunities(db, 3000);
  counties = await listCounties();
  countyOrder = counties.map((county) => county.id).join(",");
  await startListingsVersion();
  await until(() => currentStamp() !== null, "listening");
});

async function changeCount(from: Database = db): Promise<number> {
  const [row] = rowsOf<{ changes: string | number }>(await from.execute(sql`select changes from public_change_count`));
  return Number(row!.changes);
}

/** A search of `q` in the first two counties at one skill level, as the database ranks it, and as this server's lists do (null: not from memory). */
function searchOf(q: string) {
  const countyIds = counties.slice(0, 2).map((county) => county.id);
  const page = { limit: PAGE_SIZE, offset: 0, localFirst: true };
  return {
    key: listKey(matchList({ q })),
    fromMemory: () => rankedFromMemory(db, matchList({ q }), counties, countyIds, "some", page),
    fromDatabase: async () => {
      const rows = await buildPageQuery(db, { q, skill: "some" }, countyIds, "relevance", PAGE_SIZE, 0, { localFirst: true });
      return { ids: rows.map((row) => row.id), matches: rows[0]?.matches ?? 0 };
    },
  };
}

/** Searches `q` twice, so that its list is read (and kept), and waits until it is. */
async function readList(q: string): Promise<void> {
  await settled();
  await listReadSettled();
  searchOf(q).fromMemory();
  searchOf(q).fromMemory();
  await listReadSettled();
}

it("counts each committed transaction that changes public data once, and nothing else", async () => {
  const organization = await insertOrganization(db);
  const posting = await insertOpportunity(db, organization.id, { spots: 3 }, [counties[0]!.slug]);
  const before = await changeCount();
  // Two statements changing public data in one transaction: one change.
  await db.transaction(async (tx) => {
    await tx.update(opportunities).set({ title: "Harbor watch" }).where(eq(opportunities.id, posting.id));
    await tx.update(opportunities).set({ summary: "Watch the harbor" }).where(eq(opportunities.id, posting.id));
  });
  expect(await changeCount()).toBe(before + 1);
  // A transaction rolled back counts nothing.
  await db
    .transaction(async (tx) => {
      await tx.update(opportunities).set({ title: "Harbor watch again" }).where(eq(opportunities.id, posting.id));
      throw new Error("rolled back");
    })
    .catch(() => {});
  expect(await changeCount()).toBe(before + 1);
  // Nor does a transaction changing nothing public.
  await db.execute(sql`insert into rate_limits (key, count, reset_at) values ('kept-lists test', 1, now())`);
  expect(await changeCount()).toBe(before + 1);
  // A change rolled back to a savepoint counts nothing; the rest of its transaction counts once.
  const changeRolledBack = (tx: Transaction) =>
    tx
      .transaction(async (inner) => {
        await inner.update(opportunities).set({ title: "Harbor watch, rolled back" }).where(eq(opportunities.id, posting.id));
        throw new Error("rolled back to the savepoint");
      })
      .catch(() => {});
  await db.transaction(async (tx) => {
    await tx.update(opportunities).set({ title: "Harbor watch, mornings" }).where(eq(opportunities.id, posting.id));
    await changeRolledBack(tx);
  });
  expect(await changeCount()).toBe(before + 2);
  await db.transaction(async (tx) => {
    await changeRolledBack(tx);
    await tx.execute(sql`insert into rate_limits (key, count, reset_at) values ('kept-lists test 2', 1, now())`);
  });
  expect(await changeCount()).toBe(before + 2);
  // Each of two transactions counts.
  await db.update(opportunities).set({ title: "Harbor watch, afternoons" }).where(eq(opportunities.id, posting.id));
  await db.update(opportunities).set({ title: "Harbor watch" }).where(eq(opportunities.id, posting.id));
  expect(await changeCount()).toBe(before + 4);
  // An organization renamed, or the counties it serves, change no list: only pages show them.
  await db.update(organizations).set({ name: "Harbor Friends" }).where(eq(organizations.id, organization.id));
  await db.execute(sql`insert into organization_counties (organization_id, county_id) values (${organization.id}, ${counties[1]!.id}) on conflict do nothing`);
  expect(await changeCount()).toBe(before + 4);
  // Its status does (its postings are public or not), and so does a county's change.
  await db.update(organizations).set({ status: "suspended" }).where(eq(organizations.id, organization.id));
  await db.update(organizations).set({ status: "approved" }).where(eq(organizations.id, organization.id));
  await db.execute(sql`update counties set name = name where id = ${counties[1]!.id}`);
  expect(await changeCount()).toBe(before + 7);
  // A change of places taken alone (a host schedules a volunteer) counts nothing while the posting stays open: no kept list filters on fullness.
  await insertResponse(db, posting.id, organization.id, { status: "scheduled" });
  const [taken] = rowsOf<{ places: number }>(await db.execute(sql`select places_taken as places from opportunities where id = ${posting.id}`));
  expect(Number(taken!.places)).toBe(1);
  expect(await changeCount()).toBe(before + 7);
  // With anything else in the same statement, it counts.
  await db.update(opportunities).set({ placesTaken: sql`places_taken + 1`, title: "Harbor watch, evenings" }).where(eq(opportunities.id, posting.id));
  expect(await changeCount()).toBe(before + 8);
  // As does a posting that fills up (its last place taken), and one that has a place again.
  await insertResponse(db, posting.id, organization.id, { status: "placed" });
  expect(await changeCount()).toBe(before + 9);
  await db.update(opportunities).set({ placesTaken: sql`places_taken - 1` }).where(eq(opportunities.id, posting.id));
  expect(await changeCount()).toBe(before + 10);
  const [marks] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from public_change_marks`));
  expect(Number(marks!.n)).toBe(0);
});

it("keeps a list read, and a server that starts takes it from the database and ranks from it as the database does", async () => {
  const mentor = searchOf("mentor");
  await readList("mentor");
  expect(mentor.fromMemory()).toEqual(await mentor.fromDatabase());
  const kept = await keptList(db, mentor.key, countyOrder);
  expect(kept).not.toBeNull();
  expect(kept!.length).toBeGreaterThan(100);
  expect(await keptKeys(db, 10)).toContain(mentor.key);
  // Kept under a hash: what visitors search is not written into the database.
  const [stored] = rowsOf<{ keys: string }>(await db.execute(sql`select string_agg(key, ' ') as keys from kept_keyword_lists`));
  expect(stored!.keys).not.toContain("mentor");

  // As a server that starts: its first search begins taking the kept lists, and the next is answered
  // from memory (a list read from the postings would begin only at the second search, and answer the third).
  await startAfresh();
  expect(mentor.fromMemory()).toBeNull();
  await listReadSettled();
  expect(mentor.fromMemory()).toEqual(await mentor.fromDatabase());

  // A server takes them as it starts, before any search: the very first is answered from memory.
  await startAfresh();
  await takeKeptListsAtStart();
  await listReadSettled();
  expect(mentor.fromMemory()).toEqual(await mentor.fromDatabase());
});

it("takes the kept list, not the postings: what it ranks from is what was kept", async () => {
  const legal = searchOf("legal");
  await readList("legal");
  const kept = (await keptList(db, legal.key, countyOrder))!;
  const expected = await legal.fromDatabase();
  // Keep, under the same count, the list with the search's first result taken out: a server that
  // takes it leaves that posting out, which a read of the postings would not.
  const first = expected.ids[0]!;
  expect(expected.matches).toBeLessThan(1000);
  const without = [...Array(kept.length).keys()].filter((i) => kept.ids[i] !== first);
  expect(without).toHaveLength(kept.length - 1);
  const pick = <T extends { [i: number]: number }>(column: T, make: (values: number[]) => T) => make(without.map((i) => column[i]!));
  const tampered = {
    ...kept,
    length: without.length,
    ids: pick(kept.ids, (v) => Int32Array.from(v)),
    rank: pick(kept.rank, (v) => Float32Array.from(v)),
    skill: pick(kept.skill, (v) => Uint8Array.from(v)),
    reach: pick(kept.reach, (v) => Uint8Array.from(v)),
    counties: pick(kept.counties, (v) => Uint32Array.from(v)),
    expires: pick(kept.expires, (v) => Float64Array.from(v)),
    published: pick(kept.published, (v) => Float64Array.from(v)),
  };
  await keepList(db, legal.key, tampered, await changeCount());
  await startAfresh();
  legal.fromMemory();
  await listReadSettled();
  const ranked = legal.fromMemory();
  expect(ranked).not.toBeNull();
  expect(ranked!.ids).not.toContain(first);
  expect(ranked!.matches).toBe(expected.matches - 1);
});

it("keeps with the list of one lexeme its places in each posting, as the postings' words hold them", async () => {
  const list = matchList({ q: "shelter", parsedQ: "'shelter'" });
  expect(list.lexeme).toBe("shelter");
  const search = () => rankedFromMemory(db, list, counties, [], undefined, { limit: PAGE_SIZE, offset: 0, localFirst: false });
  await settled();
  await listReadSettled();
  search();
  search();
  await listReadSettled();
  const kept = (await keptList(db, listKey(list), countyOrder))!;
  expect(kept.length).toBeGreaterThan(100);
  const rows = rowsOf<{ id: number; positions: number[] | string; weights: string[] | string }>(
    await db.execute(sql`select o.id, w.positions, w.weights from opportunities o, unnest(o.search_vector) w where w.lexeme = 'shelter'`),
  );
  const placesOf = new Map(rows.map((row) => [Number(row.id), wordPlaces(row.positions, row.weights)]));
  const { starts, at } = kept.wordPlaces!;
  expect(starts).toHaveLength(kept.length + 1);
  for (let i = 0; i < kept.length; i++) expect([...at.subarray(starts[i], starts[i + 1])], `posting ${kept.ids[i]}`).toEqual(placesOf.get(kept.ids[i]!));
  // Some postings hold the word more than once, at more than one weight.
  expect(kept.wordPlaces!.at.length).toBeGreaterThan(kept.length);
  expect(new Set([...at].map((place) => place >>> 14)).size).toBeGreaterThan(1);
});

it("takes no list kept before a change committed, even one this server has not heard of yet", async () => {
  const survivor = searchOf("survivor");
  await readList("survivor");
  expect(await keptList(db, survivor.key, countyOrder)).not.toBeNull();
  const organization = await insertOrganization(db);
  // The change commits; the table answers nothing for these words from that moment, heard or not.
  await insertOpportunity(db, organization.id, { title: "Survivor circle" }, [counties[0]!.slug]);
  expect(await keptList(db, survivor.key, countyOrder)).toBeNull();
  expect(await keptKeys(db, MAX_KEPT_LISTS)).toEqual([]);

  // Once heard, the server reads the list again, from the postings: the new posting is in it.
  await startAfresh();
  await readList("survivor");
  const ranked = survivor.fromMemory();
  expect(ranked).toEqual(await survivor.fromDatabase());
  const kept = (await keptList(db, survivor.key, countyOrder))!;
  const [added] = rowsOf<{ id: number }>(await db.execute(sql`select id from opportunities where title = 'Survivor circle'`));
  expect(kept.ids).toContain(added!.id);
});

it("does not keep a list read before a change that has committed since", async () => {
  const recovery = searchOf("recovery");
  await readList("recovery");
  const kept = (await keptList(db, recovery.key, countyOrder))!;
  const readUnder = await changeCount();
  await afterChange(() => db.execute(sql`update counties set name = name where id = ${counties[0]!.id}`));
  await keepList(db, recovery.key, kept, readUnder);
  expect(await keptList(db, recovery.key, countyOrder)).toBeNull();
  // Nor under another order of counties (one added since, say): its bits would mean other counties.
  await readList("recovery");
  expect(await keptList(db, recovery.key, countyOrder)).not.toBeNull();
  expect(await keptList(db, recovery.key, [...counties].reverse().map((county) => county.id).join(","))).toBeNull();
});

it(`keeps the ${MAX_KEPT_LISTS} lists kept most recently`, async () => {
  const list = (await keptList(db, searchOf("recovery").key, countyOrder))!;
  const changes = await changeCount();
  for (let i = 0; i < MAX_KEPT_LISTS + 3; i++) await keepList(db, `words ${i}`, list, changes);
  const keys = await keptKeys(db, 1000);
  expect(keys).toHaveLength(MAX_KEPT_LISTS);
  expect(keys[0]).toBe(`words ${MAX_KEPT_LISTS + 2}`);
  expect(keys).not.toContain("words 0");
});

it("keeps each list as it is, uncompressed: a list's bytes compress poorly, and compressing them cost half the time of keeping them", async () => {
  const [column] = rowsOf<{ storage: string }>(
    await db.execute(sql`select attstorage as storage from pg_attribute where attrelid = 'kept_keyword_lists'::regclass and attname = 'columns'`),
  );
  expect(column?.storage).toBe("e");
});

it("reads a list once for every process: while one reads it, another that wants it does not, and takes what was kept", async () => {
  const list: Known = {
    ...{ length: 1, complete: true, countyOrder, published: Float64Array.of(1), ids: Int32Array.of(7), rank: Float32Array.of(0.5) },
    ...{ skill: Uint8Array.of(0), reach: Uint8Array.of(0), counties: Uint32Array.of(1), expires: Float64Array.of(Date.now() + 1e9) },
  };
  const key = "words read by two processes";
  let reads = 0;
  let firstReading: () => void = () => {};
  const started = new Promise<void>((resolve) => (firstReading = resolve));
  let letFirstEnd: () => void = () => {};
  const firstMayEnd = new Promise<void>((resolve) => (letFirstEnd = resolve));
  // A read is given the transaction that holds the lock (the embedded database answers nothing else meanwhile).
  const read = async (tx: Database) => {
    reads += 1;
    firstReading();
    await firstMayEnd;
    return { known: list, changes: await changeCount(tx) };
  };
  const first = readOnceForAll(db, key, countyOrder, 10_000, read);
  await started;
  const second = readOnceForAll(db, key, countyOrder, 10_000, read);
  // On PostgreSQL the second gets nothing at once; the embedded database runs it after the first.
  const postgres = process.env.TEST_DB_TARGET === "postgres";
  if (postgres) expect(await second).toBeNull();
  letFirstEnd();
  expect((await first)?.taken).toBe(false);
  if (!postgres) expect((await second)?.taken).toBe(true);
  const third = await readOnceForAll(db, key, countyOrder, 10_000, read);
  expect(third?.taken).toBe(true);
  expect(Array.from(third!.known.ids)).toEqual(Array.from(list.ids));
  expect(reads).toBe(1);
  // A list that could not be kept (a change committed meanwhile) is read by the next that wants it.
  const stale = await readOnceForAll(db, "words read under a change", countyOrder, 10_000, async (tx) => ({ known: list, changes: (await changeCount(tx)) - 1 }));
  expect(stale?.taken).toBe(false);
  expect((await readOnceForAll(db, "words read under a change", countyOrder, 10_000, read))?.taken).toBe(false);
  expect(reads).toBe(2);
});

it("reads ahead a list that another process was reading when first asked, once that read has ended", async () => {
  await startAfresh();
  const search = searchOf("pantry");
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let holding: () => void = () => {};
  const held = new Promise<void>((resolve) => (holding = resolve));
  // Another process reading the list: its transaction holds the list's lock for over a second, as a
  // read at a million postings does. (The embedded database runs nothing else meanwhile.)
  const other = db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${READ_LOCK_CLASS}, hashtext(${search.key}))`);
    holding();
    await released;
  });
  await held;
  setTimeout(release, 1200);
  await readListsAhead(db, [matchList({ q: "pantry" })], counties);
  await other;
  await listReadSettled();
  // Held: the first search of the word is answered from memory, as the database answers it.
  expect(search.fromMemory()).toEqual(await search.fromDatabase());
});
