import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { secondFactors, users } from "@/db/schema";
import { decoyPasswordHash, verifyPassword } from "./password";
import { sameAddress } from "@/lib/text-match";

export type CredentialsCheck =
  | { ok: true; userId: number; checkedAt: Date; secondFactor: boolean }
  | { ok: false; reason: "invalid" | "unconfirmed" };

/**
 * Checks an e-mail and password. An unknown address, a wrong password and a
 * disabled account all answer "invalid", after the same argon2 work, so
 * neither the answer nor its timing tells whether an account exists. Only the
 * right password reveals that the address still needs confirming, or that
 * the account asks for a second factor.
 */
export async function checkCredentials(db: Database, email: string, password: string): Promise<CredentialsCheck> {
  const [user] = await db
    // The database's clock, not this server's: a session's start is compared with cut-offs the database wrote.
    .select({ id: users.id, passwordHash: users.passwordHash, emailVerifiedAt: users.emailVerifiedAt, disabledAt: users.disabledAt, nowMs: sql<number>`(extract(epoch from now()) * 1000)::float8`,
      secondFactor: sql<boolean>`exists (select 1 from ${secondFactors} where ${secondFactors.userId} = ${users.id} and ${secondFactors.enabledAt} is not null)`,
    })
    .from(users)
    .where(sameAddress(users.email, email))
    .limit(1);
  const matches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!user || !user.passwordHash || !matches || user.disabledAt) return { ok: false, reason: "invalid" };
  if (!user.emailVerifiedAt) return { ok: false, reason: "unconfirmed" };
  return { ok: true, userId: user.id, checkedAt: new Date(Number(user.nowMs)), secondFactor: Boolean(user.secondFactor) };
}
