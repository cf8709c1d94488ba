"use server";

import { redirect } from "next/navigation";
import { fieldsOf, UNREADABLE_FORM, withValues } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/result";
import { reportOpportunity } from "@/lib/reports/report";

/** "Report this listing": the slug is bound by the page; the form's fields arrive as FormData. */
export async function reportAction(slug: unknown, _previous: unknown, form: unknown): Promise<FormState> {
  // Anyone can call an action with any arguments: check them like any other input.
  const fields = fieldsOf(form);
  if (typeof slug !== "string" || !fields) return UNREADABLE_FORM;
  const result = await reportOpportunity(slug)(fields);
  if (!result?.ok) {
    // The honeypot is never sent back: a bot learns nothing from the page it gets.
    return withValues(result, Object.fromEntries(Object.entries(fields).filter(([name]) => name !== "leave_blank")));
  }
  redirect(`/opportunities/${encodeURIComponent(slug)}/report/thanks`);
}
