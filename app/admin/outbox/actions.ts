"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { fieldsOf } from "@/lib/actions/form-data";
import { outboxQueryString, parseOutboxParams, retryMail } from "@/lib/email/admin";

/**
 * Sends a failed mail again. The outcome comes back in the address as a code
 * (the form needs no JavaScript), on the same filter and page of the list,
 * which the form carries in hidden fields and the list's own parser reads.
 */
export async function retryMailAction(form: FormData): Promise<void> {
  const fields = fieldsOf(form) ?? {};
  const result = await retryMail(fields);
  revalidatePath("/admin/outbox");
  const list = outboxQueryString(parseOutboxParams({ status: fields.status, page: fields.page }));
  const outcome = new URLSearchParams(result?.ok ? { done: "retried" } : { error: "retry" });
  redirect(`/admin/outbox${list ? `${list}&` : "?"}${outcome}`);
}
