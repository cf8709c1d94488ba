import postgres from "postgres";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb, migrateDatabase } from "@/db/client";
import { startPostgres, type ThrowawayPostgres } from "@/db/testing/throwaway-cluster";
import { isDatabaseAway } from "@/lib/database-away/database-away.mjs";
import { listingsState, startListingsVersion } from "@/lib/public-cache/listings-version";

/**
 * The database client and the public cache's listener when PostgreSQL stops
 * (`pg_ctl stop -m fast`) and starts again, on a server of the test's own:
 * queries fail at once with an error that says so, caching stops the moment
 * the listener's connection is lost, and both come back by themselves.
 * (e2e/faults.spec.ts does the same to a whole production server under load.)
 */
let database: ThrowawayPostgres & { remove: () => void };

async function until(condition: () => boolean, what: string, ms = 10_000): Promise<number> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > ms) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return Date.now() - started;
}

async function failure(): Promise<{ error: unknown; ms: number }> {
  const started = Date.now();
  try {
    await (await getDb()).execute(sql`select 1`);
  } catch (error) {
    return { error, ms: Date.now() - started };
  }
  throw new Error("the query worked while the database was stopped");
}

beforeAll(async () => {
  database = startPostgres();
  const admin = postgres(database.url("postgres"), { max: 1, onnotice: () => {} });
  await admin.unsafe("create database vdb");
  await admin.end();
  process.env.DATABASE_URL = database.url("vdb");
  process.env.DATABASE_READ_URL = "";
  await migrateDatabase(await getDb(), "postgres");
});

afterAll(async () => {
  await closeDb();
  database?.remove();
});

describe("PostgreSQL stopped and started again", () => {
  it("fails queries at once while it is away, stops caching at once, and comes back by itself", async () => {
    await startListingsVersion();
    await until(() => listingsState().listening, "the listener is up");
    const db = await getDb();
    await db.execute(sql`select 1`);

    await database.stop("fast");
    await until(() => !listingsState().listening, "caching stops", 2000);
    // Every query fails with an error that says the database is away, and none waits on it.
    for (let i = 0; i < 5; i++) {
      const { error, ms } = await failure();
      expect(isDatabaseAway(error)).toBe(true);
      expect(ms).toBeLessThan(2000);
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(listingsState().listening).toBe(false);

    await database.start();
    const started = Date.now();
    await db.execute(sql`select 1`);
    expect(Date.now() - started).toBeLessThan(2000);
    await until(() => listingsState().listening, "the listener is back and caching resumes", 5000);
  });
});
