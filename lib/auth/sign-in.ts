import "server-only";
import { z } from "@/lib/zod";
import { hitRateLimit } from "@/lib/rate-limit/rate-limit";
import { resendConfirmation } from "./accounts";
import { signIn, SignInRefused } from "./config";
import { signInSchema } from "./schemas";
import { recordClientSignInBurst, recordSignInBurst } from "./sign-in-audit";
import { AFTER_SIGN_IN } from "./places";

/** Per client address, and per account address whoever tries it: guessing is slow from anywhere. */
const SIGN_INS_PER_ADDRESS = { name: "sign-in", limit: 20, windowSeconds: 15 * 60 };
const SIGN_INS_PER_EMAIL = { name: "sign-in-email", limit: 10, windowSeconds: 15 * 60 };

export type SignInOutcome =
  | { kind: "signed-in"; returnTo: string }
  | { kind: "invalid-input"; fieldErrors: Record<string, string[] | undefined> }
  | { kind: "refused"; reason: "invalid" | "unconfirmed"; message: string }
  | { kind: "rate-limited"; retryAfterSeconds: number };

/** One answer for an unknown address, a wrong password and a disabled account. */
export const WRONG_CREDENTIALS = "That e-mail and password do not match an account. Check them and try again.";
export const UNCONFIRMED = "Please confirm your e-mail address first: we have sent you a new link.";

/**
 * Signs in with e-mail and password: parses, counts the attempt against both
 * limits (in PostgreSQL, shared by every server), then lets Auth.js check the
 * password and set the session cookie.
 */
export async function signInWithPassword(raw: Record<string, unknown>, clientAddress: string): Promise<SignInOutcome> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) {
    return { kind: "invalid-input", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  }
  const { email, password, returnTo } = parsed.data;
  for (const [rule, subject] of [[SIGN_INS_PER_ADDRESS, clientAddress], [SIGN_INS_PER_EMAIL, email]] as const) {
    const limited = await hitRateLimit(rule, subject);
    if (!limited.ok) {
      // Someone is trying many passwords for one account, or many accounts from one client: the admins see it in the audit log.
      if (rule === SIGN_INS_PER_EMAIL) await recordSignInBurst(email);
      else await recordClientSignInBurst(clientAddress);
      return { kind: "rate-limited", retryAfterSeconds: limited.retryAfterSeconds };
    }
  }
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (!(error instanceof SignInRefused)) throw error;
    if (error.code === "unconfirmed") {
      await resendConfirmation(email);
      return { kind: "refused", reason: "unconfirmed", message: UNCONFIRMED };
    }
    return { kind: "refused", reason: "invalid", message: WRONG_CREDENTIALS };
  }
  return { kind: "signed-in", returnTo: returnTo ?? AFTER_SIGN_IN };
}
