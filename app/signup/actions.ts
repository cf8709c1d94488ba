"use server";

import { redirect } from "next/navigation";
import { fieldsOf, UNREADABLE_FORM, withValues } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/result";
import { signUp } from "@/lib/accounts/accounts";

export async function signUpAction(_previous: FormState, form: unknown): Promise<FormState> {
  const fields = fieldsOf(form);
  if (!fields) return UNREADABLE_FORM;
  const result = await signUp(fields);
  if (!result?.ok) return withValues(result, fields);
  // The same page whether the address was new or already had an account.
  redirect("/signup/sent");
}
