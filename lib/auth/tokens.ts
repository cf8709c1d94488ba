import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { authTokens } from "@/db/schema";

export type TokenPurpose = (typeof authTokens.$inferInsert)["purpose"];

/** How long each kind of link works. */
export const TOKEN_LIFETIME_MINUTES: Record<TokenPurpose, number> = {
  verify_email: 24 * 60,
  reset_password: 60,
};

/** Only a token's hash is stored (sign-in links and team invitations): a copy of the database opens nothing. */
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * A new single-use token for a link in a mail. The raw token goes into the
 * mail only; the database keeps its hash. Earlier unused tokens of the same
 * purpose stop working, so only the newest link does. Call it inside the
 * transaction that queues the mail.
 */
export async function issueToken(tx: Pick<Database, "insert" | "update">, userId: number, purpose: TokenPurpose): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx
    .update(authTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(authTokens.userId, userId), eq(authTokens.purpose, purpose), isNull(authTokens.usedAt)));
  await tx.insert(authTokens).values({
    userId,
    purpose,
    tokenHash: hashToken(token),
    expiresAt: sql`now() + make_interval(mins => ${TOKEN_LIFETIME_MINUTES[purpose]})`,
  });
  return token;
}

/**
 * Uses a token once: answers its user when the token is known, unused, not
 * expired and of this purpose; null otherwise, with no hint of which. The
 * check and the marking are one statement, so two clicks cannot both win.
 */
export async function consumeToken(tx: Pick<Database, "update">, token: string, purpose: TokenPurpose): Promise<number | null> {
  if (token.length === 0 || token.length > 100) return null;
  const [row] = await tx
    .update(authTokens)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(authTokens.tokenHash, hashToken(token)),
        eq(authTokens.purpose, purpose),
        isNull(authTokens.usedAt),
        gt(authTokens.expiresAt, sql`now()`),
      ),
    )
    .returning({ userId: authTokens.userId });
  return row?.userId ?? null;
}

/** The user a token would answer, without using it up: for a step that must check something else first. */
export async function peekToken(db: Pick<Database, "select">, token: string, purpose: TokenPurpose): Promise<number | null> {
  if (token.length === 0 || token.length > 100) return null;
  const [row] = await db
    .select({ userId: authTokens.userId })
    .from(authTokens)
    .where(and(eq(authTokens.tokenHash, hashToken(token)), eq(authTokens.purpose, purpose), isNull(authTokens.usedAt), gt(authTokens.expiresAt, sql`now()`)))
    .limit(1);
  return row?.userId ?? null;
}
