/**
 * `npm run db:seed [-- --demo] [-- --opportunities N]`
 *
 * Always loads the counties. `--demo` adds the demo organizations and postings
 * (only into an empty database); `--opportunities N` adds N synthetic postings
 * for benchmarks. Never run it on a PGlite folder that a running server holds.
 * With `--demo`, run it with the servers' AUTH_SECRET: the demo admin's second
 * factor is sealed with it.
 */
import { parseArgs } from "node:util";
import { closeDb, getDb } from "../db/client";
import { seedCounties, seedSyntheticOpportunities } from "../db/seed/index";
import { authSecret } from "../lib/auth/secret";
import { secondFactorKeyFrom } from "../lib/auth/second-factor/secret-box";
import { seedDemoIfEmpty } from "../lib/demo/demo";

const { values } = parseArgs({
  options: { demo: { type: "boolean", default: false }, opportunities: { type: "string" } },
});
const synthetic = values.opportunities === undefined ? 0 : Number(values.opportunities);
if (!Number.isInteger(synthetic) || synthetic < 0) {
  console.error("--opportunities takes a whole number, e.g. --opportunities 100000");
  process.exit(1);
}

const db = await getDb();
await seedCounties(db);
console.log("Counties loaded.");
if (values.demo) {
  // The demo admin's second factor is sealed with AUTH_SECRET: run this with the servers' own.
  const loaded = await seedDemoIfEmpty(db, { secondFactorKey: secondFactorKeyFrom(authSecret()) });
  console.log(loaded ? "Demo data loaded." : "Demo data skipped: the database already has organizations.");
}
if (synthetic > 0) {
  const started = performance.now();
  await seedSyntheticOpportunities(db, synthetic);
  console.log(`${synthetic} synthetic postings in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}
await closeDb();
