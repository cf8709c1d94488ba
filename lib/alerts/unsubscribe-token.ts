import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";

/**
 * The one-click unsubscribe link of an alert mail: `<alert id>.<mac>`, where
 * the mac is HMAC-SHA256 over the id. It works without signing in, so nothing
 * is stored and nothing expires; it can only ever delete that one saved
 * search, and ids are never reused, so an old link cannot reach a new alert.
 *
 * The key is derived from AUTH_SECRET rather than being AUTH_SECRET itself,
 * so a mac made here can never stand for anything the session code signs.
 * Changing AUTH_SECRET makes old links stop working; the mail also links to
 * the signed-in list of alerts.
 */
const PURPOSE = "alert-unsubscribe";
const MAC_LENGTH = 43; // 32 bytes in base64url, without padding

function key(): Buffer {
  return createHmac("sha256", authSecret()).update(PURPOSE).digest();
}

function macOf(alertId: number): Buffer {
  return createHmac("sha256", key()).update(String(alertId)).digest();
}

export function unsubscribeToken(alertId: number): string {
  return `${alertId}.${macOf(alertId).toString("base64url")}`;
}

/** The alert id a token was made for, or null for anything forged, altered or garbled. */
export function verifyUnsubscribeToken(token: unknown): number | null {
  if (typeof token !== "string" || token.length > 64) return null;
  // Only the canonical form: no leading zeros or signs that would give a second spelling of an id.
  const match = /^([1-9]\d{0,9})\.([A-Za-z0-9_-]+)$/.exec(token);
  if (!match || match[2]!.length !== MAC_LENGTH) return null;
  const alertId = Number(match[1]);
  if (alertId > 2_147_483_647) return null;
  // Compared as text, not decoded: base64url ignores the last character's low bits, so decoding would accept altered spellings.
  const given = Buffer.from(match[2]!, "ascii");
  const expected = Buffer.from(macOf(alertId).toString("base64url"), "ascii");
  if (given.length !== expected.length) return null;
  return timingSafeEqual(given, expected) ? alertId : null;
}
