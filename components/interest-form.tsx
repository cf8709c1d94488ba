"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { initialFormState, type FormState } from "@/lib/actions/result";
import { interestSchema } from "@/lib/responses/schemas";
import { ErrorSummary, TextAreaField, TextField } from "./form-fields";

type Input = z.input<typeof interestSchema>;
type Output = z.output<typeof interestSchema>;
const FIELDS = ["name", "email", "phone", "availability", "message", "consent"] as const;

/**
 * "I'm interested". With JavaScript the fields are checked as you go with the
 * same schema the server uses; without it the form posts to the same action
 * and the server's answer comes back next to the fields.
 */
export function InterestForm({
  action,
  organizationName,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  organizationName: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  // The server's answer shows until the next submit, so it never sits above newer errors.
  const [dismissed, setDismissed] = useState<FormState>(null);
  const showServerAnswer = state !== dismissed;
  useEffect(() => {
    if (state && !state.ok) summaryRef.current?.focus();
  }, [state]);
  // What the server sends back after a refused post, so a page without JavaScript keeps what was typed.
  const kept = (state && !state.ok ? state.values : undefined) ?? {};
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(interestSchema), mode: "onTouched", defaultValues: kept });
  const serverErrors = showServerAnswer && state && !state.ok ? state.fieldErrors : {};
  const errorOf = (field: (typeof FIELDS)[number]) => form.formState.errors[field]?.message ?? serverErrors[field]?.[0];
  const errors = FIELDS.flatMap((field) => {
    const message = errorOf(field);
    return message ? [{ field, message }] : [];
  });

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      onSubmit={(event) => {
        setDismissed(state);
        form.handleSubmit(() => startTransition(() => formAction(new FormData(formRef.current!))))(event);
      }}
      className="space-y-4"
      aria-labelledby="respond-heading"
    >
      <ErrorSummary
        ref={summaryRef}
        message={showServerAnswer && state && !state.ok ? state.message : errors.length > 0 ? "There is a problem" : undefined}
        errors={errors}
        autoFocus={!!state && !state.ok}
      />

      <TextField id="name" label="Your name" autoComplete="name" error={errorOf("name")} defaultValue={kept.name} {...form.register("name")} />
      <TextField id="email" label="E-mail" type="email" autoComplete="email" spellCheck={false} error={errorOf("email")} defaultValue={kept.email} {...form.register("email")} />
      <TextField id="phone" label="Phone (optional)" type="tel" autoComplete="tel" error={errorOf("phone")} defaultValue={kept.phone} {...form.register("phone")} />
      <TextField
        id="availability"
        label="When are you available? (optional)"
        hint="For example: weekday evenings, Saturdays."
        error={errorOf("availability")}
        defaultValue={kept.availability}
        {...form.register("availability")}
      />
      <TextAreaField
        id="message"
        label="Message (optional)"
        hint="Anything the organization should know."
        rows={4}
        error={errorOf("message")}
        defaultValue={kept.message}
        {...form.register("message")}
      />

      {/* Hidden from people; bots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="leave_blank">Leave this empty</label>
        <input id="leave_blank" tabIndex={-1} autoComplete="off" {...form.register("leave_blank")} />
      </div>

      <div>
        {errorOf("consent") && (
          <p id="consent-error" className="text-sm font-semibold text-red-800">
            <span className="sr-only">Error: </span>
            {errorOf("consent")}
          </p>
        )}
        <label className="flex items-start gap-2 text-sm">
          <input
            id="consent"
            type="checkbox"
            className="mt-1 size-4"
            aria-invalid={!!errorOf("consent")}
            aria-describedby={errorOf("consent") ? "consent-error" : undefined}
            defaultChecked={kept.consent === "on"}
            {...form.register("consent")}
          />
          <span>
            I agree to share my name, e-mail, phone and message with {organizationName}, and only with them.
          </span>
        </label>
      </div>

      <button type="submit" aria-disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 aria-disabled:opacity-60">
        {pending ? "Sending…" : "I’m interested"}
      </button>
    </form>
  );
}
