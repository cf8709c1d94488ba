"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { fieldsOf, UNREADABLE_FORM, withValues } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/result";
import { recordHours } from "@/lib/hours/hours";

/** "Record hours": the mutation checks access, the day and that each volunteer is placed on the posting. */
export async function recordHoursAction(_previous: FormState, form: unknown): Promise<FormState> {
  const fields = fieldsOf(form, ["responseIds"]);
  if (!fields) return UNREADABLE_FORM;
  const result = await recordHours(fields);
  if (!result || !("recorded" in result)) return withValues(result, fields);
  const dashboard = `/dashboard/${result.organizationSlug}`;
  revalidatePath(dashboard, "layout");
  redirect(`${dashboard}/postings/${result.opportunityId}/hours?recorded=${result.recorded}`);
}
