"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { fieldsOf, UNREADABLE_FORM, withValues } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/result";
import { changeUserRole, disableUser, enableUser } from "@/lib/users/admin";

const STEPS = { role: changeUserRole, disable: disableUser, enable: enableUser } as const;
const DONE: Record<keyof typeof STEPS, string> = { role: "role", disable: "disabled", enable: "enabled" };

/**
 * The account page's three forms: the button names the step. A refusal comes
 * back to the form, next to its field and with what was typed; success goes
 * back to the account page with a code for its message.
 */
export async function userStepAction(_state: FormState, form: FormData): Promise<FormState> {
  const fields = fieldsOf(form);
  const step = fields && typeof fields.step === "string" && Object.hasOwn(STEPS, fields.step) ? (fields.step as keyof typeof STEPS) : null;
  if (!fields || !step) return UNREADABLE_FORM;
  const result = await STEPS[step](fields);
  revalidatePath("/admin/users", "layout");
  if (!result?.ok) return withValues(result, fields);
  const userId = "userId" in result ? result.userId : "";
  redirect(`/admin/users/${userId}?${new URLSearchParams({ done: DONE[step] })}`);
}
