import "server-only";
import { and, eq, inArray, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { contactRequests, opportunities, outbox, responses } from "@/db/schema";
import { CONFIRMATION_SUBJECT, UNCONFIRMED_RESPONSE_DAYS } from "@/lib/responses/delivered";
import { setting } from "@/lib/settings";
import { wipeResponseContacts } from "./wipe";

/** Days after a posting closes (or expires) that its responses keep the volunteers' contact data. */
export function responseRetentionDays(): number {
  return setting("RESPONSE_RETENTION_DAYS");
}

/** Days the outbox keeps a mail after it was sent or given up on: long enough to answer "did it go out?". */
const SENT_MAIL_RETENTION_DAYS = 30;

/**
 * The retention job: wipes the contact data of responses whose posting closed
 * or expired more than `days` ago (organizations keep that a response existed
 * and its status), with the notes about them and the mail to those addresses;
 * ends the sharing of details a volunteer accepted through a contact request
 * `days` after they accepted (the organization no longer sees them); deletes
 * the responses nobody confirmed within UNCONFIRMED_RESPONSE_DAYS
 * (their organization never saw them), with the mail that asked; and forgets
 * delivered mail after SENT_MAIL_RETENTION_DAYS. Answers how many of each.
 * Safe to run on several servers at once.
 */
export async function runRetention(
  days = responseRetentionDays(),
): Promise<{ responsesWiped: number; contactsEnded: number; unconfirmedDeleted: number; mailDeleted: number }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const ended = await tx
      .select({ id: responses.id, email: responses.email })
      .from(responses)
      .innerJoin(opportunities, sql`${opportunities.id} = ${responses.opportunityId}`)
      .where(
        and(
          or(isNotNull(responses.email), isNotNull(responses.name), isNotNull(responses.phone)),
          sql`coalesce(${opportunities.closedAt}, ${opportunities.expiresAt}) < now() - make_interval(days => ${days})`,
          // A posting that is published and not yet expired has not ended, whatever its dates say.
          sql`not (${opportunities.status} = 'published' and ${opportunities.expiresAt} > now())`,
        ),
      )
      .for("update", { of: responses, skipLocked: true });
    await wipeResponseContacts(
      tx,
      ended.map((row) => row.id),
      ended.flatMap((row) => (row.email ? [row.email] : [])),
    );
    const contactsEnded = await tx
      .update(contactRequests)
      .set({ status: "expired", endedAt: sql`now()` })
      .where(and(eq(contactRequests.status, "accepted"), lt(contactRequests.respondedAt, sql`now() - make_interval(days => ${days})`)))
      .returning({ id: contactRequests.id });
    const unconfirmed = await tx
      .delete(responses)
      .where(and(isNull(responses.confirmedAt), lt(responses.createdAt, sql`now() - make_interval(days => ${UNCONFIRMED_RESPONSE_DAYS})`)))
      .returning({ email: responses.email });
    const askedAddresses = [...new Set(unconfirmed.flatMap((row) => (row.email ? [row.email.toLowerCase()] : [])))];
    if (askedAddresses.length > 0) {
      await tx.delete(outbox).where(and(inArray(sql`lower(${outbox.to})`, askedAddresses), eq(outbox.subject, CONFIRMATION_SUBJECT)));
    }
    const deleted = await tx
      .delete(outbox)
      .where(and(inArray(outbox.status, ["sent", "failed"]), lt(outbox.createdAt, sql`now() - make_interval(days => ${SENT_MAIL_RETENTION_DAYS})`)))
      .returning({ id: outbox.id });
    return { responsesWiped: ended.length, contactsEnded: contactsEnded.length, unconfirmedDeleted: unconfirmed.length, mailDeleted: deleted.length };
  });
}
