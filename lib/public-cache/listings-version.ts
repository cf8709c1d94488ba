import "server-only";
import { sql } from "drizzle-orm";
import { getDb, getReadDb, hasReadReplica, listen, rowsOf } from "@/db/client";
import { errorSummary } from "@/lib/logging/error-summary";

/**
 * The "public listings version" of this server: the one thing that decides
 * whether a cached public page may still be served (page-cache-handler.mjs).
 *
 * It moves on
 * - every committed change to postings, organizations or counties, which
 *   PostgreSQL announces on the channel `public_listings` to every server
 *   (db/migrations/0010_public_changes.sql);
 * - the moment the next published posting's expiry passes (checked by the
 *   cache on each read, against `nextExpiryAt`);
 * - every loss and every (re)connection of the listener, since notifications
 *   sent while it was away are lost.
 *
 * While `listening` is false nothing is cached: before the listener is up,
 * from the moment its connection is lost (the database stopped, say) until it
 * is back, and after a change until the next expiry is known and, when public reads go
 * to a replica (DATABASE_READ_URL), until the replica has replayed the change:
 * a page rendered from a replica that lags is never kept.
 *
 * `changes` moves with the version on every change heard and every loss and
 * (re)connection of the listener, but not when a posting expires: what is kept
 * under it (the keyword lists of lib/search/known-matches.ts) leaves out for
 * itself each posting whose expiry has passed. Nor does it move for a change of
 * places taken alone ('places', db/migrations/0022_places_taken_changes.sql),
 * which moves `places` instead: only what filters on fullness is kept under both.
 * `heard` says whether the listener is connected now.
 */
export type ListingsState = {
  version: number;
  listening: boolean;
  changes: number;
  /** Changes heard of postings' places taken alone: whether a posting is full, and nothing else. */
  places: number;
  /** The latest changes counted in `changes`, oldest first, each with the postings it touched (null: anything may have changed). */
  changeLog: { changes: number; postings: number[] | null }[];
  heard: boolean;
  /** Milliseconds since the epoch; pages rendered before it cannot show a posting that expires earlier. */
  nextExpiryAt: number;
  onExpiry?: () => void;
};

const STATE = Symbol.for("volunteer-databank.public-listings");

export function listingsState(): ListingsState {
  const holder = globalThis as unknown as Record<symbol, ListingsState | undefined>;
  holder[STATE] ??= { version: 0, listening: false, changes: 0, places: 0, changeLog: [], heard: false, nextExpiryAt: Number.POSITIVE_INFINITY };
  return holder[STATE];
}

const CHANNEL = "public_listings";
let started: Promise<void> | null = null;
let refreshing: Promise<void> | null = null;
let refreshAgain = false;

/** Starts listening once per process; pages are cached from the moment it is up. */
export function startListingsVersion(): Promise<void> {
  // On PostgreSQL a first attempt that fails is tried again until the server answers (db/client.ts).
  started ??= listen(CHANNEL, changed, listening, lost).catch((error: unknown) => {
    console.error(`[public-cache] not listening for changes yet, public pages are rendered on every request: ${errorSummary(error)}`);
  });
  // The expiry has already moved the version on (stamp.mjs); caching resumes once the next one is known.
  listingsState().onExpiry = () => void refreshNextExpiry();
  return started;
}

/** The listener is up (again): what it missed meanwhile may be anything. */
function listening(): void {
  listingsState().heard = true;
  changed("");
}

/** The listener's connection is gone: changes from now on would go unheard, so nothing is cached. */
function lost(): void {
  const state = listingsState();
  state.heard = false;
  state.version += 1;
  counted(state, null);
  state.listening = false;
}

/**
 * Something public may have changed: no page cached before now is served again. The payload says
 * what (db/migrations/0022, 0023): 'pages', nothing a list of matches holds; 'places', the places
 * taken of postings alone, which only lists of open postings hold; 'o:' and ids, those postings;
 * anything else (''), anything.
 */
function changed(payload = ""): void {
  const state = listingsState();
  state.version += 1;
  if (payload === "places") state.places += 1;
  else if (payload !== "pages") counted(state, postingsOf(payload));
  state.listening = false;
  void refreshNextExpiry();
}

/** How many changes the log keeps: a list not mended across more is read again. */
const LOGGED_CHANGES = 64;

function counted(state: ListingsState, postings: number[] | null): void {
  state.changes += 1;
  state.changeLog.push({ changes: state.changes, postings });
  if (state.changeLog.length > LOGGED_CHANGES) state.changeLog.shift();
}

/** The postings named by a payload 'o:1,2,3', or null when it names none (anything may have changed). */
function postingsOf(payload: string): number[] | null {
  if (!payload.startsWith("o:") || payload.length === 2) return null;
  const ids = payload.slice(2).split(",").map(Number);
  return ids.length > 0 && ids.every((id) => Number.isSafeInteger(id)) ? ids : null;
}

/**
 * The postings touched by the changes heard after the count `since`, up to the current one; null
 * when one of them may have touched anything, or is no longer in the log.
 */
export function postingsChangedSince(since: number): number[] | null {
  const state = listingsState();
  const after = state.changeLog.filter((entry) => entry.changes > since);
  if (after.length !== state.changes - since || after.some((entry) => entry.postings === null)) return null;
  return [...new Set(after.flatMap((entry) => entry.postings!))];
}

/** Looks up the next expiry, then lets pages be cached again (one lookup at a time, repeated if more changes came meanwhile). */
function refreshNextExpiry(): Promise<void> {
  if (refreshing) {
    refreshAgain = true;
    return refreshing;
  }
  refreshing = (async () => {
    do {
      refreshAgain = false;
      const versionBefore = listingsState().version;
      try {
        const next = await nextExpiry();
        await replicaCaughtUp();
        const state = listingsState();
        // Another change came while looking: look again before trusting anything. Lost meanwhile:
        // caching waits for the listener, which looks again when it is back.
        if (state.version !== versionBefore) refreshAgain = state.heard;
        else if (state.heard) {
          state.nextExpiryAt = next;
          state.listening = true;
        }
      } catch (error) {
        console.error(`[public-cache] could not read the next expiry, caching paused: ${errorSummary(error)}`);
        await new Promise((resolve) => setTimeout(resolve, 1000));
        // While the listener is away it looks again itself once back.
        refreshAgain = listingsState().heard;
      }
    } while (refreshAgain);
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** When the first published posting that has not yet expired will expire (whatever its organization's status). */
async function nextExpiry(): Promise<number> {
  const db = await getDb();
  const [row] = rowsOf<{ at: string | Date | null }>(
    await db.execute(sql`select min(expires_at) as at from opportunities where status = 'published' and expires_at > now()`),
  );
  return row?.at ? new Date(row.at).getTime() : Number.POSITIVE_INFINITY;
}

/** Waits until the read replica, if any, has replayed everything the primary had written when asked. */
async function replicaCaughtUp(): Promise<void> {
  if (!hasReadReplica()) return;
  const [primary] = rowsOf<{ lsn: string }>(await (await getDb()).execute(sql`select pg_current_wal_lsn()::text as lsn`));
  const replica = await getReadDb();
  for (let wait = 5; ; wait = Math.min(wait * 2, 200)) {
    const [row] = rowsOf<{ caught_up: boolean }>(
      await replica.execute(sql`select coalesce(pg_last_wal_replay_lsn() >= ${primary!.lsn}::pg_lsn, not pg_is_in_recovery()) as caught_up`),
    );
    if (row?.caught_up) return;
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}
