/**
 * The one module that decides which database runs.
 *
 * - With DATABASE_URL: postgres.js against a PostgreSQL server. Its schema is
 *   managed with `npm run db:migrate` and `npm run db:seed`.
 * - Without it: an embedded PGlite database under .data/ (or PGLITE_DIR),
 *   migrated and given its counties at start-up (the server then loads the
 *   demo data into it where wanted: lib/demo/demo-data.ts), so a new
 *   developer needs no server.
 *
 * Nothing else in the code base knows which one it talks to.
 */
import { mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { plainSetting } from "../settings.mjs";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
/** An open transaction: what a mutation hands to the helpers that write beside it. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type DatabaseKind = "pglite" | "postgres";

/**
 * Calls `onNotify` with its payload for each notification on `channel`, `onListen` each time
 * listening (re)starts, and `onLost` each time the listening connection is lost.
 */
type Listen = (channel: string, onNotify: (payload: string) => void, onListen: () => void, onLost: () => void) => Promise<void>;

type Handle = { db: Database; kind: DatabaseKind; listen: Listen; close: () => Promise<void> };

const migrationsFolder = path.join(process.cwd(), "db", "migrations");

// One instance per process: PGlite has no lock between processes, and dev
// reloads must not open a second pool.
const globalForDb = globalThis as unknown as { volunteerDatabank?: Promise<Handle>; volunteerDatabankReplica?: Promise<Handle> };

export async function getDb(): Promise<Database> {
  return (await getHandle()).db;
}

/**
 * The database for public reads (search, public pages, feeds): a streaming
 * replica when DATABASE_READ_URL is set, the primary otherwise. What it
 * returns may lag the primary by the replica's delay; writes, and reads that
 * decide a write, use getDb().
 */
export async function getReadDb(): Promise<Database> {
  const url = plainSetting("DATABASE_READ_URL");
  if (!url || !plainSetting("DATABASE_URL")) return getDb();
  globalForDb.volunteerDatabankReplica ??= openPostgres(url).catch((error: unknown) => {
    globalForDb.volunteerDatabankReplica = undefined;
    throw error;
  });
  return (await globalForDb.volunteerDatabankReplica).db;
}

/** Whether public reads go to a replica (DATABASE_READ_URL with DATABASE_URL). */
export function hasReadReplica(): boolean {
  return Boolean(plainSetting("DATABASE_READ_URL") && plainSetting("DATABASE_URL"));
}

export async function getDatabaseKind(): Promise<DatabaseKind> {
  return (await getHandle()).kind;
}

function getHandle(): Promise<Handle> {
  if (!globalForDb.volunteerDatabank) {
    globalForDb.volunteerDatabank = open().catch((error: unknown) => {
      // Let the next request try again rather than caching the failure.
      globalForDb.volunteerDatabank = undefined;
      throw error;
    });
  }
  return globalForDb.volunteerDatabank;
}

/**
 * Listens to a PostgreSQL notification channel on the primary. When the
 * connection is lost `onLost` runs at once, and it is opened again as soon as
 * the server answers; then `onListen` runs again: notifications sent meanwhile
 * are lost, so a listener must assume that anything may have changed.
 */
export async function listen(channel: string, onNotify: (payload: string) => void, onListen: () => void, onLost: () => void = () => {}): Promise<void> {
  return (await getHandle()).listen(channel, onNotify, onListen, onLost);
}

export async function closeDb(): Promise<void> {
  const handles = [globalForDb.volunteerDatabank, globalForDb.volunteerDatabankReplica];
  globalForDb.volunteerDatabank = undefined;
  globalForDb.volunteerDatabankReplica = undefined;
  for (const handle of handles) if (handle) await (await handle).close();
}

async function open(): Promise<Handle> {
  const url = plainSetting("DATABASE_URL");
  return url ? openPostgres(url) : openPglite(plainSetting("PGLITE_DIR"));
}

/**
 * While the server is away, nothing waits long for it: a connection not made
 * within CONNECT_TIMEOUT_SECONDS fails its query, and a connection lost is
 * tried again after at most half a second (postgres.js's own backoff grows to
 * 20 s, so a page asked for just after the server came back could wait that
 * long). A refused connection fails at once; the visitor gets the 503 page
 * (lib/database-away). A connection begun while PostgreSQL is shutting down or
 * starting can hang until this timer ends it, holding the queries queued on it,
 * which is why it is short: with 5 s, e2e/faults.spec.ts saw a search get the
 * 503 page five seconds after the database was back, about one run in four.
 */
const CONNECT_TIMEOUT_SECONDS = 2;
const reconnectDelaySeconds = (attempt: number) => Math.min(0.05 * attempt, 0.5);

/**
 * Memory each sort or bitmap of a query may use before it spills: a keyword
 * search with counties at 1,000,000 postings builds a bitmap of some 200,000
 * rows, which in PostgreSQL's default 4 MB turns lossy and rechecks every row
 * of every page it touched (280 ms against 80 ms). A few queries run at a time
 * per process (poolSize), so the bound stays small.
 */
const WORK_MEM = "32MB";

async function openPostgres(url: string): Promise<Handle> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const settings = { connect_timeout: CONNECT_TIMEOUT_SECONDS, backoff: reconnectDelaySeconds, onnotice: () => {}, connection: { work_mem: WORK_MEM } };
  const client = postgres(url, { ...settings, max: poolSize() });
  const db = drizzle(client, { schema }) as unknown as Database;
  const listener = postgresListener(() =>
    postgres(url, {
      ...settings,
      max: 1,
      // Never closed for being idle or old: each new connection would empty every cache.
      max_lifetime: null,
      fetch_types: false,
      onnotify: (channel: string, payload: string) => listener.notify(channel, payload),
      onclose: () => listener.lost(),
    } as Parameters<typeof postgres>[1]),
  );
  const close = async () => {
    await listener.close();
    await client.end({ timeout: 5 });
  };
  return { db, kind: "postgres", listen: listener.listen, close };
}

type Sql = import("postgres").Sql;

/**
 * postgres.js's own `listen` also opens a connection of its own and listens
 * again after losing it, but says nothing when it is lost. This one does the
 * same on a connection it opens (`open`), and calls each channel's `onLost`
 * the moment it closes. `onnotify` is an option postgres.js reads but does
 * not declare in its types (it is how its own `listen` hears notifications).
 */
function postgresListener(open: () => Sql) {
  const channels = new Map<string, { onNotify: (payload: string) => void; onListen: () => void; onLost: () => void }[]>();
  let sql: Sql | undefined;
  let closing = false;
  const subscribe = (channel: string) => sql!.unsafe(`listen "${channel.replaceAll('"', '""')}"`);
  return {
    listen: (async (channel, onNotify, onListen, onLost) => {
      sql ??= open();
      const handlers = channels.get(channel) ?? [];
      // Registered first: if the server is away now, `lost` listens again once it answers.
      handlers.push({ onNotify, onListen, onLost });
      channels.set(channel, handlers);
      await subscribe(channel);
      onListen();
    }) satisfies Listen,
    notify: (channel: string, payload: string) => {
      for (const handler of channels.get(channel) ?? []) handler.onNotify(payload);
    },
    /**
     * The connection closed, or an attempt to open it failed: listening again
     * opens a new one, after postgres.js's backoff. A failed attempt ends here
     * again, so this repeats until the server answers.
     */
    lost: () => {
      if (closing) return;
      for (const [channel, handlers] of channels) {
        for (const handler of handlers) handler.onLost();
        subscribe(channel).then(
          () => handlers.forEach((handler) => handler.onListen()),
          () => {},
        );
      }
    },
    close: async () => {
      closing = true;
      await sql?.end({ timeout: 5 });
    },
  };
}

async function openPglite(dir: string): Promise<Handle> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const inMemory = dir.startsWith("memory://");
  // PGlite does not create parent folders itself.
  if (!inMemory) mkdirSync(path.dirname(dir), { recursive: true });
  const client = new PGlite(dir);
  const db = drizzle(client, { schema }) as unknown as Database;
  try {
    await migrateDatabase(db, "pglite");
    const { seedCounties } = await import("./seed/index");
    await seedCounties(db);
  } catch (error) {
    // Never leave a second instance open on the folder when the next request retries.
    await client.close();
    throw error;
  }
  const listen: Listen = async (channel, onNotify, onListen) => {
    await client.listen(channel, (payload) => onNotify(payload));
    onListen();
  };
  return { db, kind: "pglite", listen, close: () => client.close() };
}

/** Applies the committed drizzle-kit migrations; shares drizzle-kit's bookkeeping table. */
export async function migrateDatabase(db: Database, kind: DatabaseKind): Promise<void> {
  if (kind === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(db as never, { migrationsFolder });
  } else {
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    await migrate(db as never, { migrationsFolder });
  }
}

/** `db.execute` returns an array on postgres.js and `{ rows }` on PGlite; this reads both. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/**
 * DATABASE_POOL_SIZE: 1 to 100 connections per server process. By default,
 * two per core of this machine shared among its server processes
 * (WEB_CONCURRENCY), at least two: PostgreSQL answers a crowd fastest with
 * about two queries per core at a time, and more only wait for each other
 * (README, "Speed and scale"). A database server with more cores than this
 * machine warrants a larger pool.
 */
function poolSize(): number {
  const sharedBy = plainSetting("WEB_CONCURRENCY") ?? 1;
  return plainSetting("DATABASE_POOL_SIZE") ?? Math.max(2, Math.ceil((2 * os.availableParallelism()) / sharedBy));
}
