"use client";

import type { FormState } from "@/lib/actions/result";
import { INTEREST_MESSAGE_MAX } from "@/lib/responses/limits";
import { CharactersLeft } from "./characters-left";
import { ErrorSummary, TextAreaField, TextField } from "./form-fields";
import { useCheckedForm } from "./use-checked-form";

/** Loaded when a field is first checked: the server's schema, and how the server reads the form. */
const loadInterestCheck = () =>
  import("@/lib/responses/schemas").then((module) => ({ schema: module.interestSchema, fromForm: module.interestFromFormData }));

/** A preview's form has nowhere to send to: its fields are disabled, and this answers nothing if it were sent. */
const sendsNothing = async (state: FormState) => state;

/**
 * "I'm interested". With JavaScript the fields are checked as you go with the
 * same schema the server uses; without it the form posts to the same action
 * and the server's answer comes back next to the fields.
 */
export function InterestForm({
  action = sendsNothing,
  organizationName,
  known = {},
  preview = false,
}: {
  action?: (state: FormState, form: FormData) => Promise<FormState>;
  organizationName: string;
  /** What the signed-in volunteer's account already knows, to fill the form with. */
  known?: { name?: string; email?: string; phone?: string };
  /** A coordinator's preview of the posting: every field shown as volunteers see it, none usable. */
  preview?: boolean;
}) {
  const { formProps, summaryProps, errorOf, register, valueOf, kept, pending } = useCheckedForm(loadInterestCheck, action);

  return (
    <form {...formProps} aria-labelledby="respond-heading">
      <fieldset disabled={preview} className="space-y-4">
      <ErrorSummary {...summaryProps} />

      <TextField id="name" label="Your name" autoComplete="name" error={errorOf("name")} defaultValue={kept.name ?? known.name} {...register("name")} />
      <TextField id="email" label="E-mail" type="email" autoComplete="email" spellCheck={false} error={errorOf("email")} defaultValue={kept.email ?? known.email} {...register("email")} />
      <TextField id="phone" label="Phone (optional)" type="tel" autoComplete="tel" error={errorOf("phone")} defaultValue={kept.phone ?? known.phone} {...register("phone")} />
      <TextField
        id="availability"
        label="When are you available? (optional)"
        hint="For example: weekday evenings, Saturdays."
        error={errorOf("availability")}
        defaultValue={kept.availability}
        {...register("availability")}
      />
      <TextAreaField
        id="message"
        label="Message (optional)"
        hint="Anything the organization should know, up to 2,000 characters."
        rows={4}
        error={errorOf("message")}
        defaultValue={kept.message}
        {...register("message")}
      />
      <CharactersLeft id="message-left" value={valueOf("message") ?? (typeof kept.message === "string" ? kept.message : undefined)} max={INTEREST_MESSAGE_MAX} />

      {/* Hidden from people; bots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="leave_blank">Leave this empty</label>
        <input id="leave_blank" tabIndex={-1} autoComplete="off" {...register("leave_blank")} />
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
            {...register("consent")}
          />
          <span>
            I agree to share my name, e-mail, phone and message with {organizationName}, and only with them.
          </span>
        </label>
      </div>

      {preview && (
        <p role="note" className="text-sm font-semibold">
          This is a preview: the form is shown as volunteers will see it, and cannot be sent from here.
        </p>
      )}
      <button
        type="submit"
        aria-disabled={pending}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:bg-slate-600 disabled:hover:bg-slate-600 aria-disabled:opacity-60"
      >
        {pending ? "Sending…" : "I’m interested"}
      </button>
      </fieldset>
    </form>
  );
}
