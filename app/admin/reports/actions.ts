"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { fieldsOf } from "@/lib/actions/form-data";
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
 * Every step from the reports queue: the button names the step; the outcome
 * comes back in the address as a code, so the forms need no JavaScript. The
 * queue's filter and page ride along in hidden fields, so the admin lands
 * back where they were.
 */
export async function reportStepAction(form: FormData): Promise<void> {
  const fields = fieldsOf(form) ?? {};
  const step = typeof fields.step === "string" && Object.hasOwn(STEPS, fields.step) ? (fields.step as keyof typeof STEPS) : null;
  const result: FormState = step ? await STEPS[step](fields) : null;
  const view = parseReportQueueParams({ status: fields.view_status, page: fields.view_page });
  const reportId = typeof fields.reportId === "string" && /^\d{1,10}$/.test(fields.reportId) ? fields.reportId : "";
  revalidatePath("/admin/reports");
  if (!result?.ok) {
    // Only which field was refused, never what was typed: the address ends up in history and logs.
    const fieldErrors = result && !result.ok ? result.fieldErrors : {};
    const code = fieldErrors.reason ? "reason" : fieldErrors.resolution ? "resolution" : "failed";
    redirect(`/admin/reports${reportQueueQueryString(view, { error: code, ...(step ? { step } : {}), ...(reportId ? { report: reportId } : {}) })}${reportId ? `#report-${reportId}` : ""}`);
  }
  redirect(`/admin/reports${reportQueueQueryString(view, { done: step! })}`);
}
