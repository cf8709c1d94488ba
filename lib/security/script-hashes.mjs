// The hashes of a page's inline scripts, for a Content-Security-Policy that allows exactly them.
// Plain JavaScript: the front of the public page cache (lib/public-cache/front-cache.mjs) uses it
// before Next's bundle, when it keeps a page to serve again.

import { createHash } from "node:crypto";

/** `'sha256-…'` of the text of every <script> without a src attribute, each once, in page order. */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc\s*=/i.test(match[1])) continue;
    hashes.add(`'sha256-${createHash("sha256").update(match[2], "utf8").digest("base64")}'`);
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
