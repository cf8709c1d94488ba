"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { fieldsOf } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/result";
import { idSchema } from "@/lib/forms/schema-parts";
import { changeUserRole, disableUser, enableUser } from "@/lib/users/admin";
import { USER_ADMIN_REFUSALS, type UserAdminRefusal } from "@/lib/users/schemas";

/*
 * The account page's three forms. Each outcome comes back in the address as
 * a code, so the forms work without JavaScript and nothing typed is echoed in it.
 */

export async function changeRoleAction(form: FormData): Promise<void> {
  await decide(form, "role", changeUserRole);
}

export async function disableUserAction(form: FormData): Promise<void> {
  await decide(form, "disable", disableUser);
}

export async function enableUserAction(form: FormData): Promise<void> {
  await decide(form, "enable", enableUser);
}

type Form = "role" | "disable" | "enable";
const DONE: Record<Form, string> = { role: "role", disable: "disabled", enable: "enabled" };

async function decide(form: FormData, name: Form, mutation: (raw: unknown) => Promise<FormState>): Promise<never> {
  const fields = fieldsOf(form) ?? {};
  const result = await mutation(fields);
  const userId = idSchema.safeParse(fields.userId);
  // Without a readable id there is no account page to return to.
  if (!userId.success) redirect(`/admin/users?${new URLSearchParams({ error: "failed" })}`);
  const page = `/admin/users/${userId.data}`;
  revalidatePath("/admin/users");
  revalidatePath(page);
  if (!result?.ok) redirect(`${page}?${new URLSearchParams({ error: errorCode(result), form: name })}#${name}-form`);
  redirect(`${page}?${new URLSearchParams({ done: DONE[name] })}`);
}

/** The code for the page: the field that was wrong, the known refusal, or "failed" for anything else. */
function errorCode(result: FormState): string {
  if (!result || result.ok) return "failed";
  if (result.fieldErrors.reason) return "reason";
  if (result.fieldErrors.role) return "role";
  const refusal = (Object.keys(USER_ADMIN_REFUSALS) as UserAdminRefusal[]).find((code) => USER_ADMIN_REFUSALS[code] === result.message);
  return refusal ?? "failed";
}
