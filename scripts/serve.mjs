#!/usr/bin/env node
// `npm start`: the production server. Next's request handler, behind the front of the public page
// cache (lib/public-cache/front-cache.mjs), in one process per core when the database is a
// PostgreSQL server (WEB_CONCURRENCY sets how many; the embedded database allows only one).
//
//   npm start [-- -p PORT] [-H HOSTNAME]        (after `npm run build`)
//
// `npm start` gives Node a larger young generation (--max-semi-space-size, README "From one server
// to many"); the processes forked here inherit it.
import cluster from "node:cluster";
import { createServer } from "node:http";
import os from "node:os";
import path from "node:path";
import next from "next";
import { clientAddressFrom } from "../lib/client-address/forwarded-for.mjs";
import { createStaticBrotli } from "../lib/compression/static-brotli.mjs";
import { answerWhileDatabaseAway } from "../lib/database-away/database-away.mjs";
import { createFrontCache } from "../lib/public-cache/front-cache.mjs";
import { cacheBytes } from "../lib/public-cache/stamp.mjs";
import { countsAsPublicRead, createReadLimit, refuseRead } from "../lib/public-reads/read-limit.mjs";
import { whenBodyFits } from "../lib/request-size/post-size.mjs";
import { warmUp } from "../lib/warm-up/warm-up.mjs";
import { plainSetting } from "../settings.mjs";

const args = process.argv.slice(2);
const option = (short, long, fallback) => {
  const i = args.findIndex((arg) => arg === short || arg === long);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
/** The settings this server reads before Next (settings.mjs); a wrong one stops it at once, saying why. */
function startSettings() {
  try {
    return {
      port: Number(option("-p", "--port", plainSetting("PORT"))),
      hostname: option("-H", "--hostname", plainSetting("HOSTNAME")),
      embedded: !plainSetting("DATABASE_URL"),
      processes: plainSetting("WEB_CONCURRENCY"),
      production: plainSetting("NODE_ENV") === "production",
      trustedProxies: plainSetting("TRUSTED_PROXIES"),
      readsPerMinute: plainSetting("PUBLIC_READS_PER_MINUTE"),
      cacheBytes: cacheBytes(),
      warmUpSeconds: plainSetting("WARM_UP_SECONDS"),
    };
  } catch (error) {
    console.error(`[start] ${error instanceof Error ? error.message : "The server's settings are incomplete."}`);
    process.exit(1);
  }
}
const settings = startSettings();
const { port, hostname } = settings;

/** One process per core on PostgreSQL; exactly one on the embedded database, which has no lock between processes. */
function processCount() {
  if (settings.embedded) return 1;
  return Math.min(settings.processes ?? os.availableParallelism(), 64);
}

if (cluster.isPrimary && processCount() > 1) {
  const count = processCount();
  // Each process sizes its share of the database connections by it (db/client.ts).
  for (let i = 0; i < count; i++) cluster.fork({ WEB_CONCURRENCY: String(count) });
  let stopping = false;
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    // A server process that dies takes the others down with it: the supervisor (systemd, the
    // container runtime) restarts the whole, and nobody is served by half a server unnoticed.
    console.error(`[start] a server process stopped (${signal ?? code}); stopping.`);
    stopping = true;
    for (const other of Object.values(cluster.workers ?? {})) other?.kill("SIGTERM");
    process.exitCode = 1;
  });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
    });
  }
  console.log(`[start] ${count} server processes on http://${hostname}:${port}`);
} else {
  // Quiet: Next's own log of a failed request prints the error's message, which can quote a query's
  // parameters (e-mail addresses among them); instrumentation.ts's onRequestError logs it instead.
  //
  // The host name given to Next only builds the addresses it compares internally, never where it
  // listens (this server does). Next builds the address the proxy (proxy.ts) sees on "localhost",
  // and the address of the request itself on this name: when the two differ, every rewrite of a
  // public page (the search, the home page, county and organization pages) is sent back over HTTP
  // to this server as a second request. Both on "localhost", a rewrite is served in the process.
  const app = next({ dev: false, dir: process.cwd(), hostname: "localhost", port, quiet: true });
  await app.prepare();
  const handle = app.getRequestHandler();
  const front = createFrontCache({ maxBytes: settings.cacheBytes });
  const staticBrotli = createStaticBrotli({ buildDir: path.join(process.cwd(), ".next"), production: settings.production });
  const { trustedProxies } = settings;
  const reads = createReadLimit({ perMinute: settings.readsPerMinute });
  const respond = (req, res) => {
    if (staticBrotli.serve(req, res)) return;
    whenBodyFits(req, res, () => {
      if (front.serve(req, res)) return;
      // While the database is away: a plain 503 page rather than Next's error page or a wait.
      answerWhileDatabaseAway(req, res);
      front.record(req, res);
      void handle(req, res);
    });
  };
  // Before it takes visitors, the process renders public pages to itself for a few seconds (lib/warm-up).
  await warmUp(respond, settings.warmUpSeconds);
  const server = createServer((req, res) => {
    // Counted before the front of the page cache, so a page served from memory counts too.
    if (countsAsPublicRead(req)) {
      const forwardedFor = req.headers["x-forwarded-for"];
      const client = clientAddressFrom({ forwardedFor: forwardedFor ?? null, socketAddress: req.socket.remoteAddress ?? null }, trustedProxies);
      const read = reads.hit(client);
      if (!read.ok) return refuseRead(req, res, read.retryAfterSeconds);
    }
    respond(req, res);
  });
  // Longer than the idle timeout of the clients and load balancers in front (commonly 60 s): the
  // side that closes an idle connection first must be the client, or a request sent on it just as
  // the server closes it is reset.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.listen(port, hostname, () => {
    if (cluster.isPrimary) console.log(`[start] ready on http://${hostname}:${port}`);
    void staticBrotli.warm();
  });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      server.close(() => process.exit(0));
      setTimeout(() => process.exit(0), 5000).unref();
    });
  }
}
