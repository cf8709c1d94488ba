import postgres from "postgres";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb, getReadDb, migrateDatabase, rowsOf } from "@/db/client";
import { seedCounties } from "@/db/seed/index";
import { insertOpportunity, insertOrganization } from "@/lib/testing/fixtures";
import { startPrimaryAndReplica, type Cluster } from "@/db/testing/throwaway-cluster";
import { listingsState, startListingsVersion } from "@/lib/public-cache/listings-version";
import { searchOpportunities } from "@/lib/search/search";

/**
 * DATABASE_READ_URL against a real streaming replica: a primary and a replica
 * started from the PostgreSQL binaries on this machine.
 */
let cluster: Cluster;
let replicaAdmin: postgres.Sql;

async function until(condition: () => Promise<boolean> | boolean, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const found = async (word: string) => (await searchOpportunities({ q: word })).items.map((item) => item.title);

beforeAll(async () => {
  cluster = startPrimaryAndReplica();
  const admin = postgres(cluster.primaryUrl("postgres"), { max: 1, onnotice: () => {} });
  await admin.unsafe("create database vdb");
  await admin.end();
  process.env.DATABASE_URL = cluster.primaryUrl("vdb");
  process.env.DATABASE_READ_URL = cluster.replicaUrl("vdb");
  process.env.DEMO_DATA = "off";
  const db = await getDb();
  await migrateDatabase(db, "postgres");
  await seedCounties(db);
  await until(async () => {
    try {
      return (await found("anything")).length === 0;
    } catch {
      return false; // the database is not on the replica yet
    }
  }, "the replica has the schema");
  replicaAdmin = postgres(cluster.replicaUrl("vdb"), { max: 1, onnotice: () => {} });
});

afterAll(async () => {
  await replicaAdmin?.end();
  await closeDb();
  cluster?.stop();
});

describe("public reads from a streaming replica", () => {
  it("serves the search from the replica, and a write on the primary reaches it", async () => {
    const [{ inRecovery }] = rowsOf<{ inRecovery: boolean }>(await (await getReadDb()).execute(sql`select pg_is_in_recovery() as "inRecovery"`)) as [{ inRecovery: boolean }];
    expect(inRecovery).toBe(true);

    const db = await getDb();
    const organization = await insertOrganization(db);
    await insertOpportunity(db, organization.id, { title: "Lighthouse keeper" }, ["knox"]);
    await until(async () => (await found("lighthouse")).includes("Lighthouse keeper"), "the posting reaches the replica");

    // With the replica holding back, the search cannot see what the primary has: it reads the replica.
    await replicaAdmin`select pg_wal_replay_pause()`;
    await insertOpportunity(db, organization.id, { title: "Lighthouse painter" }, ["knox"]);
    expect(rowsOf(await db.execute(sql`select 1 from opportunities where title = 'Lighthouse painter'`))).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await found("lighthouse")).toEqual(["Lighthouse keeper"]);

    await replicaAdmin`select pg_wal_replay_resume()`;
    await until(async () => (await found("lighthouse")).length === 2, "the replica replays the second posting");
  });

  it("caches no public page while the replica has not yet replayed a change", async () => {
    await startListingsVersion();
    await until(() => listingsState().listening, "listening");
    const db = await getDb();
    const organization = await insertOrganization(db);

    await replicaAdmin`select pg_wal_replay_pause()`;
    const before = listingsState().version;
    await insertOpportunity(db, organization.id, { title: "Harbor guide" });
    await until(() => listingsState().version > before, "the change is heard from the primary");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(listingsState().listening).toBe(false);

    await replicaAdmin`select pg_wal_replay_resume()`;
    await until(() => listingsState().listening, "the replica has caught up");
    expect(await found("harbor")).toEqual(["Harbor guide"]);
  });
});
