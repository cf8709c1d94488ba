#!/usr/bin/env node
/**
 * `npm run bench:http -- --url http://host:port`: measures a running deployment of the site over
 * HTTP with autocannon, with the same fixed searches and the same mix of 2,000 distinct searches
 * (drawn with a fixed seed) as the side-by-side comparison in the README's Benchmark section, and
 * a content page. Prints requests per second, p50 and p99 latency and the count of errors and
 * non-2xx answers for each. Asserts nothing.
 *
 *   --url URL            the site (default http://127.0.0.1:3000)
 *   --seconds N          how long each row runs (default 10)
 *   --connections N      concurrent connections (default 20)
 *   --json FILE          also write the figures as JSON
 *
 * Run it from another machine than the site's for figures about the site alone; a per-client
 * limit on public reads (PUBLIC_READS_PER_MINUTE) would measure itself.
 */
import { writeFileSync } from "node:fs";
import autocannon from "autocannon";
import { searchMix } from "./search-mix.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const base = option("url", "http://127.0.0.1:3000").replace(/\/+$/, "");
const seconds = Number(option("seconds", 10));
const connections = Number(option("connections", 20));
const jsonFile = option("json", null);

const ROWS = [
  ["county + skill", ["/opportunities?county=york&skill=none"]],
  ["keywords + county", ["/opportunities?q=mentor+youth&county=york"]],
  ["frequent keyword", ["/opportunities?q=legal"]],
  ["no filter", ["/opportunities"]],
  ["three counties + skill", ["/opportunities?county=york&county=cumberland&county=penobscot&skill=some"]],
  ["page 3", ["/opportunities?county=cumberland&page=3"]],
  ["2,000 distinct searches", searchMix()],
  ["a content page (/privacy)", ["/privacy"]],
];

function run(paths) {
  let next = 0;
  return new Promise((resolve, reject) => {
    autocannon(
      { url: base, connections, duration: seconds, requests: [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }] },
      (error, result) =>
        error
          ? reject(error)
          : resolve({ rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, bad: result.non2xx + result.errors + result.timeouts }),
    );
  });
}

const results = [];
console.log(`${base}: ${connections} connections, ${seconds} s a row; req/s, p50 and p99 in ms`);
console.log(`${"row".padEnd(28)} ${"req/s".padStart(7)} ${"p50".padStart(6)} ${"p99".padStart(6)}  errors/non-2xx`);
for (const [name, paths] of ROWS) {
  // One request first, as a visitor before the crowd would.
  if (paths.length === 1) await fetch(base + paths[0]).then((response) => response.arrayBuffer());
  const figures = await run(paths);
  results.push({ name, ...figures });
  console.log(`${name.padEnd(28)} ${String(figures.rps).padStart(7)} ${String(figures.p50).padStart(6)} ${String(figures.p99).padStart(6)}  ${figures.bad}`);
}
if (jsonFile) writeFileSync(jsonFile, JSON.stringify({ url: base, connections, seconds, results }, null, 2));
