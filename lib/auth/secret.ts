import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { AUTH_SECRET_MISSING, setting } from "@/lib/settings";

const DEV_SECRET_FILE = join(process.cwd(), ".data", "auth-secret");

/**
 * The key that signs and encrypts session cookies (AUTH_SECRET). Production
 * refuses to run without one, since a made-up key would sign everyone out at
 * each restart and differ between servers. Development makes one the first
 * time and keeps it under .data/, so setting up stays two commands.
 */
export function authSecret(): string {
  // Throws when it is too short (lib/settings.ts says why).
  const configured = setting("AUTH_SECRET");
  if (configured) return configured;
  if (setting("NODE_ENV") === "production") throw new Error(AUTH_SECRET_MISSING);
  try {
    return readFileSync(DEV_SECRET_FILE, "utf8").trim();
  } catch {
    const secret = randomBytes(32).toString("base64url");
    mkdirSync(dirname(DEV_SECRET_FILE), { recursive: true });
    writeFileSync(DEV_SECRET_FILE, secret, { mode: 0o600 });
    return secret;
  }
}
