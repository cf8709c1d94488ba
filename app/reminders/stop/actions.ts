"use server";

import { stopFromPage } from "@/lib/http/unsubscribe";
import { stopReminders } from "@/lib/reminders/opt-out-actions";

/** The button on the page the reminder's link opens: the signed token names the one address it stops reminders to. */
export async function stopRemindersAction(form: FormData): Promise<void> {
  await stopFromPage(form, stopReminders, "/reminders/stop");
}
