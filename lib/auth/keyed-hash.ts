import "server-only";
import { createHmac } from "node:crypto";
import { authSecret } from "./secret";

/**
 * A keyed hash (HMAC-SHA256) of an e-mail address or a client address, for
 * what must recognise one without storing it: rate-limit counters, the audit
 * log's sign-in bursts. Unlike a plain hash it cannot be reversed by trying
 * likely addresses without the site's secret. Each purpose has its own key.
 */
export function keyedHash(purpose: string, value: string): string {
  const key = createHmac("sha256", authSecret()).update(`keyed-hash:${purpose}`).digest();
  return createHmac("sha256", key).update(value).digest("hex");
}
