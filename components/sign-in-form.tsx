"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { signInSchema } from "@/lib/auth/schemas";
import { ErrorSummary, TextField } from "./form-fields";
import { useSignInStep } from "./use-sign-in-step";

/** The first step of signing in: the password. */
export function SignInForm({ returnTo, initialMessage }: { returnTo: string; initialMessage?: string }) {
  const form = useForm<z.input<typeof signInSchema>, unknown, z.output<typeof signInSchema>>({ resolver: zodResolver(signInSchema), mode: "onTouched" });
  const { answer, pending, formProps } = useSignInStep("/signin/password", form.handleSubmit, { initialMessage });
  const errorOf = (field: "email" | "password") => form.formState.errors[field]?.message ?? answer?.fieldErrors?.[field]?.[0];
  const errors = (["email", "password"] as const).flatMap((field) => (errorOf(field) ? [{ field, message: errorOf(field)! }] : []));

  return (
    <form {...formProps} className="space-y-4">
      <ErrorSummary message={answer?.message ?? (errors.length > 0 ? "There is a problem" : undefined)} errors={errors} autoFocus={!!answer} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <TextField id="email" label="E-mail" type="email" autoComplete="email" spellCheck={false} error={errorOf("email")} {...form.register("email")} />
      <TextField id="password" label="Password" type="password" autoComplete="current-password" error={errorOf("password")} {...form.register("password")} />
      <button type="submit" className="button" aria-disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
