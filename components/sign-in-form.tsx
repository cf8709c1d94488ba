"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { signInSchema } from "@/lib/auth/schemas";
import { ErrorSummary, TextField } from "./form-fields";

type Answer = { ok: false; message: string; fieldErrors?: Record<string, string[] | undefined> };

/**
 * Sign-in posts to a route handler rather than a server action, so that too
 * many attempts can answer 429 with Retry-After. Without JavaScript the form
 * posts there directly and follows its redirect.
 */
export function SignInForm({ returnTo, initialMessage }: { returnTo: string; initialMessage?: string }) {
  const [answer, setAnswer] = useState<Answer | null>(initialMessage ? { ok: false, message: initialMessage } : null);
  const [pending, setPending] = useState(false);
  const form = useForm<z.input<typeof signInSchema>, unknown, z.output<typeof signInSchema>>({ resolver: zodResolver(signInSchema), mode: "onTouched" });
  const errorOf = (field: "email" | "password") => form.formState.errors[field]?.message ?? answer?.fieldErrors?.[field]?.[0];
  const errors = (["email", "password"] as const).flatMap((field) => (errorOf(field) ? [{ field, message: errorOf(field)! }] : []));

  async function submit(element: HTMLFormElement) {
    setPending(true);
    setAnswer(null);
    try {
      const response = await fetch("/signin/password", { method: "POST", body: new FormData(element), headers: { Accept: "application/json" } });
      const body = (await response.json().catch(() => null)) as ({ ok: true; returnTo: string } | Answer) | null;
      if (body?.ok) {
        // A full load, so the header and every server component see the new session.
        window.location.assign(body.returnTo);
        return;
      }
      setAnswer(body ?? { ok: false, message: "Something went wrong on our side. Please try again." });
    } catch {
      setAnswer({ ok: false, message: "We could not reach the site. Check your connection and try again." });
    }
    setPending(false);
  }

  return (
    <form
      method="post"
      action="/signin/password"
      noValidate
      onSubmit={(event) => {
        const element = event.currentTarget;
        form.handleSubmit(() => submit(element))(event);
      }}
      className="space-y-4"
    >
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
