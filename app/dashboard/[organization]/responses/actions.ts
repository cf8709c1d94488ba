"use server";

import { formAction } from "@/lib/actions/form-action";
import { addResponseNote, changeResponseStatus } from "@/lib/responses/work";

/** Ids and a slug from the server's own answer: nothing the form sent, nothing about the volunteer. */
const backToResponse = (done: "status" | "note") => (result: { responseId: number; organizationSlug: string }) => {
  const inbox = `/dashboard/${result.organizationSlug}/responses`;
  return { revalidate: { path: inbox, type: "layout" as const }, redirect: `${inbox}/${result.responseId}?done=${done}` };
};

/** The status form. The mutation checks access and the move; back on the response's page on success. */
export const changeStatusAction = formAction(changeResponseStatus, { success: backToResponse("status") });

/** The note form. */
export const addNoteAction = formAction(addResponseNote, { success: backToResponse("note") });
