// Who a request came from, for the per-address limits. Plain JavaScript: scripts/serve.mjs counts
// public reads per client address before a request reaches Next, with the same rules as the app.

/**
 * With no proxy in front, the address of the connection. With n proxies, the
 * n-th entry of X-Forwarded-For counted from the right: the address the
 * outermost of the site's proxies saw; entries left of it are the client's own
 * writing. A header with fewer entries than proxies did not come through them
 * all, so the connection's address counts. "unknown" when neither is known.
 */
export function clientAddressFrom(request, trustedProxies) {
  const socket = request.socketAddress?.trim() || "unknown";
  if (trustedProxies === 0) return socket;
  const entries = (request.forwardedFor ?? "").split(",").map((entry) => entry.trim());
  const entry = entries.length >= trustedProxies ? entries[entries.length - trustedProxies] : undefined;
  return entry || socket;
}
