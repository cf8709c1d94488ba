// The hashes of a page's inline scripts, for a Content-Security-Policy that allows exactly them.
// Plain JavaScript: the front of the public page cache (lib/public-cache/front-cache.mjs) uses it
// before Next's bundle, when it keeps a page to serve again.

import { createHash } from "node:crypto";

/**
 * `'sha256-…'` of the text of every <script> without a src attribute, each once, in page order.
 * The page may be given as its bytes (UTF-8): they are then read one byte to a character
 * (latin1), which keeps every tag where it is (UTF-8 never uses an ASCII byte inside a character)
 * and gives each script back its own bytes to hash, without decoding the whole page as UTF-8
 * (a millisecond for a search page with a few non-ASCII characters).
 */
export function inlineScriptHashes(html) {
  const bytes = typeof html !== "string";
  const text = bytes ? Buffer.from(html.buffer, html.byteOffset, html.byteLength).toString("latin1") : html;
  const hashes = new Set();
  // HTML's own whitespace, not \s: read as latin1, a UTF-8 byte 0xA0 would be taken for a space.
  for (const match of text.matchAll(/<script(?=[\t\n\f\r />])([^>]*)>([^]*?)<\/script>/gi)) {
    if (/[\t\n\f\r ]src[\t\n\f\r ]*=/i.test(match[1])) continue;
    const body = bytes ? Buffer.from(match[2], "latin1") : Buffer.from(match[2], "utf8");
    hashes.add(`'sha256-${createHash("sha256").update(body).digest("base64")}'`);
  }
  return [...hashes];
}

/**
 * The policy with its script-src allowing only this page's own inline scripts (by hash) and the
 * site's script files ('self'). 'unsafe-inline' stays for browsers too old for hashes: any browser
 * that understands a hash ignores it. A nonce or 'strict-dynamic' is dropped, since a page served
 * again carries the nonce of its first visitor.
 */
export function policyForKeptPage(policy, html) {
  const hashes = inlineScriptHashes(html);
  // Without a hash, 'unsafe-inline' would count: a page with no inline script allows none.
  const scriptSrc = ["script-src", "'self'", ...(hashes.length > 0 ? ["'unsafe-inline'", ...hashes] : [])].join(" ");
  const directives = policy
    .split(";")
    .map((directive) => directive.trim())
    .filter(Boolean)
    .map((directive) => (/^script-src\s/i.test(directive) ? scriptSrc : directive));
  return directives.join("; ");
}
