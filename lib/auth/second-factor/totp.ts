/**
 * Time-based one-time codes (RFC 6238) as every authenticator app makes them:
 * SHA-1, 6 digits, a new code every 30 seconds. Not server-only: the demo seed
 * and the tests make codes with it too. Whether a code may still be used (the
 * step it belongs to must be later than the last one accepted) is decided by
 * the caller, which keeps that step per account.
 */
import { timingSafeEqual } from "node:crypto";
import { Secret, TOTP } from "otpauth";

export const TOTP_PERIOD_SECONDS = 30;
const DIGITS = 6;
/** Codes of one step either side of now are accepted, for a phone's clock a little off. */
const DRIFT_STEPS = 1;
const TOTP_ISSUER = "Maine Volunteer Databank";

/** A new random secret of 160 bits (RFC 4226's recommendation), in base32 as apps take it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secret: string, label = "account"): TOTP {
  return new TOTP({ issuer: TOTP_ISSUER, label, secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: DIGITS, period: TOTP_PERIOD_SECONDS });
}

/** The `otpauth://` address a QR code carries, naming the site and the account's address. */
export function totpUri(secret: string, accountName: string): string {
  return totp(secret, accountName).toString();
}

/** The time step a moment falls in. */
export function totpStep(now = Date.now()): number {
  return Math.floor(now / 1000 / TOTP_PERIOD_SECONDS);
}

/** The code of one time step (for tests and the demo's documentation). */
export function totpCodeAt(secret: string, step: number): string {
  return totp(secret).generate({ timestamp: step * TOTP_PERIOD_SECONDS * 1000 });
}

/**
 * The earliest time step, within the drift allowed around `now` and later
 * than `after` (the last step accepted for this account), whose code is
 * `code`; null when there is none: a wrong code, a stale one, or one already used.
 */
export function acceptableStep(secret: string, code: string, after: number | null, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const current = totpStep(now);
  let found: number | null = null;
  for (let step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
    // Every step is compared, in constant time, so the answer's timing says nothing about which matched.
    const matches = timingSafeEqual(Buffer.from(totpCodeAt(secret, step)), Buffer.from(code));
    if (matches && (after === null || step > after) && found === null) found = step;
  }
  return found;
}

/** The secret grouped by four characters, for typing it into an app by hand. */
export function groupedSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, "$1 ");
}
