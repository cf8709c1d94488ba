import { createHash } from "node:crypto";

/**
 * Answers for the open data (the API, the feeds, the embeds): each carries an
 * ETag of its exact body, and a client that sends it back in If-None-Match
 * gets `304 Not Modified` with no body. The body is still read from the
 * database on every request (`Cache-Control: no-cache`): a posting that stops
 * being public changes the body, so it leaves every answer at once, and the
 * ETag only saves the bytes of an answer that has not changed.
 */
const OPEN_DATA_CACHE_CONTROL = "public, no-cache";

/** A strong ETag of `body`. */
export function etagOf(body: string): string {
  return `"${createHash("sha1").update(body, "utf8").digest("base64url")}"`;
}

/** Whether an If-None-Match header names `etag` (a list, a weak form of it, or `*`). */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""))
    .some((tag) => tag === "*" || tag === etag);
}

/**
 * `body` with its ETag, or a 304 when the client already has it. The headers
 * given are sent with both (a 304 keeps CORS and Cache-Control, as HTTP asks).
 */
export function answerWithEtag(request: Request, body: string, headers: Record<string, string>, status = 200): Response {
  const etag = etagOf(body);
  const common = { ...headers, ETag: etag, "Cache-Control": OPEN_DATA_CACHE_CONTROL };
  if (status === 200 && matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) {
    const notModified = Object.fromEntries(Object.entries(common).filter(([name]) => name.toLowerCase() !== "content-type"));
    return new Response(null, { status: 304, headers: notModified });
  }
  return new Response(request.method === "HEAD" ? null : body, { status, headers: common });
}

/** Anyone's page may read the public API from a browser: no credentials are ever involved. */
const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Retry-After",
};

/** The answer to a CORS preflight of the public API: GET and HEAD only, with the one header a reader may send. */
export function corsPreflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "If-None-Match, Accept",
      "Access-Control-Max-Age": "86400",
    },
  });
}

/** A JSON answer of the API, with CORS and an ETag. */
export function apiJson(request: Request, value: unknown, status = 200): Response {
  return answerWithEtag(request, JSON.stringify(value), { ...CORS_HEADERS, "Content-Type": "application/json" }, status);
}
