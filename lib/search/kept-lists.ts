/**
 * The keyword searches' lists of matches (known-matches.ts), kept in the database for every app
 * server: a server that starts, or a second server, takes a list another has read in a few
 * milliseconds, where reading it from the postings costs hundreds at a million postings.
 *
 * A list is kept with the count of public changes it was read under (`public_change_count`,
 * counted up as each transaction changing public data commits: db/migrations/0021). It is taken
 * only while that count is the same, checked in the statement that takes it: no change has
 * committed since it was read, so it holds what a read now would hold (expiries apart, which a list
 * leaves out for itself). A change committed after it was taken reaches the server as any other
 * change does (lib/public-cache/listings-version.ts) and drops it from memory.
 *
 * A list is kept under a hash of its search's words and other filters (`listKey`): what visitors
 * search is not written into the database.
 *
 * Lists read from a read replica (DATABASE_READ_URL) are not kept here: this table is written on
 * the primary, and the replica may be behind it.
 */
import "server-only";
import { setImmediate } from "node:timers/promises";
import { sql } from "drizzle-orm";
import { hasReadReplica, rowsOf, type Database } from "@/db/client";
import { errorSummary } from "@/lib/logging/error-summary";
import type { Known } from "./known-matches";

/** The most lists the table holds, the most recently kept. */
export const MAX_KEPT_LISTS = 64;

/** Bytes a posting takes in a kept list: its publication and expiry (8 each), id, rank and counties (4 each), skill level and reach (1 each). */
const BYTES_PER_POSTING = 30;

/** Typed arrays are in the machine's byte order; lists are kept and taken only in little-endian (x86, ARM). */
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Whether lists may be kept and taken: not when public reads go to a replica, nor on a big-endian machine. */
export function keepsLists(): boolean {
  return littleEndian && !hasReadReplica();
}

/**
 * Keeps a list read under `changes`, in place of any kept before under the same key, unless a change
 * has committed since; older counts' lists go. The columns travel as base64 text, both ways: the
 * driver writes a bytea as hex, which for a list of 60,000 postings blocked the process for 30 to
 * 60 ms, where base64 blocks it for about 15.
 */
export async function keepList(db: Database, key: string, known: Known, changes: number): Promise<void> {
  try {
    await db.transaction(async (tx) => {
      const current = sql`(select changes from public_change_count)`;
      await tx.execute(sql`delete from kept_keyword_lists where changes <> ${current}`);
      // A list read before the latest change is not kept: it would never be taken.
      await tx.execute(sql`insert into kept_keyword_lists (key, changes, county_order, length, complete, columns)
        select ${key}, ${changes}, ${known.countyOrder}, ${known.length}, ${known.complete}, decode(${packed(known).toString("base64")}, 'base64')
        where ${current} = ${changes}
        on conflict (key) do update set changes = excluded.changes, county_order = excluded.county_order, length = excluded.length,
          complete = excluded.complete, columns = excluded.columns, kept_at = now()`);
      await tx.execute(sql`delete from kept_keyword_lists where key in (
        select key from kept_keyword_lists order by kept_at desc, key offset ${MAX_KEPT_LISTS})`);
    });
  } catch (error) {
    // A list that could not be kept costs only another read of it later.
    console.error(`[search] a list of keyword matches could not be kept for other servers: ${errorSummary(error)}`);
  }
}

/** Gives up what the transaction `tx` asks of the database after `timeoutMs` (the embedded database takes the limit, but does not enforce it). */
export async function limitTime(tx: Database, timeoutMs: number): Promise<void> {
  await tx.execute(sql`select set_config('statement_timeout', ${String(Math.max(1, Math.round(timeoutMs)))}, true)`);
}

/** The class of the advisory locks that reads of lists hold (the letters "KL"): no other lock of the site is in it. */
export const READ_LOCK_CLASS = 0x4b4c;

/**
 * A list read once for every server: the read holds an advisory lock on the list's key until what
 * it read is kept, in one transaction. A process (of this server or another) that wants the list
 * meanwhile does not read it too: it gets null at once, and its searches are answered by the
 * database until a later one takes what was kept. At a million postings a read costs PostgreSQL a
 * second or more, which each process of each server would otherwise pay for the same words as they
 * start; meanwhile this process may read another list. `read` reads the list in the transaction it
 * is given, and says the count of public changes it was read under (null: none to keep it under).
 * The read is given up after `timeoutMs`.
 */
export async function readOnceForAll(
  db: Database,
  key: string,
  countyOrder: string,
  timeoutMs: number,
  read: (tx: Database) => Promise<{ known: Known; changes: number | null }>,
): Promise<{ known: Known; taken: boolean } | null> {
  return db.transaction(async (tx) => {
    await limitTime(tx, timeoutMs);
    const [lock] = rowsOf<{ locked: boolean }>(await tx.execute(sql`select pg_try_advisory_xact_lock(${READ_LOCK_CLASS}, hashtext(${key})) as locked`));
    if (!lock?.locked) return null;
    const kept = await keptList(tx, key, countyOrder);
    if (kept) return { known: kept, taken: true };
    const { known, changes } = await read(tx);
    // Filling the list in and packing it to keep each hold this process up for tens of
    // milliseconds at a million postings: what came in meanwhile goes on between the two.
    await setImmediate();
    if (changes !== null) await keepList(tx, key, known, changes);
    return { known, taken: false };
  });
}

/** The list kept under `key`, if one is kept under the current count of public changes and the same counties; else null. */
export async function keptList(db: Database, key: string, countyOrder: string): Promise<Known | null> {
  const [row] = rowsOf<{ length: number; complete: boolean; columns: string }>(
    await db.execute(sql`select length, complete, encode(columns, 'base64') as columns from kept_keyword_lists
      where key = ${key} and county_order = ${countyOrder} and changes = (select changes from public_change_count)`),
  );
  if (!row) return null;
  return unpacked(Buffer.from(row.columns, "base64"), Number(row.length), row.complete, countyOrder);
}

/** The keys beginning with `prefix` of the lists kept under the current count of public changes, the most recently kept first. */
export async function keptKeys(db: Database, limit: number, prefix = ""): Promise<string[]> {
  const rows = rowsOf<{ key: string }>(
    await db.execute(sql`select key from kept_keyword_lists where changes = (select changes from public_change_count)
      and starts_with(key, ${prefix}) order by kept_at desc, key limit ${limit}`),
  );
  return rows.map((row) => row.key);
}

/**
 * The list's columns, one after the other: the widest first, so that each starts aligned when read
 * back. Then, for a list of one lexeme, where each posting's places begin (and the end of the
 * last's) and the places.
 */
function packed(known: Known): Buffer {
  const n = known.length;
  const places = known.wordPlaces;
  const bytes = Buffer.alloc(n * BYTES_PER_POSTING + (places ? places.starts.byteLength + places.at.byteLength : 0));
  let at = 0;
  const columns = [known.published, known.expires, known.ids, known.rank, known.counties, known.skill, known.reach].map((column) => column.subarray(0, n));
  for (const column of [...columns, ...(places ? [places.starts, places.at] : [])]) {
    const part = new Uint8Array(column.buffer, column.byteOffset, column.byteLength);
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

function unpacked(columns: Uint8Array, length: number, complete: boolean, countyOrder: string): Known | null {
  const fixed = length * BYTES_PER_POSTING;
  if (columns.length < fixed) return null;
  // A copy of its own, aligned for every column.
  const buffer = new ArrayBuffer(columns.length);
  new Uint8Array(buffer).set(columns);
  let at = 0;
  const next = <T>(make: (buffer: ArrayBuffer, offset: number, length: number) => T, size: number): T => {
    const column = make(buffer, at, length);
    at += length * size;
    return column;
  };
  const published = next((b, o, n) => new Float64Array(b, o, n), 8);
  const expires = next((b, o, n) => new Float64Array(b, o, n), 8);
  const ids = next((b, o, n) => new Int32Array(b, o, n), 4);
  const rank = next((b, o, n) => new Float32Array(b, o, n), 4);
  const counties = next((b, o, n) => new Uint32Array(b, o, n), 4);
  const skill = next((b, o, n) => new Uint8Array(b, o, n), 1);
  const reach = next((b, o, n) => new Uint8Array(b, o, n), 1);
  const list: Known = { length, complete, countyOrder, published, ids, rank, skill, reach, counties, expires };
  if (columns.length === fixed) return list;
  // The places of the lexeme: copies of their own, since they need not start aligned.
  const startsBytes = (length + 1) * 4;
  if (columns.length < fixed + startsBytes) return null;
  const starts = new Uint32Array(buffer.slice(fixed, fixed + startsBytes));
  if (columns.length !== fixed + startsBytes + starts[length]! * 2) return null;
  list.wordPlaces = { starts, at: new Uint16Array(buffer.slice(fixed + startsBytes)) };
  return list;
}
