import { NextResponse, type NextRequest } from "next/server";
import { PUBLIC_PAGE_HEADER } from "@/lib/public-cache/front-cache.mjs";
import { MAX_POST_BYTES, TOO_LARGE_MESSAGE } from "@/lib/request-size/post-size.mjs";
import { searchPageKey } from "@/lib/search/page-key";
import { parsePageParam } from "@/lib/search/page-param";
import { REQUEST_PATH_HEADER } from "@/lib/auth/request-path-header";
import { contentSecurityPolicy, EMBED_CONTENT_SECURITY_POLICY, isEmbedPath, newNonce, runsOnNonce } from "@/lib/security/content-security-policy";

/** Areas behind sign-in. The pages check again from the database; this only saves the obvious round trip. */
const PRIVATE_AREAS = ["/dashboard", "/admin", "/me"];

/**
 * Sends a visitor with no session cookie at all to the sign-in page. A cookie
 * that is present proves nothing here: every page, action and route handler
 * checks the session and the user's permissions itself (STYLE.md 2).
 */
function redirectIfSignedOut(request: NextRequest): NextResponse | null {
  const { pathname, search } = request.nextUrl;
  if (request.method !== "GET" || !PRIVATE_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`))) return null;
  const hasSession = request.cookies.getAll().some(({ name }) => /^(__Secure-)?authjs\.session-token/.test(name));
  if (hasSession) return null;
  const signIn = new URL("/signin", request.url);
  signIn.searchParams.set("returnTo", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

/**
 * Refuses, before routing would fail on them with a 500: an address that
 * cannot be decoded (such as `/opportunities/%FF`) or that carries a NUL
 * character (`?q=%00`), with a 400, and a post
 * larger than any form of ours, with a 413.
 */
export async function proxy(request: NextRequest) {
  if (request.method === "POST" && Number(request.headers.get("content-length") ?? 0) > MAX_POST_BYTES) {
    return new NextResponse(TOO_LARGE_MESSAGE, { status: 413, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  try {
    decodeURIComponent(request.nextUrl.pathname);
    // PostgreSQL refuses a NUL character in text: an address carrying one can only be an attack or a mistake.
    if (/%00/.test(request.nextUrl.pathname + request.nextUrl.search)) throw new Error("NUL in address");
  } catch {
    return new NextResponse("This address is not valid.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return redirectIfSignedOut(request) ?? (await withContentSecurityPolicy(request));
}

/** Every page gets its Content-Security-Policy here (lib/security/content-security-policy.ts); the private ones a fresh nonce. */
async function withContentSecurityPolicy(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith("/_next/")) return NextResponse.next();
  if (isEmbedPath(pathname)) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", EMBED_CONTENT_SECURITY_POLICY);
    return response;
  }
  if (runsOnNonce(pathname)) {
    const policy = await contentSecurityPolicy(newNonce());
    // Next reads the nonce from the request's policy and puts it on the scripts it renders.
    const headers = new Headers(request.headers);
    headers.set("content-security-policy", policy);
    // Where a private page was asked for, for a layout that must send someone elsewhere and back (lib/auth/require.ts).
    headers.set(REQUEST_PATH_HEADER, `${pathname}${request.nextUrl.search}`);
    const response = NextResponse.next({ request: { headers } });
    response.headers.set("Content-Security-Policy", policy);
    return response;
  }
  const response = cachedPublicPage(request) ?? NextResponse.next();
  response.headers.set("Content-Security-Policy", await contentSecurityPolicy(null));
  return response;
}

/**
 * Public pages that read the database, the same for every visitor, each
 * served by a route under a dynamic segment that carries what the query string
 * said. The address the visitor sees does not change.
 *
 * - `/` by `/home/latest`, and `/counties/<slug>?page=n` and
 *   `/organizations/<slug>?page=n` by `…/<slug>/<n>`: rendered on their first
 *   visit and then served from the public page cache (lib/public-cache),
 *   never at build time;
 * - `/opportunities?…` by `/search/<key>` (lib/search/page-key.ts): rendered
 *   per request, and marked so that the front of the public page cache keeps
 *   the whole answer.
 */
function cachedPublicPage(request: NextRequest): NextResponse | null {
  const { pathname, searchParams } = request.nextUrl;
  const to = (path: string) => NextResponse.rewrite(new URL(path, request.url));
  if (pathname === "/") return to("/home/latest");
  if (pathname === "/opportunities") {
    // A search form sent without JavaScript names every field, empty ones too: the address keeps only those filled in.
    if ([...searchParams.values()].some((value) => value === "")) {
      const filled = new URLSearchParams([...searchParams].filter(([, value]) => value !== ""));
      const clean = new URL(request.url);
      clean.search = filled.toString();
      return NextResponse.redirect(clean, 303);
    }
    return NextResponse.rewrite(new URL(`/search/${searchPageKey(searchParams)}`, request.url), { headers: { [PUBLIC_PAGE_HEADER]: "search" } });
  }
  const listing = /^\/(counties|organizations)\/([^/]+)$/.exec(pathname);
  if (listing) return to(`/${listing[1]}/${listing[2]}/${parsePageParam(searchParams.getAll("page"))}`);
  return null;
}
