/**
 * The headers every answer of the site carries, in one place: Next adds them
 * (next.config.ts) and so does the server's own answer of a build file in
 * brotli (lib/compression/static-brotli.mjs), which never reaches Next.
 *
 * `framable` leaves out X-Frame-Options: only for the embeds (/embed/…), made to sit in a frame on
 * any site, whose Content-Security-Policy (proxy.ts) says `frame-ancestors *`. Every other page
 * refuses every frame.
 *
 * @param {boolean} production
 * @param {{ framable?: boolean }} [options]
 * @returns {{ key: string; value: string }[]}
 */
export function securityHeaders(production, { framable = false } = {}) {
  return [
    // No other site learns which page a visitor came from. Not "no-referrer": browsers then send
    // "Origin: null" with a form post, and the server refuses it as cross-site.
    { key: "Referrer-Policy", value: "same-origin" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    ...(framable ? [] : [{ key: "X-Frame-Options", value: "DENY" }]),
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    // Production is served over HTTPS only: browsers never try plain HTTP again for two years.
    // (Sent by `npm start` whatever the scheme; a browser ignores it on a plain-HTTP answer.)
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}

/** The addresses of Next's headers() rule for every page but the embeds, and for the embeds (next.config.ts). */
export const NOT_EMBED_SOURCE = "/:path((?!embed/).*)";
export const EMBED_SOURCE = "/embed/:path*";
