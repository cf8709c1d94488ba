import "server-only";
import { eq } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { users } from "@/db/schema";
import { ActionError, guardedAction } from "@/lib/actions/guard";
import { writeAudit } from "@/lib/audit/audit";
import { verifyPassword } from "@/lib/auth/password";
import { disableSecondFactorSchema, enableSecondFactorSchema, regenerateRecoveryCodesSchema } from "@/lib/auth/second-factor/schemas";
import { enablePendingSecondFactor, removeSecondFactor, replaceRecoveryCodes, spendTotpCode } from "@/lib/auth/second-factor/second-factor";

/**
 * Turning a second factor on and off, and new recovery codes: any signed-in
 * account, for itself only. Each proves the person holds the app (a current
 * code) or, to turn it off, knows the password; attempts are limited per account.
 */
const SECOND_FACTOR_CHANGES = { name: "second-factor-change", limit: 10, windowSeconds: 15 * 60 };

export const WRONG_SETUP_CODE = "That code does not match. Enter the 6 digits your app shows now for this site.";
export const WRONG_CONFIRMATION = "That is neither your password nor the code your app shows now.";

/** The answer that carries the new recovery codes: shown once on the page, never stored in the clear. */
export type RecoveryCodesState = { ok: true; message: string; recoveryCodes: string[] };

export const enableSecondFactor = guardedAction({ kind: "signed-in", rateLimit: SECOND_FACTOR_CHANGES }, enableSecondFactorSchema, async (input, { viewer }): Promise<RecoveryCodesState> => {
  const db = await getDb();
  const codes = await db.transaction(async (tx) => {
    const made = await enablePendingSecondFactor(tx, viewer.id, input.code);
    if (!made) throw new ActionError(WRONG_SETUP_CODE, { code: [WRONG_SETUP_CODE] });
    await writeAudit(tx, { actorUserId: viewer.id, action: "user.second_factor_on", targetType: "user", targetId: viewer.id });
    return made;
  });
  return { ok: true, message: "Two-step sign-in is on.", recoveryCodes: codes };
});

export const regenerateRecoveryCodes = guardedAction({ kind: "signed-in", rateLimit: SECOND_FACTOR_CHANGES }, regenerateRecoveryCodesSchema, async (input, { viewer }): Promise<RecoveryCodesState> => {
  const db = await getDb();
  const codes = await db.transaction(async (tx) => {
    if (!(await spendTotpCode(tx, viewer.id, input.code))) throw new ActionError(WRONG_SETUP_CODE, { code: [WRONG_SETUP_CODE] });
    await writeAudit(tx, { actorUserId: viewer.id, action: "user.recovery_codes_replaced", targetType: "user", targetId: viewer.id });
    return replaceRecoveryCodes(tx, viewer.id);
  });
  return { ok: true, message: "Your new recovery codes are below; the old ones no longer work.", recoveryCodes: codes };
});

export const disableSecondFactor = guardedAction({ kind: "signed-in", rateLimit: SECOND_FACTOR_CHANGES }, disableSecondFactorSchema, async (input, { viewer }) => {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const proved = (/^\d{6}$/.test(input.confirmation.replace(/\s/g, "")) && (await spendTotpCode(tx, viewer.id, input.confirmation.replace(/\s/g, "")))) || (await passwordMatches(tx, viewer.id, input.confirmation));
    if (!proved) throw new ActionError(WRONG_CONFIRMATION, { confirmation: [WRONG_CONFIRMATION] });
    await removeSecondFactor(tx, viewer.id);
    await writeAudit(tx, { actorUserId: viewer.id, action: "user.second_factor_off", targetType: "user", targetId: viewer.id });
  });
  return { ok: true, message: "Two-step sign-in is off." } as const;
});

async function passwordMatches(tx: Transaction, userId: number, password: string): Promise<boolean> {
  const [user] = await tx.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  return !!user?.passwordHash && (await verifyPassword(user.passwordHash, password));
}
