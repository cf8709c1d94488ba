"use server";

import { redirect } from "next/navigation";
import { fieldsOf } from "@/lib/actions/form-data";
import { confirmEmail } from "@/lib/accounts/accounts";
import { returnToSchema } from "@/lib/auth/schemas";
import { AFTER_SIGN_IN } from "@/lib/auth/places";

/**
 * A button, not the link itself, confirms: mail scanners that open links must
 * not use the single-use token. A wrong password sends the person back to the
 * same link with the reason; a used or expired link says so.
 */
export async function confirmEmailAction(form: FormData): Promise<void> {
  const fields = fieldsOf(form) ?? {};
  const result = await confirmEmail(fields);
  const returnTo = returnToSchema.parse(fields.returnTo ?? AFTER_SIGN_IN);
  if (result?.ok) redirect(`/signin?${new URLSearchParams({ notice: "confirmed", returnTo })}`);
  if (result && !result.ok && result.fieldErrors.password && typeof fields.token === "string") {
    redirect(`/confirm-email?${new URLSearchParams({ token: fields.token, error: "password", ...(returnTo !== AFTER_SIGN_IN ? { returnTo } : {}) })}`);
  }
  redirect("/confirm-email?failed=1");
}
