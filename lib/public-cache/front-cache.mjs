// The front of the public page cache: whole HTTP answers of public pages, kept in this process's
// memory and written back to the next visitor without entering Next's request pipeline (which
// costs a millisecond or more a request even for a page it has cached). Used by scripts/serve.mjs.
//
// An answer is kept only when it is the same for every visitor: Next marked it as a cached page (an
// `x-nextjs-cache` header and a shared `Cache-Control`), or proxy.ts marked a page rendered per
// request (the search) with PUBLIC_PAGE_HEADER. And only for a plain GET of a document (not a
// client navigation, prefetch or form action), with no cookie set, and only under the public listings version it was asked
// under: the same rule as the page cache behind it (page-cache-handler.mjs), so a change to
// anything public reaches both at once.
//
// Plain JavaScript: it runs in the server before Next's bundle.

import { createHash } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { policyForKeptPage } from "../security/script-hashes.mjs";
import { currentStamp } from "./stamp.mjs";

const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];
/** What browsers and shared caches are told about a cached public page: keep it if you like, but ask first (the ETag makes that cheap). */
export const PUBLIC_PAGE_CACHE_CONTROL = "public, max-age=0, must-revalidate";
export const PUBLIC_PAGE_HEADER = "x-public-page";

/**
 * A page that runs on the public policy ('self' 'unsafe-inline', set by proxy.ts so that the page can
 * be rendered once and served to many) is held back until Next has written all of it, then sent
 * with a policy that allows exactly its own inline scripts, by hash: the same policy its copies
 * get when served from this cache, so no answer, the first included, runs on 'unsafe-inline' alone.
 * Pages on a nonce, and everything that is not HTML, pass through untouched and streamed.
 */
function sendWithHashPolicy(res) {
  const { writeHead, write, end } = res;
  let hold;
  const holding = (response) => {
    if (hold === undefined) {
      const policy = response.getHeader("content-security-policy");
      const type = String(response.getHeader("content-type") ?? "");
      hold = typeof policy === "string" && /(^|;)\s*script-src[^;]*'unsafe-inline'/.test(policy) && type.startsWith("text/html");
    }
    return hold;
  };
  let head = null;
  const body = [];
  res.writeHead = function (...args) {
    if (!holding(this)) return writeHead.apply(this, args);
    head = args;
    return this;
  };
  res.write = function (chunk, encoding, callback) {
    if (!holding(this)) return write.call(this, chunk, encoding, callback);
    if (chunk !== undefined && chunk !== null && typeof chunk !== "function") body.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"));
    const done = [chunk, encoding, callback].find((value) => typeof value === "function");
    if (done) process.nextTick(done);
    return true;
  };
  res.end = function (chunk, encoding, callback) {
    if (!holding(this)) return end.call(this, chunk, encoding, callback);
    if (chunk !== undefined && chunk !== null && typeof chunk !== "function") body.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"));
    const whole = Buffer.concat(body);
    const gzipped = String(this.getHeader("content-encoding") ?? "") === "gzip";
    try {
      // Hashed as bytes: decoding the whole page would cost more than the hashes.
      const html = gzipped ? gunzipSync(whole) : whole;
      this.setHeader("content-security-policy", policyForKeptPage(String(this.getHeader("content-security-policy")), html));
      // What record() keeps is this same body: it need not read it back again.
      this.hashPolicySet = true;
    } catch {
      // A body that cannot be read back keeps the policy it was given.
    }
    if (head && !this.headersSent) writeHead.apply(this, head);
    if (whole.length > 0) write.call(this, whole);
    const done = [chunk, encoding, callback].find((value) => typeof value === "function");
    return end.call(this, done);
  };
}

/** proxy.ts's mark is for this server alone: it never reaches the client. */
function dropMark(res) {
  const setHeader = res.setHeader;
  res.setHeader = function (name, value) {
    return String(name).toLowerCase() === PUBLIC_PAGE_HEADER ? this : setHeader.call(this, name, value);
  };
}

export function createFrontCache({ maxBytes }) {
  /** @type {Map<string, { stamp: number, status: number, headers: Record<string, string | string[]>, body: Buffer, etag: string | undefined }>} */
  const entries = new Map();
  let totalBytes = 0;

  const remove = (key) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    totalBytes -= entry.body.length;
  };

  /** Whether a request's answer may be kept or come from here: a plain GET of a document. */
  function eligible(req) {
    if (req.method !== "GET" || !req.url || req.url.includes("_rsc=")) return false;
    return !ROUTER_HEADERS.some((name) => req.headers[name] !== undefined);
  }

  /** Entries are kept per encoding: a gzip answer only goes to a client that accepts gzip. */
  const keyOf = (encoding, url) => `${encoding} ${url}`;

  /** Answers from the cache when it can; true when it did. */
  function serve(req, res) {
    if (!eligible(req)) return false;
    const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    const key = [gzip && keyOf("gzip", req.url), keyOf("identity", req.url)].find((candidate) => candidate && entries.has(candidate));
    if (!key) return false;
    const entry = entries.get(key);
    if (entry.stamp !== currentStamp()) {
      remove(key);
      return false;
    }
    entries.delete(key);
    entries.set(key, entry);
    if (entry.etag && req.headers["if-none-match"] === entry.etag) {
      res.writeHead(304, { ETag: entry.etag, "Cache-Control": PUBLIC_PAGE_CACHE_CONTROL });
      res.end();
      return true;
    }
    res.writeHead(entry.status, entry.headers);
    res.end(entry.body);
    return true;
  }

  /** Watches Next answer `req`, and keeps the answer when it may be served again. */
  function record(req, res) {
    if (!eligible(req)) {
      dropMark(res);
      return;
    }
    sendWithHashPolicy(res);
    const stamp = currentStamp();
    if (stamp === null) return;
    const chunks = [];
    let size = 0;
    let tooBig = false;
    const write = res.write;
    const end = res.end;
    const keep = (chunk, encoding) => {
      if (tooBig || chunk === undefined || chunk === null || typeof chunk === "function") return;
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8");
      size += buffer.length;
      if (size > maxBytes / 8) tooBig = true;
      else chunks.push(buffer);
    };
    res.write = function (chunk, encoding, callback) {
      keep(chunk, encoding);
      return write.call(this, chunk, encoding, callback);
    };
    res.end = function (chunk, encoding, callback) {
      keep(chunk, encoding);
      return end.call(this, chunk, encoding, callback);
    };
    const setHeader = res.setHeader;
    res.setHeader = function (name, value) {
      const lower = String(name).toLowerCase();
      // proxy.ts's mark on a page rendered per request that is the same for every visitor; never sent.
      if (lower === PUBLIC_PAGE_HEADER) {
        this.publicPage = true;
        return this;
      }
      // A public page must not be kept by a shared cache beyond our knowledge of changes.
      if (lower === "cache-control" && (this.publicPage || String(value).startsWith("s-maxage="))) {
        this.keepable = true;
        return setHeader.call(this, name, PUBLIC_PAGE_CACHE_CONTROL);
      }
      return setHeader.call(this, name, value);
    };
    res.once("finish", () => {
      if (tooBig || res.statusCode !== 200 || !res.keepable) return;
      const nextCache = res.getHeader("x-nextjs-cache");
      if (!res.publicPage && nextCache !== "HIT" && nextCache !== "MISS") return;
      if (res.getHeader("set-cookie") !== undefined) return;
      const encoding = res.getHeader("content-encoding") ?? "identity";
      if (encoding !== "gzip" && encoding !== "identity") return;
      const key = keyOf(encoding, req.url);
      // Asked under a version that has since moved on: the answer may already be out of date.
      if (stamp !== currentStamp()) return;
      const headers = { ...res.getHeaders() };
      delete headers["x-nextjs-cache"];
      delete headers.date;
      const body = Buffer.concat(chunks);
      headers["content-length"] = String(body.length);
      // Served again to others, the page allows exactly its own inline scripts, by hash.
      const policy = headers["content-security-policy"];
      if (typeof policy === "string" && !res.hashPolicySet) headers["content-security-policy"] = policyForKeptPage(policy, encoding === "gzip" ? gunzipSync(body) : body);
      // A page rendered per request comes without an ETag: give it one, so a browser that asks again gets a 304.
      if (typeof headers.etag !== "string") headers.etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
      delete headers["transfer-encoding"];
      remove(key);
      entries.set(key, { stamp, status: 200, headers, body, etag: typeof headers.etag === "string" ? headers.etag : undefined });
      totalBytes += body.length;
      for (const oldest of entries.keys()) {
        if (totalBytes <= maxBytes) break;
        remove(oldest);
      }
    });
  }

  return { serve, record };
}
