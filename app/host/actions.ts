"use server";

import { redirect } from "next/navigation";
import { fieldsOf, UNREADABLE_FORM, withValues } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/result";
import { applyToHost } from "@/lib/organizations/apply";

export async function applyAction(_previous: FormState, form: unknown): Promise<FormState> {
  const fields = fieldsOf(form, ["counties"]);
  if (!fields) return UNREADABLE_FORM;
  const result = await applyToHost(fields);
  if (!result?.ok) return withValues(result, fields);
  redirect(`/dashboard/${"slug" in result ? result.slug : ""}?applied=1`);
}
