// The per-client limit on public reads (the search, the API, the feeds): a fixed one-minute window
// per client address, counted in this server process's memory. Cheap on purpose: no database
// write per page view, and it runs in scripts/serve.mjs before the front of the public page cache,
// so a page served from memory counts as much as one rendered. Each process counts its own.
//
// Plain JavaScript: it runs in the server before Next's bundle.

const WINDOW_MS = 60_000;
/** Past this many distinct clients in one minute, new ones go uncounted until the next: the counter's memory stays bounded. */
const MAX_CLIENTS = 100_000;

export function createReadLimit({ perMinute, now = Date.now, maxClients = MAX_CLIENTS }) {
  let windowStart = -1;
  let counts = new Map();
  /** Counts one read by `client`; answers whether it may be served, and if not, in how many seconds it may ask again. */
  function hit(client) {
    if (perMinute === 0) return { ok: true };
    const time = now();
    const start = time - (time % WINDOW_MS);
    if (start !== windowStart) {
      windowStart = start;
      counts = new Map();
    }
    const count = (counts.get(client) ?? 0) + 1;
    if (count === 1 && counts.size >= maxClients) return { ok: true };
    counts.set(client, count);
    if (count <= perMinute) return { ok: true };
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((windowStart + WINDOW_MS - time) / 1000)) };
  }
  return { hit };
}

/** The public reads the limit counts: the search page (and its internal address), the API, the feeds, the sitemap and the embeds. */
export function isPublicRead(method, url) {
  if (method !== "GET" && method !== "HEAD") return false;
  const pathname = (url ?? "/").split("?")[0];
  return (
    pathname === "/opportunities" ||
    pathname.startsWith("/search/") ||
    pathname === "/api/v1" ||
    pathname.startsWith("/api/v1/") ||
    pathname === "/feed.xml" ||
    pathname === "/sitemap.xml" ||
    pathname.startsWith("/embed/") ||
    /^\/opportunities\/[^/]+\/calendar\.ics$/.test(pathname)
  );
}

/**
 * Whether `req` is a public read a client made. Every one is: a search's
 * rewrite to its `/search/<key>` page is served inside the process (see
 * scripts/serve.mjs), so no request reaches this server twice, and a client
 * that asks for `/search/<key>` itself is counted like any other, whatever
 * headers it sends and wherever it comes from.
 */
export function countsAsPublicRead(req) {
  return isPublicRead(req.method, req.url);
}

/** The answer past the limit: 429 with Retry-After, JSON for the API and a plain page for the rest. */
export function refuseRead(req, res, retryAfterSeconds) {
  const api = (req.url ?? "").startsWith("/api/");
  const body = api
    ? JSON.stringify({ error: "too_many_requests", retryAfterSeconds })
    : `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Too many requests - Maine Volunteer Databank</title></head><body><h1>Too many requests</h1><p>You asked for more pages than we can answer from one address in a minute. Please wait ${retryAfterSeconds} seconds and try again.</p></body></html>`;
  res.writeHead(429, {
    "Content-Type": api ? "application/json" : "text/html; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Retry-After": String(retryAfterSeconds),
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
  res.end(req.method === "HEAD" ? undefined : body);
}
