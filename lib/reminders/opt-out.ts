import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";

/**
 * The "no more reminders" link of an event reminder: `<address hash>.<mac>`.
 * The address hash is HMAC-SHA256 of the lower-cased address under a key of
 * its own, so the opt-out list (reminder_opt_outs) can be checked before each
 * reminder while holding no address; the mac, under a second key, makes the
 * link unforgeable. It works without signing in and never expires: it can
 * only ever stop reminders to the one address it was sent to.
 *
 * Both keys are derived from AUTH_SECRET, never AUTH_SECRET itself. Changing
 * AUTH_SECRET makes old links stop working and forgets who opted out (their
 * hashes no longer match), so it is a step to take knowingly.
 */
const HASH_LENGTH = 43; // 32 bytes in base64url, without padding

function keyFor(purpose: string): Buffer {
  return createHmac("sha256", authSecret()).update(purpose).digest();
}

/** The keyed hash the opt-out list holds for an address. */
export function addressHash(email: string): string {
  return createHmac("sha256", keyFor("reminder-opt-out-address")).update(email.trim().toLowerCase()).digest("base64url");
}

function macOf(hash: string): string {
  return createHmac("sha256", keyFor("reminder-opt-out-link")).update(hash).digest("base64url");
}

/** The token of the link that stops reminders to `email`. */
export function optOutToken(email: string): string {
  const hash = addressHash(email);
  return `${hash}.${macOf(hash)}`;
}

/** The address hash a token was made for, or null for anything forged, altered or garbled. */
export function verifyOptOutToken(token: unknown): string | null {
  if (typeof token !== "string" || token.length !== HASH_LENGTH * 2 + 1) return null;
  const match = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(token);
  if (!match || match[1]!.length !== HASH_LENGTH || match[2]!.length !== HASH_LENGTH) return null;
  // Compared as text, not decoded: base64url ignores the last character's low bits, so decoding would accept altered spellings.
  const given = Buffer.from(match[2]!, "ascii");
  const expected = Buffer.from(macOf(match[1]!), "ascii");
  return given.length === expected.length && timingSafeEqual(given, expected) ? match[1]! : null;
}
