/**
 * Codes for the accounts with a second factor that the specs sign in as: the
 * demo admin (whose secret the demo data publishes) and any account a spec
 * set up itself (`rememberSecondFactor`).
 *
 * The site accepts each time step's code once per account, and codes of one
 * step either side of now. The specs run in parallel workers that sign in the
 * demo admin at will, so every code handed out is taken from a shared record
 * (a file, under a lock) of the last step used per secret: a code is never
 * given twice, the next step's code is given when this one's is taken, and a
 * third sign-in within the same half minute waits for the next step.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEMO_ADMIN_TOTP_SECRET } from "../../lib/demo/demo";
import { TOTP_PERIOD_SECONDS, totpCodeAt, totpStep } from "../../lib/auth/second-factor/totp";

const STATE_DIR = path.join(process.cwd(), ".data", "e2e-second-factor");
const secrets = new Map<string, string>([["admin@demo.example.org", DEMO_ADMIN_TOTP_SECRET]]);

/** From now on, this process signs `email` in with codes of `secret`. */
export function rememberSecondFactor(email: string, secret: string): void {
  secrets.set(email.toLowerCase(), secret.replace(/\s/g, ""));
}

export function secondFactorSecretOf(email: string): string | undefined {
  return secrets.get(email.toLowerCase());
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A code of `secret` that no spec has used yet, and that the site accepts now. */
export async function unusedCode(secret: string): Promise<string> {
  mkdirSync(STATE_DIR, { recursive: true });
  const name = createHash("sha256").update(secret).digest("hex").slice(0, 16);
  const lock = path.join(STATE_DIR, `${name}.lock`);
  const record = path.join(STATE_DIR, `${name}.json`);
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left by a worker that died holding it is taken over.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 120_000) rmdirSync(lock);
      } catch {}
      await sleep(50);
    }
  }
  try {
    let last = -1;
    try {
      last = (JSON.parse(readFileSync(record, "utf8")) as { lastStep: number }).lastStep;
    } catch {}
    const step = Math.max(last + 1, totpStep());
    // More than one step ahead is refused: wait until this step is the next one.
    while (step > totpStep() + 1) await sleep(Math.max(50, (totpStep() + 1) * TOTP_PERIOD_SECONDS * 1000 - Date.now() + 50));
    writeFileSync(record, JSON.stringify({ lastStep: step }));
    return totpCodeAt(secret, step);
  } finally {
    rmdirSync(lock);
  }
}

/** The next code for an account the specs know the secret of; throws for one they do not. */
export async function unusedCodeFor(email: string): Promise<string> {
  const secret = secondFactorSecretOf(email);
  if (!secret) throw new Error(`${email} asks for a second factor, and no spec knows its secret.`);
  return unusedCode(secret);
}
