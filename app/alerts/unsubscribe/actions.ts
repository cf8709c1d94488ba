"use server";

import { redirect } from "next/navigation";
import { unsubscribeAlert } from "@/lib/alerts/alerts";
import { INVALID_UNSUBSCRIBE_LINK } from "@/lib/alerts/schemas";

/**
 * The button on the unsubscribe page: the signed token names the one saved
 * search it may delete. A refusal of a well-formed link (too many tries from
 * one address) goes back to the page with its button, saying why.
 */
export async function unsubscribeAction(form: FormData): Promise<void> {
  const token = form.get("token");
  const result = await unsubscribeAlert({ token });
  if (result?.ok) redirect("/alerts/unsubscribe?done=1");
  const failed = result && !result.ok && !result.fieldErrors.token && result.message !== INVALID_UNSUBSCRIBE_LINK && typeof token === "string";
  redirect(failed ? `/alerts/unsubscribe?${new URLSearchParams({ token, failed: "1" })}` : "/alerts/unsubscribe");
}
