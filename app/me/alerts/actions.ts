"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { fieldsOf, UNREADABLE_FORM, withValues } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/result";
import { deleteAlert } from "@/lib/alerts/alerts";

/** Deletes one of the signed-in user's alerts; deleteAlert checks whose it is. */
export async function deleteAlertAction(_previous: FormState, form: unknown): Promise<FormState> {
  const fields = fieldsOf(form);
  if (!fields) return UNREADABLE_FORM;
  const result = await deleteAlert(fields);
  if (!result?.ok) return withValues(result, fields);
  revalidatePath("/me/alerts");
  redirect("/me/alerts?done=deleted");
}
