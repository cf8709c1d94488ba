"use server";

import { formAction } from "@/lib/actions/form-action";
import { answerHours } from "@/lib/hours/hours";

/** Confirm or dispute an entry of hours: the mutation reads the viewer and touches only their own. */
export const answerHoursAction = formAction(answerHours, {
  success: (result) => ({ revalidate: { path: "/me/hours" }, redirect: `/me/hours?answered=${result.answer}` }),
});
