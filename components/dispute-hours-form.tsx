"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/result";

/**
 * "This is not right": the volunteer disputes an entry of hours with a note
 * for the organization. Behind a disclosure, so the list stays short; the
 * server checks the note and answers beside it. Works without JavaScript.
 */
export function DisputeHoursForm({ action, hoursId }: { action: (state: FormState, form: FormData) => Promise<FormState>; hoursId: number }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const error = state && !state.ok ? (state.fieldErrors.note?.[0] ?? state.message) : undefined;
  const field = `dispute-note-${hoursId}`;
  return (
    <details className="text-sm" open={!!error}>
      <summary className="cursor-pointer font-semibold text-brand-800">This is not right</summary>
      <form action={formAction} className="mt-2 space-y-2">
        <input type="hidden" name="hoursId" value={hoursId} />
        <input type="hidden" name="answer" value="dispute" />
        <label htmlFor={field} className="block font-semibold">
          What is wrong?
        </label>
        {error && (
          <p id={`${field}-error`} className="font-semibold text-red-800" role="alert">
            <span className="sr-only">Error: </span>
            {error}
          </p>
        )}
        <textarea
          id={field}
          name="note"
          rows={3}
          maxLength={500}
          aria-invalid={!!error}
          aria-describedby={error ? `${field}-error` : undefined}
          className="block w-full rounded border border-slate-500 px-3 py-2"
        />
        <button type="submit" className="button-secondary" aria-disabled={pending}>
          {pending ? "Sending…" : "Dispute these hours"}
        </button>
      </form>
    </details>
  );
}
