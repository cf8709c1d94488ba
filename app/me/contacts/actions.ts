"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { SIGNED_OUT } from "@/lib/actions/guard";
import { fieldsOf } from "@/lib/actions/form-data";
import { ALREADY_ANSWERED, answerContactRequest, NOT_SHARED, ORGANIZATION_UNAVAILABLE, REQUEST_NOT_FOUND, withdrawContactConsent } from "@/lib/volunteers/contact";

/** What the page says after a refusal; the address carries a short code, never a sentence from the form. */
const PROBLEMS = new Map<string, string>([
  [REQUEST_NOT_FOUND, "not-found"],
  [ALREADY_ANSWERED, "answered"],
  [ORGANIZATION_UNAVAILABLE, "unavailable"],
  [NOT_SHARED, "not-shared"],
  [SIGNED_OUT, "signed-out"],
]);

/**
 * Accept or decline, from a plain form with no JavaScript: the page comes
 * back with what happened. The mutation checks that the request is the
 * signed-in volunteer's own and still waits.
 */
export async function answerContactAction(form: FormData): Promise<void> {
  const fields = fieldsOf(form);
  const result = fields ? await answerContactRequest(fields) : null;
  if (result?.ok && "answer" in result) {
    revalidatePath("/me/contacts");
    redirect(`/me/contacts?answered=${result.answer}`);
  }
  refused(result);
}

/** "Stop sharing my details" on an accepted request, from a plain form. */
export async function withdrawContactAction(form: FormData): Promise<void> {
  const fields = fieldsOf(form);
  const result = fields ? await withdrawContactConsent(fields) : null;
  if (result?.ok && "withdrawn" in result) {
    revalidatePath("/me/contacts");
    redirect("/me/contacts?answered=withdrawn");
  }
  refused(result);
}

function refused(result: Awaited<ReturnType<typeof answerContactRequest>> | null): never {
  if (result && !result.ok && result.message === SIGNED_OUT) redirect(`/signin?${new URLSearchParams({ returnTo: "/me/contacts" })}`);
  const problem = result && !result.ok ? (PROBLEMS.get(result.message) ?? (result.message.startsWith("Too many attempts") ? "limit" : "error")) : "error";
  redirect(`/me/contacts?problem=${problem}`);
}
