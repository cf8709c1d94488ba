"use server";

import { redirect } from "next/navigation";
import { stopReminders } from "@/lib/reminders/opt-out-actions";
import { INVALID_STOP_LINK } from "@/lib/reminders/schemas";

/** The button on the page the reminder's link opens. A refusal of a well-formed link (too many tries) goes back to the button, saying why. */
export async function stopRemindersAction(form: FormData): Promise<void> {
  const token = form.get("token");
  const result = await stopReminders({ token });
  if (result?.ok) redirect("/reminders/stop?done=1");
  const failed = result && !result.ok && !result.fieldErrors.token && result.message !== INVALID_STOP_LINK && typeof token === "string";
  redirect(failed ? `/reminders/stop?${new URLSearchParams({ token, failed: "1" })}` : "/reminders/stop");
}
