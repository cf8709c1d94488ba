"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "@/lib/zod";
import { signInCodeSchema } from "@/lib/auth/second-factor/schemas";
import { ErrorSummary, TextField } from "./form-fields";

type Answer = { ok: false; message: string; fieldErrors?: Record<string, string[] | undefined>; restart?: string };

/**
 * The second step of signing in: the code from the app, or a recovery code.
 * Posts to the /signin/code handler like the sign-in form posts to
 * /signin/password: with JavaScript it asks for JSON; without, it follows the redirect.
 */
export function SecondFactorSignInForm({ returnTo, initialMessage }: { returnTo: string; initialMessage?: string }) {
  const [answer, setAnswer] = useState<Answer | null>(initialMessage ? { ok: false, message: initialMessage } : null);
  const [pending, setPending] = useState(false);
  const form = useForm<z.input<typeof signInCodeSchema>, unknown, z.output<typeof signInCodeSchema>>({ resolver: zodResolver(signInCodeSchema), mode: "onTouched" });
  const error = form.formState.errors.code?.message ?? answer?.fieldErrors?.code?.[0];

  async function submit(element: HTMLFormElement) {
    setPending(true);
    setAnswer(null);
    try {
      const response = await fetch("/signin/code", { method: "POST", body: new FormData(element), headers: { Accept: "application/json" } });
      const body = (await response.json().catch(() => null)) as ({ ok: true; returnTo: string } | Answer) | null;
      if (body?.ok) {
        window.location.assign(body.returnTo);
        return;
      }
      if (body?.restart) {
        // The challenge is over: back to the password, which says why.
        window.location.assign(body.restart);
        return;
      }
      setAnswer(body ?? { ok: false, message: "Something went wrong on our side. Please try again." });
      form.resetField("code");
    } catch {
      setAnswer({ ok: false, message: "We could not reach the site. Check your connection and try again." });
    }
    setPending(false);
  }

  return (
    <form
      method="post"
      action="/signin/code"
      noValidate
      onSubmit={(event) => {
        const element = event.currentTarget;
        form.handleSubmit(() => submit(element))(event);
      }}
      className="space-y-4"
    >
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
