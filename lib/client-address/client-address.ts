/**
 * Who a request came from, for the per-address limits (sign-in, sign-up,
 * password reset, responses, reports). X-Forwarded-For is written by whoever
 * sends the request: only the entries that the site's own proxies appended can
 * be believed, so TRUSTED_PROXIES says how many proxies stand in front.
 */

/** The header that carries the address of the connection itself (see socket-address.ts); never taken from the client. */
export const SOCKET_ADDRESS_HEADER = "x-databank-socket-address";

// The rules themselves are plain JavaScript, shared with scripts/serve.mjs (which counts public reads).
export { clientAddressFrom } from "./forwarded-for.mjs";
