"use client";

import type { FormState } from "@/lib/actions/result";
import { MIN_PASSWORD_LENGTH, signUpSchema } from "@/lib/auth/schemas";
import { ErrorSummary, TextField } from "./form-fields";
import { useActionForm } from "./use-action-form";

export function SignUpForm({ action, returnTo }: { action: (state: FormState, form: FormData) => Promise<FormState>; returnTo: string }) {
  const { formProps, summaryProps, errorOf, register, kept, pending } = useActionForm(signUpSchema, action, { defaultValues: { returnTo } });
  return (
    <form {...formProps} className="space-y-4">
      <ErrorSummary {...summaryProps} />
      <input type="hidden" defaultValue={returnTo} {...register("returnTo")} />
      <TextField id="name" label="Your name" autoComplete="name" error={errorOf("name")} defaultValue={kept.name} {...register("name")} />
      <TextField id="email" label="E-mail" type="email" autoComplete="email" spellCheck={false} error={errorOf("email")} defaultValue={kept.email} {...register("email")} />
      <TextField
        id="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a strong password that is easy to remember.`}
        error={errorOf("password")}
        {...register("password")}
      />
      <button type="submit" className="button" aria-disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
    </form>
  );
}
