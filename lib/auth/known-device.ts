import "server-only";
import { randomBytes, timingSafeEqual } from "node:crypto";
import { cookieFlags } from "./cookies";
import { keyedHash } from "./keyed-hash";

/**
 * A browser that has signed in to an account before. After each successful
 * sign-in the browser gets a cookie naming a random device id, bound to the
 * account's address by a keyed hash (so it cannot be forged or moved to
 * another account). Attempts from such a browser are not counted against the
 * account's own limit, which strangers can use up on purpose: the account's
 * owner is never locked out of their usual browser by someone else's guesses.
 * Attempts from it have a limit of their own instead.
 */
const KNOWN_DEVICE_DAYS = 365;

export function knownDeviceCookieName(secure = cookieFlags().secure): string {
  // __Host-: Secure, whole site, this host only; no sibling host or plain-http page can plant one.
  return `${secure ? "__Host-" : ""}known-device`;
}

/** The cookie's value for a browser that just signed in with this address; the device id it had stays. */
export function knownDeviceValue(email: string, previous?: string | null): string {
  const deviceId = (previous && knownDeviceId(email, previous)) || randomBytes(18).toString("base64url");
  return `${deviceId}.${knownDeviceMac(email, deviceId)}`;
}

/** The device id the cookie names, when it was given to this browser for this address; otherwise null. */
export function knownDeviceId(email: string, value: string | null | undefined): string | null {
  const match = /^([A-Za-z0-9_-]{24})\.([0-9a-f]{64})$/.exec(value ?? "");
  if (!match) return null;
  const [, deviceId, mac] = match as unknown as [string, string, string];
  const expected = Buffer.from(knownDeviceMac(email, deviceId));
  return timingSafeEqual(expected, Buffer.from(mac)) ? deviceId : null;
}

function knownDeviceMac(email: string, deviceId: string): string {
  return keyedHash("known-device", `${email.trim().toLowerCase()}\n${deviceId}`);
}

/** What the sign-in handler sets with the cookie. */
export function knownDeviceCookie(value: string): { name: string; value: string; options: ReturnType<typeof cookieFlags> & { maxAge: number } } {
  return { name: knownDeviceCookieName(), value, options: { ...cookieFlags(), maxAge: KNOWN_DEVICE_DAYS * 24 * 60 * 60 } };
}
