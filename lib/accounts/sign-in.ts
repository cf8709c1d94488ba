import "server-only";
import { z } from "@/lib/zod";
import { getDb } from "@/db/client";
import { forgiveRateLimit, hitRateLimit } from "@/lib/rate-limit/rate-limit";
import { resendConfirmation } from "./accounts";
import { signIn, SignInRefused } from "@/lib/auth/config";
import { signInSchema } from "@/lib/auth/schemas";
import { recordClientSignInBurst, recordSignInBurst } from "./sign-in-audit";
import { AFTER_SIGN_IN } from "@/lib/auth/places";
import { knownDeviceId, knownDeviceValue } from "@/lib/auth/known-device";
import { issueChallenge, peekChallenge } from "@/lib/auth/second-factor/challenge";
import { signInCodeSchema } from "@/lib/auth/second-factor/schemas";

/**
 * Per client address, and per account address whoever tries it: guessing is
 * slow from anywhere. A browser that signed in to the account before (a
 * known device, lib/auth/known-device.ts) counts against a limit of its own
 * instead of the account's, so strangers using up the account's limit do not
 * lock its owner out.
 */
const SIGN_INS_PER_ADDRESS = { name: "sign-in", limit: 20, windowSeconds: 15 * 60 };
const SIGN_INS_PER_EMAIL = { name: "sign-in-email", limit: 10, windowSeconds: 15 * 60 };
const SIGN_INS_PER_KNOWN_DEVICE = { name: "sign-in-known-device", limit: 10, windowSeconds: 15 * 60 };

export type SignInOutcome =
  | { kind: "signed-in"; returnTo: string; knownDevice: string }
  /** The password was right; no session yet: the browser keeps `challenge` and gives a code next (/signin/verify). */
  | { kind: "second-factor"; returnTo: string; challenge: string }
  /** The code step has no live challenge (none, used, expired, or too many wrong codes): start again with the password. */
  | { kind: "expired"; returnTo: string; message: string }
  | { kind: "invalid-input"; fieldErrors: Record<string, string[] | undefined> }
  | { kind: "refused"; reason: "invalid" | "unconfirmed" | "wrong-code"; message: string }
  | { kind: "rate-limited"; retryAfterSeconds: number };

/** One answer for an unknown address, a wrong password and a disabled account. */
export const WRONG_CREDENTIALS = "That e-mail and password do not match an account. Check them and try again.";
export const UNCONFIRMED = "Please confirm your e-mail address first: we have sent you a new link.";
export const WRONG_CODE = "That code is not right, or it has been used already. Enter the code your app shows now, or one of your recovery codes.";
export const CHALLENGE_ENDED = "Your sign-in timed out or had too many wrong codes. Please sign in again with your password.";

/**
 * Signs in with e-mail and password: parses, counts the attempt against the
 * limits (in PostgreSQL, shared by every server), then lets Auth.js check the
 * password and set the session cookie. On success it answers the value of
 * the known-device cookie for the caller to set.
 */
export async function signInWithPassword(raw: Record<string, unknown>, clientAddress: string, knownDevice: string | null = null): Promise<SignInOutcome> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) {
    return { kind: "invalid-input", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  }
  const { email, password, returnTo } = parsed.data;
  const limited = await checkSignInLimits(email, clientAddress, knownDevice);
  if (limited) return limited;
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (!(error instanceof SignInRefused)) throw error;
    if (error.code === "unconfirmed") {
      await resendConfirmation(email);
      return { kind: "refused", reason: "unconfirmed", message: UNCONFIRMED };
    }
    if (error.code === "second-factor" && error.userId !== null) {
      // The right password: not counted (the codes that follow are, each wrong one).
      await forgiveSignInAttempt(email, clientAddress, knownDevice);
      return { kind: "second-factor", returnTo: returnTo ?? AFTER_SIGN_IN, challenge: await issueChallenge(await getDb(), error.userId) };
    }
    return { kind: "refused", reason: "invalid", message: WRONG_CREDENTIALS };
  }
  // Only failures count toward the limits: an owner who signs in often is never held back by it.
  await forgiveSignInAttempt(email, clientAddress, knownDevice);
  return { kind: "signed-in", returnTo: returnTo ?? AFTER_SIGN_IN, knownDevice: knownDeviceValue(email, knownDevice) };
}

/**
 * The second step for an account with a second factor: the code from the
 * app (or a recovery code) against the challenge the password step gave this
 * browser. Each attempt counts against the same limits as a password, before
 * it is checked; a right code is then taken back off them, so only wrong ones
 * count. Only a right code makes the session (through Auth.js's second
 * provider, which checks the challenge and the code again itself).
 */
export async function signInWithCode(raw: Record<string, unknown>, clientAddress: string, knownDevice: string | null, challenge: string | null): Promise<SignInOutcome> {
  const parsed = signInCodeSchema.safeParse(raw);
  if (!parsed.success) {
    return { kind: "invalid-input", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  }
  const { code, returnTo } = parsed.data;
  const after = returnTo ?? AFTER_SIGN_IN;
  const pending = challenge ? await peekChallenge(await getDb(), challenge) : null;
  if (!challenge || !pending) return { kind: "expired", returnTo: after, message: CHALLENGE_ENDED };
  const limited = await checkSignInLimits(pending.email, clientAddress, knownDevice);
  if (limited) return limited;
  try {
    await signIn("second-factor", { challenge, code, redirect: false });
  } catch (error) {
    if (!(error instanceof SignInRefused)) throw error;
    if (error.code === "expired") return { kind: "expired", returnTo: after, message: CHALLENGE_ENDED };
    return { kind: "refused", reason: "wrong-code", message: WRONG_CODE };
  }
  await forgiveSignInAttempt(pending.email, clientAddress, knownDevice);
  return { kind: "signed-in", returnTo: after, knownDevice: knownDeviceValue(pending.email, knownDevice) };
}

/** The limits an attempt counts against: the client's, and the account's own or its known device's. */
function limitsFor(email: string, clientAddress: string, knownDevice: string | null) {
  const deviceId = knownDeviceId(email, knownDevice);
  const perAccount = deviceId ? ([SIGN_INS_PER_KNOWN_DEVICE, deviceId] as const) : ([SIGN_INS_PER_EMAIL, email] as const);
  return [[SIGN_INS_PER_ADDRESS, clientAddress], perAccount] as const;
}

async function forgiveSignInAttempt(email: string, clientAddress: string, knownDevice: string | null): Promise<void> {
  for (const [rule, subject] of limitsFor(email, clientAddress, knownDevice)) await forgiveRateLimit(rule, subject);
}

/**
 * Counts one sign-in attempt against the limits that apply to it, and answers
 * the refusal when one is used up (null: go ahead). `knownDevice` is the
 * browser's known-device cookie, if it sent one.
 */
export async function checkSignInLimits(email: string, clientAddress: string, knownDevice: string | null): Promise<Extract<SignInOutcome, { kind: "rate-limited" }> | null> {
  for (const [rule, subject] of limitsFor(email, clientAddress, knownDevice)) {
    const limited = await hitRateLimit(rule, subject);
    if (!limited.ok) {
      // Someone is trying many passwords for one account, or many accounts from one client: the admins see it in the audit log.
      if (rule === SIGN_INS_PER_EMAIL) await recordSignInBurst(email);
      else if (rule === SIGN_INS_PER_ADDRESS) await recordClientSignInBurst(clientAddress);
      return { kind: "rate-limited", retryAfterSeconds: limited.retryAfterSeconds };
    }
  }
  return null;
}
