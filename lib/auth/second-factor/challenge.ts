import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, gt, isNull, lt, or, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { signInChallenges, users } from "@/db/schema";
import { cookieFlags } from "../cookies";
import { hashToken } from "../tokens";
import { spendSignInCode } from "./second-factor";

/**
 * The step between a right password and a session, for an account with a
 * second factor. The password step issues a challenge: a random token for
 * the browser (an HttpOnly cookie of five minutes), its hash in the database,
 * bound to the account. The code step uses it up only with a right code; each
 * wrong one counts, and the fifth ends it (start again with the password).
 * A password reset or "sign out everywhere" after it was issued ends it too.
 */
export const CHALLENGE_SECONDS = 5 * 60;
export const WRONG_CODES_PER_CHALLENGE = 5;

export async function issueChallenge(db: Database, userId: number): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  // An account's earlier challenges end here: one sign-in in progress at a time.
  await db.delete(signInChallenges).where(or(eq(signInChallenges.userId, userId), lt(signInChallenges.expiresAt, sql`now()`)));
  await db.insert(signInChallenges).values({ userId, tokenHash: hashToken(token), expiresAt: sql`now() + make_interval(secs => ${CHALLENGE_SECONDS})` });
  return token;
}

const live = (token: string) =>
  and(
    eq(signInChallenges.tokenHash, hashToken(token)),
    gt(signInChallenges.expiresAt, sql`now()`),
    lt(signInChallenges.failedAttempts, WRONG_CODES_PER_CHALLENGE),
    isNull(users.disabledAt),
    sql`(${users.sessionsValidAfter} is null or ${users.sessionsValidAfter} < ${signInChallenges.createdAt})`,
  );

/** The account a live challenge is for (its address, for the sign-in limits); null when it is unknown, used, ended or expired. */
export async function peekChallenge(db: Database, token: string): Promise<{ userId: number; email: string } | null> {
  if (token.length === 0 || token.length > 100) return null;
  const [row] = await db
    .select({ userId: users.id, email: users.email })
    .from(signInChallenges)
    .innerJoin(users, eq(users.id, signInChallenges.userId))
    .where(live(token))
    .limit(1);
  return row ?? null;
}

export type ChallengeAnswer = { ok: true; userId: number; signedInAt: Date; via: "totp" | "recovery" } | { ok: false; reason: "wrong-code" | "expired" };

/**
 * Answers a challenge with a code. A right code (the app's, of a step not yet
 * used, or an unused recovery code) deletes the challenge and answers the
 * account; a wrong one counts against the challenge. One transaction, with
 * the challenge's row locked, so two answers at once cannot both win.
 */
export async function answerChallenge(db: Database, token: string, code: string): Promise<ChallengeAnswer> {
  if (token.length === 0 || token.length > 100) return { ok: false, reason: "expired" };
  return db.transaction(async (tx) => {
    const [challenge] = await tx
      .select({ id: signInChallenges.id, userId: signInChallenges.userId, nowMs: sql<number>`(extract(epoch from now()) * 1000)::float8` })
      .from(signInChallenges)
      .innerJoin(users, eq(users.id, signInChallenges.userId))
      .where(live(token))
      .for("update", { of: signInChallenges });
    if (!challenge) return { ok: false, reason: "expired" } as const;
    const via = await spendSignInCode(tx, challenge.userId, code);
    if (!via) {
      await tx.update(signInChallenges).set({ failedAttempts: sql`${signInChallenges.failedAttempts} + 1` }).where(eq(signInChallenges.id, challenge.id));
      return { ok: false, reason: "wrong-code" } as const;
    }
    await tx.delete(signInChallenges).where(eq(signInChallenges.id, challenge.id));
    return { ok: true, userId: challenge.userId, signedInAt: new Date(Number(challenge.nowMs)), via } as const;
  });
}

/** Forgets challenges that expired; the mail worker calls it with its housekeeping. */
export async function deleteExpiredChallenges(db: Database): Promise<void> {
  await db.delete(signInChallenges).where(lt(signInChallenges.expiresAt, sql`now()`));
}

export function challengeCookieName(secure = cookieFlags().secure): string {
  // __Host-: Secure, whole site, this host only.
  return `${secure ? "__Host-" : ""}sign-in-challenge`;
}

export function challengeCookie(token: string): { name: string; value: string; options: ReturnType<typeof cookieFlags> & { maxAge: number } } {
  return { name: challengeCookieName(), value: token, options: { ...cookieFlags(), maxAge: CHALLENGE_SECONDS } };
}
