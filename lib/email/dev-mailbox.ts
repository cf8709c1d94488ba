import "server-only";
import { desc } from "drizzle-orm";
import { getDb } from "@/db/client";
import { outbox } from "@/db/schema";
import { setting } from "@/lib/settings";

/** Development only: is the mailbox page open? Never in production, where it would show personal data. */
export function devMailboxEnabled(): boolean {
  return setting("NODE_ENV") !== "production";
}

/** The newest mail of the outbox, for the development mailbox page. */
export async function listRecentMail(limit = 50) {
  if (!devMailboxEnabled()) return [];
  const db = await getDb();
  return db
    .select({ id: outbox.id, to: outbox.to, subject: outbox.subject, text: outbox.text, status: outbox.status, createdAt: outbox.createdAt })
    .from(outbox)
    .orderBy(desc(outbox.id))
    .limit(limit);
}
