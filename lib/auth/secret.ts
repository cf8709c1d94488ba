import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const DEV_SECRET_FILE = join(process.cwd(), ".data", "auth-secret");

/**
 * The key that signs and encrypts session cookies (AUTH_SECRET). Production
 * refuses to run without one, since a made-up key would sign everyone out at
 * each restart and differ between servers. Development makes one the first
 * time and keeps it under .data/, so setting up stays two commands.
 */
export function authSecret(): string {
  const configured = process.env.AUTH_SECRET;
  if (configured) {
    if (configured.length < 32) throw new Error("AUTH_SECRET is too short: use at least 32 characters (for example the output of `openssl rand -base64 32`).");
    return configured;
  }
  if (process.env.NODE_ENV === "production") {
    throw new Error("AUTH_SECRET is not set. The server signs sessions with it and will not start without it: set it to a random value of at least 32 characters (for example `openssl rand -base64 32`), the same on every server.");
  }
  try {
    return readFileSync(DEV_SECRET_FILE, "utf8").trim();
  } catch {
    const secret = randomBytes(32).toString("base64url");
    mkdirSync(dirname(DEV_SECRET_FILE), { recursive: true });
    writeFileSync(DEV_SECRET_FILE, secret, { mode: 0o600 });
    return secret;
  }
}
