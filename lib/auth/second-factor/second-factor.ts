import "server-only";
import { and, eq, isNotNull, isNull, or, lt, sql } from "drizzle-orm";
import type { Database, Transaction } from "@/db/client";
import { recoveryCodes, secondFactors } from "@/db/schema";
import { authSecret } from "../secret";
import { hashRecoveryCode, newRecoveryCodes, normalizeRecoveryCode } from "./recovery-codes";
import { openSecret, sealSecret, secondFactorKeyFrom } from "./secret-box";
import { acceptableStep, newTotpSecret } from "./totp";

type Db = Database | Transaction;

/** The key that seals this site's TOTP secrets (from AUTH_SECRET). */
function secondFactorKey(): Buffer {
  return secondFactorKeyFrom(authSecret());
}

export type SecondFactorStatus = { enabledAt: Date; recoveryCodesLeft: number } | null;

/** Whether the account has a second factor turned on, since when, and how many recovery codes it has left. */
export async function secondFactorStatus(db: Db, userId: number): Promise<SecondFactorStatus> {
  const [row] = await db
    .select({
      enabledAt: secondFactors.enabledAt,
      left: sql<number>`(select count(*) from ${recoveryCodes} where ${recoveryCodes.userId} = ${userId} and ${recoveryCodes.usedAt} is null)::int`,
    })
    .from(secondFactors)
    .where(and(eq(secondFactors.userId, userId), isNotNull(secondFactors.enabledAt)));
  return row?.enabledAt ? { enabledAt: row.enabledAt, recoveryCodesLeft: Number(row.left) } : null;
}

/**
 * The secret of the setup in progress, made now if the account has none yet
 * (or if the one kept can no longer be opened, after AUTH_SECRET changed);
 * null when a second factor is already on: once on, its secret is never shown again.
 */
export async function pendingSecret(db: Database, userId: number): Promise<string | null> {
  const key = secondFactorKey();
  const [row] = await db.select({ sealed: secondFactors.secretEncrypted, enabledAt: secondFactors.enabledAt }).from(secondFactors).where(eq(secondFactors.userId, userId));
  if (row?.enabledAt) return null;
  const kept = row ? openSecret(row.sealed, userId, key) : null;
  if (kept) return kept;
  const secret = newTotpSecret();
  await db
    .insert(secondFactors)
    .values({ userId, secretEncrypted: sealSecret(secret, userId, key) })
    .onConflictDoUpdate({ target: secondFactors.userId, set: { secretEncrypted: sealSecret(secret, userId, key), createdAt: sql`now()` }, setWhere: isNull(secondFactors.enabledAt) });
  // Two pages opened at once: both show the secret that was stored last.
  const [stored] = await db.select({ sealed: secondFactors.secretEncrypted, enabledAt: secondFactors.enabledAt }).from(secondFactors).where(eq(secondFactors.userId, userId));
  return stored && !stored.enabledAt ? openSecret(stored.sealed, userId, key) : null;
}

/**
 * Turns the pending setup on when `code` is the app's current code: remembers
 * the code's step (so it cannot be used again to sign in) and makes fresh
 * recovery codes, answered once and stored hashed. Null for a wrong code or
 * when there is no setup in progress. Call inside the transaction that writes the audit row.
 */
export async function enablePendingSecondFactor(tx: Transaction, userId: number, code: string): Promise<string[] | null> {
  const [row] = await tx
    .select({ sealed: secondFactors.secretEncrypted })
    .from(secondFactors)
    .where(and(eq(secondFactors.userId, userId), isNull(secondFactors.enabledAt)))
    .for("update");
  const secret = row ? openSecret(row.sealed, userId, secondFactorKey()) : null;
  const step = secret ? acceptableStep(secret, code, null) : null;
  if (step === null) return null;
  await tx.update(secondFactors).set({ enabledAt: sql`now()`, lastUsedStep: step }).where(eq(secondFactors.userId, userId));
  return replaceRecoveryCodes(tx, userId);
}

/** A fresh set of recovery codes; the old ones stop working. */
export async function replaceRecoveryCodes(tx: Transaction, userId: number): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.insert(recoveryCodes).values(codes.map((code) => ({ userId, codeHash: hashRecoveryCode(userId, normalizeRecoveryCode(code)!) })));
  return codes;
}

/** Removes the second factor and its recovery codes. */
export async function removeSecondFactor(tx: Transaction, userId: number): Promise<void> {
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.delete(secondFactors).where(eq(secondFactors.userId, userId));
}

/**
 * Uses the app's current code of an account whose second factor is on: true
 * when it matches a step (one either side of now allowed) later than the last
 * one accepted, which it then becomes, in one statement, so the same code sent
 * twice at once is still accepted once.
 */
export async function spendTotpCode(db: Db, userId: number, code: string): Promise<boolean> {
  const [row] = await db
    .select({ sealed: secondFactors.secretEncrypted, lastUsedStep: secondFactors.lastUsedStep })
    .from(secondFactors)
    .where(and(eq(secondFactors.userId, userId), isNotNull(secondFactors.enabledAt)));
  const secret = row ? openSecret(row.sealed, userId, secondFactorKey()) : null;
  if (!row || !secret) return false;
  const step = acceptableStep(secret, code, row.lastUsedStep);
  if (step === null) return false;
  const used = await db
    .update(secondFactors)
    .set({ lastUsedStep: step })
    .where(and(eq(secondFactors.userId, userId), isNotNull(secondFactors.enabledAt), or(isNull(secondFactors.lastUsedStep), lt(secondFactors.lastUsedStep, step))))
    .returning({ userId: secondFactors.userId });
  return used.length > 0;
}

/** Uses one of the account's recovery codes: true once per code, then never again. */
async function spendRecoveryCode(db: Db, userId: number, typed: string): Promise<boolean> {
  const normalized = normalizeRecoveryCode(typed);
  if (!normalized) return false;
  const used = await db
    .update(recoveryCodes)
    .set({ usedAt: sql`now()` })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, hashRecoveryCode(userId, normalized)), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return used.length > 0;
}

/** A code at sign-in: six digits are the app's code, anything else a recovery code. */
export async function spendSignInCode(db: Db, userId: number, code: string): Promise<"totp" | "recovery" | null> {
  if (/^\d{6}$/.test(code)) return (await spendTotpCode(db, userId, code)) ? "totp" : null;
  return (await spendRecoveryCode(db, userId, code)) ? "recovery" : null;
}
