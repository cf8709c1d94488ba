"use server";

import { unsubscribeAlert } from "@/lib/alerts/alerts";
import { stopFromPage } from "@/lib/http/unsubscribe";

/** The button on the unsubscribe page: the signed token names the one saved search it may delete. */
export async function unsubscribeAction(form: FormData): Promise<void> {
  await stopFromPage(form, unsubscribeAlert, "/alerts/unsubscribe");
}
