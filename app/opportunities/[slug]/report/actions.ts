"use server";

import { UNREADABLE_FORM } from "@/lib/actions/form-data";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/result";
import { reportOpportunity } from "@/lib/reports/report";

/** "Report this listing": the slug is bound by the page; the form's fields arrive as FormData. */
export async function reportAction(slug: unknown, _previous: unknown, form: unknown): Promise<FormState> {
  // Anyone can call an action with any arguments: check them like any other input.
  if (typeof slug !== "string") return UNREADABLE_FORM;
  return formAction(reportOpportunity(slug), {
    // The honeypot is never sent back: a bot learns nothing from the page it gets.
    withhold: ["leave_blank"],
    success: () => ({ redirect: `/opportunities/${encodeURIComponent(slug)}/report/thanks` }),
  })(null, form);
}
