/**
 * The coordinators' responses inbox: its words, its filters and its two
 * forms (status, note). One schema per form, shared by the browser
 * (react-hook-form + zodResolver) and the server. Safe to import on the client.
 */
import { z } from "@/lib/zod";
import { RESPONSE_STATUSES, type ResponseStatus } from "@/db/values";
import { idSchema, plainText } from "@/lib/forms/schema-parts";
import { firstParam, listQueryString, pageParamSchema } from "@/lib/lists/lists";

export { RESPONSE_STATUSES, type ResponseStatus };

export const responseStatusLabels: Record<ResponseStatus, string> = {
  new: "New",
  contacted: "Contacted",
  scheduled: "Scheduled",
  placed: "Placed",
  declined: "Declined",
  withdrawn: "Withdrawn",
};

/**
 * Where a coordinator may move a response next, the one table both the form
 * and the server read. Work only moves forward; declined and withdrawn are
 * final so the history never reads backwards. Withdrawing is the volunteer's
 * own step (from their account, lib/volunteers/my-responses.ts), never offered here.
 */
export const RESPONSE_TRANSITIONS: Record<ResponseStatus, readonly ResponseStatus[]> = {
  new: ["contacted", "scheduled", "placed", "declined"],
  contacted: ["scheduled", "placed", "declined"],
  scheduled: ["placed", "declined"],
  placed: [],
  declined: [],
  withdrawn: [],
};

/** What a coordinator is told when they ask to withdraw a response. */
export const ONLY_THE_VOLUNTEER_WITHDRAWS = "Only the volunteer can withdraw their response, from their account.";

export function canMoveTo(from: ResponseStatus, to: ResponseStatus): boolean {
  return RESPONSE_TRANSITIONS[from].includes(to);
}

export const NOTE_MAX_LENGTH = 2000;

/** The status form: which response, and the status it moves to. */
export const responseStatusSchema = z.object({
  organizationId: idSchema,
  responseId: idSchema,
  status: z.enum(RESPONSE_STATUSES, { error: "Choose a status from the list." }),
});

/** The note form. A note may run over several lines; other control characters would only corrupt an export. */
export const noteSchema = z.object({
  organizationId: idSchema,
  responseId: idSchema,
  note: plainText("several lines")
    .min(1, "Write a note.")
    .max(NOTE_MAX_LENGTH, "A note can be at most 2,000 characters.")
});

/** "Offer the next place": the posting whose waiting list moves on. */
export const offerPlaceSchema = z.object({
  organizationId: idSchema,
  opportunityId: idSchema,
});

// ---------------------------------------------------------------------------
// The inbox's address: `posting` (a posting id), `status`, `page`. Ids and a
// status only, never anything about a volunteer.

type RawParams = Record<string, string | string[] | undefined>;

/**
 * Read leniently, for a page's searchParams and the export's query: a value
 * that does not parse is dropped and the rest still apply, so an edited or
 * stale address shows the inbox rather than an error.
 */
const inboxParamsSchema = z
  .object({
    posting: z.preprocess(firstParam, idSchema.optional()).catch(undefined),
    status: z.preprocess(firstParam, z.enum(RESPONSE_STATUSES).optional()).catch(undefined),
    page: pageParamSchema(),
  })
  .transform(({ posting, status, page }) => ({ opportunityId: posting, status, page }));

export type InboxFilters = z.output<typeof inboxParamsSchema>;

/** What narrows the inbox and its export: a posting, a status, or both. */
export type ResponseFilters = { opportunityId?: number | undefined; status?: ResponseStatus | undefined };

export function parseInboxParams(raw: RawParams): InboxFilters {
  // Every field catches its own failure, so only a non-object could fail here.
  const parsed = inboxParamsSchema.safeParse(raw);
  return parsed.success ? parsed.data : { opportunityId: undefined, status: undefined, page: 1 };
}

/** The query string of an inbox address ("" when no filter is on); page 1 is left out. */
export function inboxQueryString(filters: Partial<InboxFilters>): string {
  return listQueryString({ posting: filters.opportunityId, status: filters.status, page: filters.page });
}
