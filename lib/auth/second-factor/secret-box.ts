/**
 * Keeps a TOTP secret encrypted in the database (AES-256-GCM), with the
 * account's id as associated data, so a sealed secret moved to another row
 * does not open. The key comes from AUTH_SECRET (`secondFactorKeyFrom`): a
 * copy of the database alone cannot make anyone's codes. Not server-only, so
 * the demo seed can seal its admin's secret; the key is always passed in.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";

const VERSION = "v1";

/** The encryption key for second-factor secrets, derived from the site's secret for this purpose only. */
export function secondFactorKeyFrom(authSecret: string): Buffer {
  return createHmac("sha256", authSecret).update("second-factor-secret:v1").digest();
}

export function sealSecret(secret: string, userId: number, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(`user:${userId}`));
  const sealed = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), sealed.toString("base64url"), cipher.getAuthTag().toString("base64url")].join(".");
}

/** The secret, or null when it was sealed for another account or with another key (AUTH_SECRET changed), or was altered. */
export function openSecret(sealed: string, userId: number, key: Buffer): string | null {
  const [version, iv, body, tag] = sealed.split(".");
  if (version !== VERSION || !iv || !body || !tag) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(`user:${userId}`));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
