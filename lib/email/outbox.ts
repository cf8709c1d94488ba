import "server-only";
import type { Database } from "@/db/client";
import { outbox, type MailAttachment } from "@/db/schema";

export type Mail = { to: string; subject: string; text: string; headers?: Record<string, string> | null; attachments?: MailAttachment[] | null };

/** Anything that can insert: the database or an open transaction. */
type Writer = Pick<Database, "insert">;

/**
 * Queues mail in the same transaction as the change that causes it
 * (invariant 7): if the change rolls back, no mail; if it commits, the mail
 * is delivered, however long the SMTP server is away. Subjects never carry
 * personal data.
 */
export async function enqueueMail(tx: Writer, mail: Mail | Mail[]): Promise<void> {
  const mails = Array.isArray(mail) ? mail : [mail];
  if (mails.length === 0) return;
  await tx.insert(outbox).values(mails);
}
