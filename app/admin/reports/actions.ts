"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { fieldsOf, UNREADABLE_FORM, withValues } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/result";
import { unpublishPosting } from "@/lib/opportunities/moderation";
import { suspendOrganization } from "@/lib/organizations/moderation";
import { dismissReport, resolveReport } from "@/lib/reports/queue";
import { parseReportQueueParams, reportQueueQueryString } from "@/lib/reports/schemas";

/** Each step an admin can take from a report; the posting and organization steps are the existing moderation mutations. */
const STEPS = {
  resolve: resolveReport,
  dismiss: dismissReport,
  unpublish: unpublishPosting,
  suspend: suspendOrganization,
} as const;

/**
 * Every step from the reports queue: the button names the step. A refusal
 * comes back to the form, next to its field and with what was typed; success
 * goes back to the same view of the queue (its filter and page ride along in
 * hidden fields) with a code for its message.
 */
export async function reportStepAction(_state: FormState, form: FormData): Promise<FormState> {
  const fields = fieldsOf(form);
  const step = fields && typeof fields.step === "string" && Object.hasOwn(STEPS, fields.step) ? (fields.step as keyof typeof STEPS) : null;
  if (!fields || !step) return UNREADABLE_FORM;
  const result = await STEPS[step](fields);
  revalidatePath("/admin/reports");
  if (!result?.ok) return withValues(result, fields);
  const view = parseReportQueueParams({ status: fields.view_status, page: fields.view_page });
  redirect(`/admin/reports${reportQueueQueryString(view, { done: step })}`);
}
