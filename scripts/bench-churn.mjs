#!/usr/bin/env node
/**
 * `npm run bench:churn -- --url http://127.0.0.1:4101 --database postgres://…/vdb_bench_1000000`:
 * what changes to the public listings cost the searches. It replays the mix of 2,000 distinct
 * searches (search-mix.mjs) with autocannon while it commits one change to the database every
 * `--every` seconds, and prints requests per second, p50, p99 and the slowest answer.
 *
 *   --change postings   a new posting is published (its notification names it: the lists of
 *                       matches are mended with it)
 *   --change organization  an organization is saved unchanged (its notification says 'pages':
 *                       every cached page is rendered again, the lists are kept)
 *   --change anything   a county is saved unchanged (its notification names no postings: every
 *                       list is read again, as every change did before lists were mended)
 *   --change none       nothing changes (the same mix, for comparison)
 *   --seconds N         how long (default 20)      --connections N   (default 1)
 *   --every S           seconds between changes (default 2)
 *   --start I           where in the mix to begin (default 0)
 *
 * It writes into the database, so it refuses any but a benchmark database (its name begins with
 * vdb_bench_, as compare.mjs and `npm run db:seed -- --opportunities N` make them). Asserts nothing.
 */
import autocannon from "autocannon";
import postgres from "postgres";
import { searchMix } from "./search-mix.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const base = option("url", "http://127.0.0.1:4101").replace(/\/+$/, "");
const database = option("database", "");
const change = option("change", "postings");
const seconds = Number(option("seconds", 20));
const connections = Number(option("connections", 1));
const every = Number(option("every", 2));
const start = Number(option("start", 0));

if (!/\/vdb_bench_[^/]*$/.test(new URL(database || "postgres://x/none").pathname) || !["postings", "organization", "anything", "none"].includes(change)) {
  console.error("Usage: npm run bench:churn -- --database postgres://…/vdb_bench_<N> [--change postings|organization|anything|none] [--url …] [--seconds N] [--connections N] [--every S]");
  process.exit(2);
}

const sql = postgres(database, { max: 1, onnotice: () => {} });
const [organization] = await sql`select id from organizations where status = 'approved' order by id limit 1`;
let changes = 0;
async function commitOne() {
  changes += 1;
  if (change === "postings") {
    await sql`insert into opportunities (slug, organization_id, title, summary, description, type, skill_level, causes, status, published_at, expires_at, statewide)
      values (${`bench-churn-${Date.now()}-${changes}`}, ${organization.id}, 'Youth mentor at the shelter', 'Help out.',
        'Legal interpreter and hotline training for survivors in recovery.', 'ongoing', 'some', '{basic_needs}', 'published', now(), now() + interval '30 days', true)`;
  } else if (change === "organization") {
    await sql`update organizations set name = name where id = ${organization.id}`;
  } else if (change === "anything") {
    await sql`update counties set name = name where id = (select min(id) from counties)`;
  }
}
const timer = change === "none" ? undefined : setInterval(() => void commitOne(), every * 1000);

const mix = searchMix();
let next = start;
const result = await autocannon({
  url: base,
  connections,
  duration: seconds,
  requests: [{ setupRequest: (request) => ({ ...request, path: mix[next++ % mix.length] }) }],
});
clearInterval(timer);
await sql.end();
const bad = result.non2xx + result.errors + result.timeouts;
console.log(
  `${change}: ${change === "none" ? 0 : changes} changes in ${seconds} s, ${connections} connection(s): ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, slowest ${result.latency.max} ms, errors/non-2xx ${bad}`,
);
