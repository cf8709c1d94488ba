"use server";

import { stopFromPage } from "@/lib/http/unsubscribe";
import { resumeReminders, stopReminders } from "@/lib/reminders/opt-out-actions";

/** The button on the page the reminder's link opens: the signed token names the one address it stops reminders to. */
export async function stopRemindersAction(form: FormData): Promise<void> {
  await stopFromPage(form, stopReminders, "/reminders/stop", { done: "stopped", keepToken: true });
}

/** The same page's "Turn them back on", once they are stopped. */
export async function resumeRemindersAction(form: FormData): Promise<void> {
  await stopFromPage(form, resumeReminders, "/reminders/stop", { done: "resumed", keepToken: true });
}
