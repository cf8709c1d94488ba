/**
 * The keyword search must use the GIN index, not read the table: proved with
 * EXPLAIN on the very query the site runs, over 10,000 postings.
 */
import { sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { getDb, rowsOf, type Database } from "@/db/client";
import { seedSyntheticOpportunities } from "@/db/seed/synthetic";
import { insertOpportunity, insertOrganization } from "@/lib/testing/fixtures";
import { COUNT_CAP, PAGE_SIZE } from "./params";
import { buildPageQuery, searchOpportunities } from "./search";

let db: Database;

beforeAll(async () => {
  db = await getDb();
  await seedSyntheticOpportunities(db, 10_000);
  const organization = await insertOrganization(db);
  for (let i = 0; i < 5; i++) {
    await insertOpportunity(db, organization.id, { title: `Snowshoe trail crew ${i}`, description: "Pack the trail before the winter walk." });
  }
  await db.execute(sql`vacuum analyze opportunities`);
});

async function plan(query: Parameters<typeof sql>[1]): Promise<string> {
  const rows = rowsOf<Record<string, string>>(await db.execute(sql`explain ${query}`));
  return rows.map((row) => Object.values(row)[0]).join("\n");
}

it("has at least 10,000 postings", async () => {
  const [row] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from opportunities`));
  expect(row!.n).toBeGreaterThanOrEqual(10_000);
});

it("finds keyword matches through the GIN index", async () => {
  for (const sort of ["relevance", "newest"] as const) {
    const text = await plan(buildPageQuery(db, { q: "snowshoe" }, [], sort, 20, 0));
    expect(text, `${sort}:\n${text}`).toContain("opportunities_search_idx");
  }
});

it("says 1,000+ for a word more than COUNT_CAP postings match, and the exact count below it", async () => {
  const words = rowsOf<{ word: string; n: number }>(
    await db.execute(sql`select word, ndoc::int as n from ts_stat('select search_vector from opportunities') where ndoc between 1500 and 5000 order by ndoc desc limit 1`),
  );
  const [{ word }] = words as [{ word: string; n: number }];
  const frequent = await searchOpportunities({ q: word }, { facetSample: 1 });
  expect(frequent.total, word).toEqual({ count: COUNT_CAP, capped: true });
  expect(frequent.pageCount).toBe(COUNT_CAP / PAGE_SIZE);
  const rare = await searchOpportunities({ q: "snowshoe" }, { facetSample: 1 });
  expect(rare.total).toEqual({ count: 5, capped: false });
});

it("gives a keyword search with counties room for an exact bitmap on PostgreSQL (work_mem, db/client.ts)", async () => {
  const [row] = rowsOf<{ work_mem: string }>(await db.execute(sql`show work_mem`));
  // PGlite, one process in the test's own memory, keeps its default.
  expect(row!.work_mem).toBe(process.env.TEST_DB_TARGET === "postgres" ? "32MB" : "4MB");
});
