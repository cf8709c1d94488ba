/**
 * Runs before each integration test file: gives the file a database of its
 * own, migrated, with the counties loaded and no demo data.
 * - pglite: an in-memory PGlite.
 * - postgres: a new database on the server of TEST_DATABASE_URL, dropped afterwards.
 */
import { afterAll } from "vitest";
import { closeDb, getDb, migrateDatabase } from "@/db/client";
import { seedCounties } from "@/db/seed/index";
import { createScratchDatabase } from "./scratch-database";

process.env.DEMO_DATA = "off";
let dropDatabase: (() => Promise<void>) | undefined;

if (process.env.TEST_DB_TARGET === "postgres") {
  const scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL!);
  process.env.DATABASE_URL = scratch.url;
  dropDatabase = scratch.drop;
  const db = await getDb();
  await migrateDatabase(db, "postgres");
  await seedCounties(db);
} else {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = "memory://";
  await getDb();
}

afterAll(async () => {
  await closeDb();
  await dropDatabase?.();
});
