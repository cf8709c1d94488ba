import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "@/lib/zod";
import { getDb } from "@/db/client";
import { endedSessions, users } from "@/db/schema";
import { guardedAction } from "@/lib/actions/guard";
import { writeAudit } from "@/lib/audit/audit";
import { SESSION_SECONDS } from "@/lib/auth/cookies";
import { readSession } from "@/lib/auth/session";

/** Both buttons post nothing but themselves. */
const endSessionSchema = z.object({});

/**
 * Ends the session this request comes from, on the server: its id is listed
 * until the cookie would have expired anyway (Auth.js may have renewed it up
 * to now, so the listing runs from now), and a copy of the cookie no longer
 * signs anyone in. Clearing the cookie in this browser is the caller's part.
 */
export const endThisSession = guardedAction({ kind: "signed-in" }, endSessionSchema, async (_input, { viewer }) => {
  const claims = await readSession();
  if (!claims?.sessionId) return { ok: true } as const;
  const db = await getDb();
  await db
    .insert(endedSessions)
    .values({ sessionId: claims.sessionId, userId: viewer.id, expiresAt: sql`now() + make_interval(secs => ${SESSION_SECONDS})` })
    .onConflictDoNothing();
  return { ok: true } as const;
});

/**
 * "Sign out everywhere": every session of this account that began before now
 * ends, on every device, this one included (the same cut-off as a password
 * reset). Written to the audit log, so the account's owner can find it in
 * their data.
 */
export const endAllSessions = guardedAction({ kind: "signed-in" }, endSessionSchema, async (_input, { viewer }) => {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.update(users).set({ sessionsValidAfter: sql`now()`, updatedAt: sql`now()` }).where(eq(users.id, viewer.id));
    await writeAudit(tx, { actorUserId: viewer.id, action: "user.sign_out_everywhere", targetType: "user", targetId: viewer.id });
  });
  return { ok: true } as const;
});

/** Forgets ended sessions whose cookies have expired by now anyway; the mail worker calls it with its housekeeping. */
export async function deleteExpiredEndedSessions(): Promise<void> {
  const db = await getDb();
  await db.delete(endedSessions).where(sql`${endedSessions.expiresAt} < now()`);
}
