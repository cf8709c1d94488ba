"use server";

import { redirect } from "next/navigation";
import { fieldsOf } from "@/lib/actions/form-data";
import { confirmEmail } from "@/lib/auth/accounts";

/** A button, not the link itself, confirms: mail scanners that open links must not use the single-use token. */
export async function confirmEmailAction(form: FormData): Promise<void> {
  const result = await confirmEmail(fieldsOf(form) ?? {});
  redirect(result?.ok ? "/signin?notice=confirmed" : "/confirm-email?failed=1");
}
