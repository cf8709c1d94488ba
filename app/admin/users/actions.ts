"use server";

import { bySteps, formAction, stepOf } from "@/lib/actions/form-action";
import { changeUserRole, disableUser, enableUser } from "@/lib/users/admin";

const STEPS = { role: changeUserRole, disable: disableUser, enable: enableUser } as const;
const DONE: Record<keyof typeof STEPS, string> = { role: "role", disable: "disabled", enable: "enabled" };

/**
 * The account page's three forms: the button names the step. A refusal comes
 * back to the form, next to its field and with what was typed; success goes
 * back to the account page with a code for its message.
 */
export const userStepAction = formAction(bySteps(STEPS), {
  revalidate: { path: "/admin/users", type: "layout" },
  success: (result, fields) => ({ redirect: `/admin/users/${result.userId}?${new URLSearchParams({ done: DONE[stepOf(STEPS, fields) ?? "role"] })}` }),
});
