/**
 * The headers every answer of the site carries, in one place: Next adds them
 * (next.config.ts) and so does the server's own answer of a build file in
 * brotli (lib/compression/static-brotli.mjs), which never reaches Next.
 *
 * @param {boolean} production
 * @returns {{ key: string; value: string }[]}
 */
export function securityHeaders(production) {
  return [
    // No other site learns which page a visitor came from. Not "no-referrer": browsers then send
    // "Origin: null" with a form post, and the server refuses it as cross-site.
    { key: "Referrer-Policy", value: "same-origin" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    // Production is served over HTTPS only: browsers never try plain HTTP again for two years.
    // (Sent by `npm start` whatever the scheme; a browser ignores it on a plain-HTTP answer.)
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}
