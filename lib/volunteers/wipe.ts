import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { outbox, responseEvents, responses, serviceHours } from "@/db/schema";

/**
 * Wipes a volunteer's contact data from the responses given (organizations
 * keep only that a response existed and its status), the notes about them,
 * what the volunteer did in their recorded hours (the hours stay, anonymous),
 * and the mail to their address held in the outbox: what was sent, and with
 * `pendingToo` (a deleted account) what was still waiting too.
 */
export async function wipeResponseContacts(tx: Transaction, responseIds: number[], emails: string[], { pendingToo = false } = {}): Promise<void> {
  if (responseIds.length > 0) {
    await tx
      .update(responses)
      .set({ name: null, email: null, phone: null, message: null, availability: null, updatedAt: sql`now()` })
      .where(inArray(responses.id, responseIds));
    // Coordinators' notes may name the volunteer: they go with the contact data; status changes stay.
    await tx.delete(responseEvents).where(and(inArray(responseEvents.responseId, responseIds), eq(responseEvents.kind, "note")));
    // The minutes, day and posting stay as anonymous totals; the words about the person go.
    await tx.update(serviceHours).set({ description: null, disputeNote: null }).where(inArray(serviceHours.responseId, responseIds));
  }
  const addresses = [...new Set(emails.map((email) => email.toLowerCase()))];
  if (addresses.length > 0) {
    await tx.delete(outbox).where(and(inArray(sql`lower(${outbox.to})`, addresses), pendingToo ? undefined : inArray(outbox.status, ["sent", "failed"])));
  }
}
