"use server";

import { redirect } from "next/navigation";
import { fieldsOf, UNREADABLE_FORM, withValues } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/result";
import { signOut } from "@/lib/auth/config";
import { deleteMyAccount } from "@/lib/volunteers/my-data";

export async function deleteAccountAction(_previous: FormState, form: unknown): Promise<FormState> {
  const fields = fieldsOf(form);
  if (!fields) return UNREADABLE_FORM;
  const result = await deleteMyAccount(fields);
  if (!result?.ok) return withValues(result, fields);
  // The account is gone; its session cookie goes too.
  await signOut({ redirect: false });
  redirect("/account-deleted");
}
