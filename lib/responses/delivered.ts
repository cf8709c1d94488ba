import { and, eq, isNotNull, type SQL } from "drizzle-orm";
import { responses } from "@/db/schema";

/** Days an unconfirmed response waits for its owner: its link works that long, then the retention job deletes it. */
export const UNCONFIRMED_RESPONSE_DAYS = 7;

/** The mail that asks an address's owner to confirm; the retention job deletes it with its response. */
export const CONFIRMATION_SUBJECT = "Please confirm: should we send your details?";

/** Confirmed by the address's owner (from the mail, or signed in with that address): only then does the organization see it. */
export const isConfirmed = isNotNull(responses.confirmedAt);

/**
 * The responses an organization may read and work on: its own, and only the
 * confirmed ones. Every statement on the organization's side starts here, so
 * details typed for someone else never reach it unless that person agrees.
 */
export function organizationResponses(organizationId: number): SQL {
  return and(eq(responses.organizationId, organizationId), isConfirmed)!;
}
