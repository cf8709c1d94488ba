"use client";

import type { FormState } from "@/lib/actions/result";
import { deleteAccountSchema } from "@/lib/volunteers/schemas";
import { ErrorSummary, TextField } from "./form-fields";
import { useActionForm } from "./use-action-form";

export function DeleteAccountForm({ action }: { action: (state: FormState, form: FormData) => Promise<FormState> }) {
  const { formProps, summaryProps, errorOf, register, pending } = useActionForm(deleteAccountSchema, action);
  return (
    <form {...formProps} className="space-y-4">
      <ErrorSummary {...summaryProps} />
      <TextField id="password" type="password" autoComplete="current-password" label="Your password, to confirm" error={errorOf("password")} {...register("password")} />
      <button type="submit" className="button-danger" aria-disabled={pending}>
        {pending ? "Deleting…" : "Delete my account for good"}
      </button>
    </form>
  );
}
