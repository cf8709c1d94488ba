"use server";

import { redirect } from "next/navigation";
import { fieldsOf } from "@/lib/actions/form-data";
import { confirmEmail } from "@/lib/auth/accounts";
import { returnToSchema } from "@/lib/auth/schemas";

/** A button, not the link itself, confirms: mail scanners that open links must not use the single-use token. */
export async function confirmEmailAction(form: FormData): Promise<void> {
  const fields = fieldsOf(form) ?? {};
  const result = await confirmEmail(fields);
  const returnTo = returnToSchema.parse(fields.returnTo ?? "/dashboard");
  redirect(result?.ok ? `/signin?${new URLSearchParams({ notice: "confirmed", returnTo })}` : "/confirm-email?failed=1");
}
