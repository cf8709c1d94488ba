"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { fieldsOf, UNREADABLE_FORM } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/result";
import { answerHours } from "@/lib/hours/hours";

/** Confirm or dispute an entry of hours: the mutation reads the viewer and touches only their own. */
export async function answerHoursAction(_previous: FormState, form: unknown): Promise<FormState> {
  const fields = fieldsOf(form);
  if (!fields) return UNREADABLE_FORM;
  const result = await answerHours(fields);
  if (!result || !("answer" in result)) return result;
  revalidatePath("/me/hours");
  redirect(`/me/hours?answered=${result.answer}`);
}
