"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "@/lib/zod";
import { signInCodeSchema } from "@/lib/auth/second-factor/schemas";
import { ErrorSummary, TextField } from "./form-fields";
import { useSignInStep } from "./use-sign-in-step";

/** The second step of signing in: the code from the app, or a recovery code. */
export function SecondFactorSignInForm({ returnTo, initialMessage }: { returnTo: string; initialMessage?: string }) {
  const form = useForm<z.input<typeof signInCodeSchema>, unknown, z.output<typeof signInCodeSchema>>({ resolver: zodResolver(signInCodeSchema), mode: "onTouched" });
  const { answer, pending, formProps } = useSignInStep("/signin/code", form.handleSubmit, { initialMessage, afterRefusal: () => form.resetField("code") });
  const error = form.formState.errors.code?.message ?? answer?.fieldErrors?.code?.[0];

  return (
    <form {...formProps} className="space-y-4">
      <ErrorSummary message={answer?.message ?? (error ? "There is a problem" : undefined)} errors={error ? [{ field: "code", message: error }] : []} autoFocus={!!answer} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <TextField
        id="code"
        label="Code"
        hint="The 6 digits your authenticator app shows for this site, or one of your recovery codes."
        autoComplete="one-time-code"
        spellCheck={false}
        autoCapitalize="off"
        error={error}
        {...form.register("code")}
      />
      <button type="submit" className="button" aria-disabled={pending}>
        {pending ? "Checking…" : "Continue"}
      </button>
    </form>
  );
}
