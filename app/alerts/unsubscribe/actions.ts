"use server";

import { redirect } from "next/navigation";
import { unsubscribeAlert } from "@/lib/alerts/alerts";

/** The button on the unsubscribe page: the signed token names the one saved search it may delete. */
export async function unsubscribeAction(form: FormData): Promise<void> {
  const token = form.get("token");
  const outcome = await unsubscribeAlert(typeof token === "string" ? token : null);
  redirect(outcome === "unsubscribed" ? "/alerts/unsubscribe?done=1" : "/alerts/unsubscribe");
}
