import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { reminderOptOuts } from "@/db/schema";
import { ActionError, guardedAction } from "@/lib/actions/guard";
import { verifyOptOutToken } from "./opt-out";
import { INVALID_STOP_LINK, stopRemindersSchema } from "./schemas";

const CHANGES_PER_ADDRESS = { name: "reminder-stop", limit: 30, windowSeconds: 60 * 60 };

/** The address hash a well-formed token names; one that is not signed by us is refused for what it claims, not as bad input. */
function hashOf(token: string): string {
  const hash = verifyOptOutToken(token);
  if (hash === null) throw new ActionError(INVALID_STOP_LINK);
  return hash;
}

/**
 * "No more event reminders", from the link or the mail program's own
 * Unsubscribe: the signed token is the authorization, rate-limited per client
 * address like every public post. Stopping twice answers the same as once.
 */
export const stopReminders = guardedAction({ kind: "public", rateLimit: CHANGES_PER_ADDRESS }, stopRemindersSchema, async ({ token }) => {
  const db = await getDb();
  await db.insert(reminderOptOuts).values({ addressHash: hashOf(token) }).onConflictDoNothing();
  return { ok: true } as const;
});

/** "Turn them back on", on the same page and with the same link: the address gets event reminders again. */
export const resumeReminders = guardedAction({ kind: "public", rateLimit: CHANGES_PER_ADDRESS }, stopRemindersSchema, async ({ token }) => {
  const db = await getDb();
  await db.delete(reminderOptOuts).where(eq(reminderOptOuts.addressHash, hashOf(token)));
  return { ok: true } as const;
});

/**
 * What the link's page offers: "invalid" for anything forged or cut short,
 * otherwise whether the one address the link names has stopped event
 * reminders. Read by the signed token, never by an address or a hash.
 */
export async function reminderLinkState(token: unknown): Promise<"invalid" | "stopped" | "on"> {
  const hash = verifyOptOutToken(token);
  if (hash === null) return "invalid";
  const db = await getDb();
  const [row] = await db.select({ hash: reminderOptOuts.addressHash }).from(reminderOptOuts).where(eq(reminderOptOuts.addressHash, hash)).limit(1);
  return row ? "stopped" : "on";
}
