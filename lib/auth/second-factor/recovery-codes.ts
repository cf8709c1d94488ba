/**
 * One-time recovery codes: ten at a time, each 16 characters of a 32-letter
 * alphabet without look-alikes (80 bits), shown once as xxxx-xxxx-xxxx-xxxx.
 * Only a hash is stored, salted with the account's id. A plain SHA-256 is
 * enough for codes this random; it also keeps them working if AUTH_SECRET
 * changes, when they are the way back in.
 */
import { createHash, randomInt } from "node:crypto";

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
const LENGTH = 16;

export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return chars.replace(/(.{4})(?=.)/g, "$1-");
  });
}

/** A code as typed, without spaces, dashes or case; letters read the same as their look-alike digits. Null when it cannot be one. */
export function normalizeRecoveryCode(typed: string): string | null {
  const plain = typed.toLowerCase().replace(/[\s-]/g, "").replace(/o/g, "0").replace(/[il]/g, "1");
  return plain.length === LENGTH && [...plain].every((char) => ALPHABET.includes(char)) ? plain : null;
}

export function hashRecoveryCode(userId: number, normalized: string): string {
  return createHash("sha256").update(`recovery-code:${userId}:${normalized}`).digest("hex");
}
