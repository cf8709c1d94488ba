"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { refusalCode } from "@/lib/actions/guard";
import { fieldsOf } from "@/lib/actions/form-data";
import type { FormState, RefusalCode } from "@/lib/actions/result";
import { answerContactRequest, withdrawContactConsent } from "@/lib/volunteers/contact";

/** What the page says after a refusal, by the refusal's code; the address carries a short code, never a sentence. */
type Problem = "not-found" | "answered" | "unavailable" | "not-shared" | "limit" | "error";
const ANSWER_PROBLEMS: Partial<Record<RefusalCode, Problem>> = { "not-found": "not-found", conflict: "answered", unavailable: "unavailable", "rate-limited": "limit" };
const WITHDRAW_PROBLEMS: Partial<Record<RefusalCode, Problem>> = { "not-found": "not-shared", "rate-limited": "limit" };

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
  refused(result, ANSWER_PROBLEMS);
}

/** "Stop sharing my details" on an accepted request, from a plain form. */
export async function withdrawContactAction(form: FormData): Promise<void> {
  const fields = fieldsOf(form);
  const result = fields ? await withdrawContactConsent(fields) : null;
  if (result?.ok && "withdrawn" in result) {
    revalidatePath("/me/contacts");
    redirect("/me/contacts?answered=withdrawn");
  }
  refused(result, WITHDRAW_PROBLEMS);
}

function refused(result: FormState, problems: Partial<Record<RefusalCode, Problem>>): never {
  const code = refusalCode(result);
  if (code === "signed-out") redirect(`/signin?${new URLSearchParams({ returnTo: "/me/contacts" })}`);
  redirect(`/me/contacts?problem=${(code && problems[code]) ?? "error"}`);
}
