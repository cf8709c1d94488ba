"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { fieldsOf, UNREADABLE_FORM, withValues } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/result";
import { saveAlert } from "@/lib/alerts/alerts";

/** "Alert me" on the results page. saveAlert checks the session and the search itself. */
export async function saveAlertAction(_previous: FormState, form: unknown): Promise<FormState> {
  const fields = fieldsOf(form);
  if (!fields) return UNREADABLE_FORM;
  const result = await saveAlert(fields);
  if (!result || !("alertId" in result)) return withValues(result, fields);
  revalidatePath("/me/alerts");
  redirect(`/me/alerts?done=${result.created ? "saved" : "updated"}`);
}
