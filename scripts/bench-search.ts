/**
 * `npm run bench:search`: latency of the public search, the function the site
 * calls, against the database of DATABASE_URL (or the embedded one). Load it
 * first with `npm run db:seed -- --opportunities 100000`. Prints figures;
 * asserts nothing.
 */
import { sql } from "drizzle-orm";
import { closeDb, getDatabaseKind, getDb, rowsOf } from "@/db/client";
import { searchOpportunities, type SearchFilters } from "@/lib/search/search";
import { setting } from "@/lib/settings";

const cases: [string, SearchFilters][] = [
  ["no filters, newest", {}],
  ["county + skill", { county: ["york"], skill: "none" }],
  ["three counties + skill + type", { county: ["york", "cumberland", "knox"], skill: "some", type: "ongoing" }],
  ["common word, relevance", { q: "shelter" }],
  ["common word + county, relevance", { q: "mentor", county: ["penobscot"] }],
  ["two words, relevance", { q: "harbor mill" }],
  ["rare word", { q: "quillwork" }],
  ["cause + remote, closing soonest", { cause: "legal_policy", remote: true, sort: "closing" }],
  ["page 30", { page: 30 }],
];

const SEQUENTIAL = setting("BENCH_RUNS");
const USERS = 20;
const RUNS_PER_USER = 5;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function time(filters: SearchFilters): Promise<number> {
  const started = performance.now();
  await searchOpportunities(filters);
  return performance.now() - started;
}

const db = await getDb();
const [size] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from opportunities`));
console.log(`database: ${await getDatabaseKind()}, ${size?.n ?? 0} postings\n`);
console.log("search".padEnd(36), "1 user p50".padStart(11), "p99".padStart(9), `${USERS} users p50`.padStart(14), "p99".padStart(9));

for (const [name, filters] of cases) {
  for (let i = 0; i < 3; i++) await time(filters);
  const sequential: number[] = [];
  for (let i = 0; i < SEQUENTIAL; i++) sequential.push(await time(filters));
  const concurrent: number[] = [];
  await Promise.all(
    Array.from({ length: USERS }, async () => {
      for (let i = 0; i < RUNS_PER_USER; i++) concurrent.push(await time(filters));
    }),
  );
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  console.log(
    name.padEnd(36),
    ms(percentile(sequential, 50)).padStart(11),
    ms(percentile(sequential, 99)).padStart(9),
    ms(percentile(concurrent, 50)).padStart(14),
    ms(percentile(concurrent, 99)).padStart(9),
  );
}
await closeDb();
