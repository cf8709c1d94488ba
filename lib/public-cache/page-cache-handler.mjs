// The cache of rendered public pages (Next's `cacheHandler`, see next.config.ts): rendered pages
// kept in this process's memory, least recently used first out, and trusted only while this
// server knows it would hear of any change to what the public may see.
//
// Each entry is stamped with the "public listings version" the server had when its render began
// (lib/public-cache/listings-version.ts keeps it: it moves on every committed change to postings,
// organizations or counties, announced by PostgreSQL to every server, and when a posting's expiry
// passes). An entry whose stamp is no longer the current version is never served: the page is
// rendered again, so a posting that closes, expires or whose organization is suspended leaves
// every cached page at that moment. While the server is not listening (starting, or the
// connection to PostgreSQL is lost) nothing is stored or served from here.
//
// Plain JavaScript: Next loads this file itself, outside the application's bundle. It shares one
// object with the application through globalThis.

import { cacheBytes, currentStamp } from "./stamp.mjs";

const CACHED_KINDS = new Set(["APP_PAGE", "APP_ROUTE"]);

function sizeOf(value) {
  let bytes = 0;
  if (typeof value?.html === "string") bytes += value.html.length;
  if (value?.rscData) bytes += value.rscData.length ?? 0;
  if (value?.body) bytes += value.body.length ?? 0;
  if (value?.segmentData instanceof Map) for (const segment of value.segmentData.values()) bytes += segment.length ?? 0;
  return bytes + 1024;
}

function tagsOf(value) {
  const header = value?.headers?.["x-next-cache-tags"];
  return typeof header === "string" ? header.split(",") : [];
}

/** @type {Map<string, { stamp: number, lastModified: number, value: unknown, bytes: number, tags: string[] }>} */
const entries = new Map();
/** The stamp a key's render began under, from the miss that started it. */
const pending = new Map();
let totalBytes = 0;

function remove(key) {
  const entry = entries.get(key);
  if (!entry) return;
  entries.delete(key);
  totalBytes -= entry.bytes;
}

export default class PublicPageCacheHandler {
  async get(key, ctx) {
    if (!CACHED_KINDS.has(ctx?.kind)) return null;
    const stamp = currentStamp();
    const entry = entries.get(key);
    if (entry && stamp !== null && entry.stamp === stamp) {
      // Least recently used goes first: a Map keeps insertion order.
      entries.delete(key);
      entries.set(key, entry);
      return { lastModified: entry.lastModified, value: entry.value };
    }
    if (entry) remove(key);
    if (stamp === null) pending.delete(key);
    else pending.set(key, stamp);
    return null;
  }

  async set(key, data, ctx) {
    const began = pending.get(key);
    pending.delete(key);
    remove(key);
    if (!data || !CACHED_KINDS.has(data.kind) || ctx?.kind === "FETCH") return;
    // Rendered under a version that has since moved on: it may already be out of date.
    if (began === undefined || began !== currentStamp()) return;
    const bytes = sizeOf(data);
    const limit = cacheBytes();
    if (bytes > limit / 8) return;
    entries.set(key, { stamp: began, lastModified: Date.now(), value: data, bytes, tags: tagsOf(data) });
    totalBytes += bytes;
    for (const oldest of entries.keys()) {
      if (totalBytes <= limit) break;
      remove(oldest);
    }
  }

  async revalidateTag(tags) {
    const wanted = new Set(Array.isArray(tags) ? tags : [tags]);
    for (const [key, entry] of entries) if (entry.tags.some((tag) => wanted.has(tag))) remove(key);
  }

  resetRequestCache() {}
}
