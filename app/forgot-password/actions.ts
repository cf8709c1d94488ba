"use server";

import { redirect } from "next/navigation";
import { fieldsOf, UNREADABLE_FORM, withValues } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/result";
import { requestPasswordReset, resetPassword } from "@/lib/accounts/accounts";

export async function requestResetAction(_previous: FormState, form: unknown): Promise<FormState> {
  const fields = fieldsOf(form);
  if (!fields) return UNREADABLE_FORM;
  const result = await requestPasswordReset(fields);
  if (!result?.ok) return withValues(result, fields);
  // The same page whether or not the address has an account.
  redirect("/forgot-password/sent");
}

export async function resetPasswordAction(_previous: FormState, form: unknown): Promise<FormState> {
  const fields = fieldsOf(form);
  if (!fields) return UNREADABLE_FORM;
  const result = await resetPassword(fields);
  if (!result?.ok) return withValues(result, fields);
  redirect("/signin?notice=reset");
}
