"use server";

import { bySteps, formAction, stepOf } from "@/lib/actions/form-action";
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
export const reportStepAction = formAction(bySteps(STEPS), {
  revalidate: { path: "/admin/reports" },
  success: (_result, fields) => {
    const view = parseReportQueueParams({ status: fields.view_status, page: fields.view_page });
    return { redirect: `/admin/reports${reportQueueQueryString(view, { done: stepOf(STEPS, fields) ?? "" })}` };
  },
});
