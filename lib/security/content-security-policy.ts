/**
 * The Content-Security-Policy of every page (SECURITY.md says which pages run
 * which policy, and why). proxy.ts sets it on each request.
 *
 * - Pages that handle accounts or personal data run their scripts on a fresh
 *   nonce with 'strict-dynamic' and no 'unsafe-inline': Next puts the nonce on
 *   its own scripts; the quick-exit script is allowed by its hash.
 * - The public pages that are the same for everyone are prerendered or kept
 *   by the public page cache, where a per-request nonce cannot live: a page
 *   rendered live allows the site's inline scripts, and when the front of the
 *   cache keeps it, the policy it is served with from then on allows exactly
 *   the hashes of its own inline scripts (lib/security/script-hashes.mjs).
 * - The RSS feed (/feed.xml) runs the public policy: a browser applies its
 *   stylesheet (/feed.xsl, an XSLT) under script-src, which allows 'self';
 *   the page the stylesheet makes has inline styles and no script.
 */
import { quickExitScript } from "@/lib/quick-exit";
import { setting } from "@/lib/settings";
import { quickExitUrl } from "@/lib/site";

/** Where accounts, organizations' work or volunteers' details are handled. */
const PRIVATE_PAGE_PREFIXES = [
  "/signin",
  "/signup",
  "/forgot-password",
  "/reset-password",
  "/confirm-email",
  "/dashboard",
  "/admin",
  "/me",
  "/host/apply",
  "/invitations",
  "/responses",
  "/alerts",
];

/** True for the pages that run on a nonce: the private ones, and a posting's page with its "I'm interested" and report forms. */
export function runsOnNonce(pathname: string): boolean {
  if (PRIVATE_PAGE_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))) return true;
  return /^\/opportunities\/[^/]+(\/(report|thanks))?$/.test(pathname);
}

const COMMON = [
  "default-src 'self'",
  // Tailwind's styles are a file; React sets a few inline style attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

let quickExitHash: { href: string; hash: Promise<string> } | null = null;

/** `'sha256-…'` of the quick-exit script as the root layout renders it. */
function hashOfQuickExit(): Promise<string> {
  const href = quickExitUrl();
  if (quickExitHash?.href !== href) {
    const hash = crypto.subtle
      .digest("SHA-256", new TextEncoder().encode(quickExitScript(href)))
      .then((digest) => `'sha256-${Buffer.from(digest).toString("base64")}'`);
    quickExitHash = { href, hash };
  }
  return quickExitHash.hash;
}

/** The policy for a page: with `nonce` for the pages that run on one, without for the public ones. */
export async function contentSecurityPolicy(nonce: string | null): Promise<string> {
  // React's development build evaluates code from strings; production never does.
  const development = setting("NODE_ENV") !== "production" ? ["'unsafe-eval'"] : [];
  const scripts = nonce ? [`'nonce-${nonce}'`, "'strict-dynamic'", await hashOfQuickExit()] : ["'self'", "'unsafe-inline'"];
  return [`script-src ${[...scripts, ...development].join(" ")}`, ...COMMON].join("; ");
}

/** The embeds (/embed/…): listings made to sit in a frame on any site. */
export function isEmbedPath(pathname: string): boolean {
  return pathname.startsWith("/embed/");
}

/**
 * The policy of an embed: a document with no script at all and one inline style sheet, which any
 * site may frame. It loads nothing and posts nowhere; its links open the databank in a new tab.
 */
export const EMBED_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors *",
].join("; ");

/** A fresh nonce: 16 random bytes, base64. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
