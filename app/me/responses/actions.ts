"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { fieldsOf, UNREADABLE_FORM } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/result";
import { linkMyEarlierResponses, withdrawMyResponse } from "@/lib/volunteers/my-responses";

/*
 * The buttons of "My responses". Each mutation reads the viewer from the
 * database and touches only their rows; these only say where to go next.
 */

export async function withdrawResponseAction(_previous: FormState, form: unknown): Promise<FormState> {
  const fields = fieldsOf(form);
  if (!fields) return UNREADABLE_FORM;
  const result = await withdrawMyResponse(fields);
  if (!result?.ok) return result;
  revalidatePath("/me");
  redirect("/me?withdrawn=1");
}

export async function linkEarlierResponsesAction(_previous: FormState, form: unknown): Promise<FormState> {
  const fields = fieldsOf(form);
  if (!fields) return UNREADABLE_FORM;
  const result = await linkMyEarlierResponses(fields);
  if (!result?.ok) return result;
  revalidatePath("/me");
  redirect(`/me?linked=${"linked" in result ? result.linked : 0}`);
}
