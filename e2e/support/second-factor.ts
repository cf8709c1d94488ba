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
import { test } from "@playwright/test";
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

/**
 * Runs `work` while holding a lock (a directory under STATE_DIR) that every
 * worker of the run sees; a lock left by a worker that died holding it is
 * taken over after two minutes.
 */
async function holding<T>(name: string, work: () => Promise<T>): Promise<T> {
  mkdirSync(STATE_DIR, { recursive: true });
  const lock = path.join(STATE_DIR, `${name}.lock`);
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      try {
        if (Date.now() - statSync(lock).mtimeMs > 120_000) rmdirSync(lock);
      } catch {}
      await sleep(50);
    }
  }
  try {
    return await work();
  } finally {
    rmdirSync(lock);
  }
}

const nameOf = (secret: string) => createHash("sha256").update(secret).digest("hex").slice(0, 16);

/** A code of `secret` that no spec has used yet, and that the site accepts now. */
export async function unusedCode(secret: string): Promise<string> {
  const name = nameOf(secret);
  const record = path.join(STATE_DIR, `${name}.json`);
  return holding(name, async () => {
    let last = -1;
    try {
      last = (JSON.parse(readFileSync(record, "utf8")) as { lastStep: number }).lastStep;
    } catch {}
    const step = Math.max(last + 1, totpStep());
    // More than one step ahead is refused: wait until this step is the next one.
    while (step > totpStep() + 1) await sleep(Math.max(50, (totpStep() + 1) * TOTP_PERIOD_SECONDS * 1000 - Date.now() + 50));
    writeFileSync(record, JSON.stringify({ lastStep: step }));
    return totpCodeAt(secret, step);
  });
}

/**
 * Runs a whole sign-in of `email` (password step, then code step) while no
 * other worker signs the same account in. The site keeps one sign-in in
 * progress per account: a second password step ends the first one's
 * challenge, so two workers signing in the demo admin at once would send
 * one of them back to the start with "expired".
 */
export async function oneSignInAtATime<T>(email: string, work: () => Promise<T>): Promise<T> {
  return holding(`sign-in-${nameOf(email.toLowerCase())}`, work);
}

/** The next code for an account the specs know the secret of; throws for one they do not. */
export async function unusedCodeFor(email: string): Promise<string> {
  const secret = secondFactorSecretOf(email);
  if (!secret) throw new Error(`${email} asks for a second factor, and no spec knows its secret.`);
  return unusedCode(secret);
}

/**
 * A whole sign-in of `email` by `steps` (password, then the code when asked),
 * for a browser page or an API client alike. For an account the specs know
 * the secret of, the code is taken first (taking one may wait for the next
 * time step, and it stays good for at least half a minute, far longer than a
 * sign-in), then the steps run under `oneSignInAtATime`. Time spent waiting
 * for the authenticator's clock is not the site's: the running test or hook
 * gets it on top of its own time.
 */
export async function signInSteps(email: string, steps: (code: string | null) => Promise<void>): Promise<void> {
  const asked = Date.now();
  const code = secondFactorSecretOf(email) ? await unusedCodeFor(email) : null;
  const waited = Date.now() - asked;
  if (waited > 1000) test.info().setTimeout(test.info().timeout + waited);
  await (code ? oneSignInAtATime(email, () => steps(code)) : steps(null));
}
