"use client";

import type { FormState } from "@/lib/actions/result";
import { MIN_PASSWORD_LENGTH, requestResetSchema, resetPasswordSchema } from "@/lib/auth/schemas";
import { ErrorSummary, TextField } from "./form-fields";
import { useActionForm } from "./use-action-form";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

export function RequestResetForm({ action }: { action: Action }) {
  const { formProps, summaryProps, errorOf, register, kept, pending } = useActionForm(requestResetSchema, action);
  return (
    <form {...formProps} className="space-y-4">
      <ErrorSummary {...summaryProps} />
      <TextField id="email" label="E-mail" type="email" autoComplete="email" spellCheck={false} error={errorOf("email")} defaultValue={kept.email} {...register("email")} />
      <button type="submit" className="button" aria-disabled={pending}>
        {pending ? "Sending…" : "Send me a link"}
      </button>
    </form>
  );
}

export function ResetPasswordForm({ action, token }: { action: Action; token: string }) {
  const { formProps, summaryProps, errorOf, register, pending } = useActionForm(resetPasswordSchema, action, { defaultValues: { token } });
  return (
    <form {...formProps} className="space-y-4">
      <ErrorSummary {...summaryProps} />
      <input type="hidden" defaultValue={token} {...register("token")} />
      <TextField
        id="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        error={errorOf("password")}
        {...register("password")}
      />
      <button type="submit" className="button" aria-disabled={pending}>
        {pending ? "Saving…" : "Save new password"}
      </button>
    </form>
  );
}
