/**
 * "Report this listing" and the admins' handling of reports: one schema per
 * form, shared by the browser (react-hook-form + zodResolver) and the server,
 * and the words people read. Safe to import on the client.
 */
import { z } from "@/lib/zod";
import { REPORT_REASONS, REPORT_STATUSES, type ReportReason, type ReportStatus } from "@/db/values";
import { idSchema, optionalText } from "@/lib/forms/schema-parts";
import { firstParam, listQueryString, pageParamSchema } from "@/lib/lists/lists";

export { REPORT_REASONS, type ReportReason, type ReportStatus };

export const reportReasonLabels: Record<ReportReason, string> = {
  exploitation: "It looks like exploitation or trafficking",
  unsafe: "It puts someone at risk",
  inaccurate: "The information is wrong",
  discriminatory: "It is discriminatory",
  spam: "It is spam",
  other: "Something else",
};

export const reportStatusLabels: Record<ReportStatus, string> = {
  open: "Open",
  resolved: "Resolved",
  dismissed: "Dismissed",
};

const DETAILS_MAX_LENGTH = 2000;
const RESOLUTION_MAX_LENGTH = 1000;

/** The public form. Nothing about the person reporting is asked for or kept. */
export const reportSchema = z.object({
  reason: z.enum(REPORT_REASONS, { error: "Choose what is wrong with this listing." }),
  details: optionalText(DETAILS_MAX_LENGTH, "What you tell us can be at most 2,000 characters.", "several lines"),
  /** A field people never see; bots fill it in. */
  leave_blank: z.string().max(200).optional(),
});

/** Resolving or dismissing a report: which one, and an optional note for the other admins. */
export const handleReportSchema = z.object({
  reportId: idSchema,
  resolution: optionalText(RESOLUTION_MAX_LENGTH, "Keep the note to 1,000 characters.", "several lines"),
});

// ---------------------------------------------------------------------------
// The queue's address: `status` (a report status or "all") and `page`.

export const REPORT_FILTERS = [...REPORT_STATUSES, "all"] as const;
export type ReportFilter = (typeof REPORT_FILTERS)[number];

/**
 * Read leniently: a value that does not parse falls back to the open reports
 * on page 1, so an edited or stale address shows the queue, not an error.
 */
const reportQueueParamsSchema = z.object({
  status: z.preprocess(firstParam, z.enum(REPORT_FILTERS)).catch("open"),
  page: pageParamSchema(),
});

export type ReportQueueParams = z.output<typeof reportQueueParamsSchema>;

export function parseReportQueueParams(raw: Record<string, unknown>): ReportQueueParams {
  // Every field catches its own failure, so only a non-object could fail here.
  const parsed = reportQueueParamsSchema.safeParse(raw);
  return parsed.success ? parsed.data : { status: "open", page: 1 };
}

/** The query string of a queue address ("" for the open reports on page 1). */
export function reportQueueQueryString(params: Partial<ReportQueueParams>, extra: Record<string, string> = {}): string {
  return listQueryString({ status: params.status === "open" ? undefined : params.status, page: params.page, ...extra });
}
