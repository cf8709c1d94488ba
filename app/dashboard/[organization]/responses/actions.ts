"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { fieldsOf, UNREADABLE_FORM, withValues } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/result";
import { addResponseNote, changeResponseStatus } from "@/lib/responses/work";

/** The status form. The mutation checks access and the move; back on the response's page on success. */
export async function changeStatusAction(_previous: FormState, form: unknown): Promise<FormState> {
  const fields = fieldsOf(form);
  if (!fields) return UNREADABLE_FORM;
  const result = await changeResponseStatus(fields);
  if (!result || !("responseId" in result)) return withValues(result, fields);
  backToResponse(result, "status");
}

/** The note form. */
export async function addNoteAction(_previous: FormState, form: unknown): Promise<FormState> {
  const fields = fieldsOf(form);
  if (!fields) return UNREADABLE_FORM;
  const result = await addResponseNote(fields);
  if (!result || !("responseId" in result)) return withValues(result, fields);
  backToResponse(result, "note");
}

/** Ids and a slug from the server's own answer: nothing the form sent, nothing about the volunteer. */
function backToResponse(result: { responseId: number; organizationSlug: string }, done: "status" | "note"): never {
  const inbox = `/dashboard/${result.organizationSlug}/responses`;
  revalidatePath(inbox, "layout");
  redirect(`${inbox}/${result.responseId}?done=${done}`);
}
