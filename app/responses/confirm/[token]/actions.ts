"use server";

import { redirect } from "next/navigation";
import { fieldsOf, UNREADABLE_FORM } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/result";
import { confirmResponse } from "@/lib/responses/confirm";

/** "Send my details": a POST, never the link itself, since mail scanners open links. */
export async function confirmResponseAction(_previous: FormState, form: unknown): Promise<FormState> {
  const fields = fieldsOf(form);
  if (!fields) return UNREADABLE_FORM;
  const result = await confirmResponse(fields);
  if (!result || !("slug" in result)) return result;
  redirect(`/opportunities/${encodeURIComponent(result.slug)}/thanks?sent=1`);
}
