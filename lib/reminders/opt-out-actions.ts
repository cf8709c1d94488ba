import "server-only";
import { getDb } from "@/db/client";
import { reminderOptOuts } from "@/db/schema";
import { ActionError, guardedAction } from "@/lib/actions/guard";
import { verifyOptOutToken } from "./opt-out";
import { INVALID_STOP_LINK, stopRemindersSchema } from "./schemas";

const STOPS_PER_ADDRESS = { name: "reminder-stop", limit: 30, windowSeconds: 60 * 60 };

/**
 * "No more event reminders", from the link or the mail program's own
 * Unsubscribe: the signed token is the authorization, rate-limited per client
 * address like every public post. Stopping twice answers the same as once.
 */
export const stopReminders = guardedAction({ kind: "public", rateLimit: STOPS_PER_ADDRESS }, stopRemindersSchema, async ({ token }) => {
  const hash = verifyOptOutToken(token);
  // Well-formed but not signed by us: refused for what it claims, not as bad input.
  if (hash === null) throw new ActionError(INVALID_STOP_LINK);
  const db = await getDb();
  await db.insert(reminderOptOuts).values({ addressHash: hash }).onConflictDoNothing();
  return { ok: true } as const;
});
