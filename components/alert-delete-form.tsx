"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/result";

/** The delete button of one saved search. Works without JavaScript: the page comes back with the answer. */
export function AlertDeleteForm({
  action,
  alertId,
  description,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  alertId: number;
  description: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction}>
      {state && !state.ok && (
        <p role="alert" className="mb-2 text-sm font-semibold text-red-800">
          {state.message}
        </p>
      )}
      <input type="hidden" name="alertId" value={alertId} />
      <button type="submit" className="button-secondary" aria-disabled={pending}>
        {pending ? "Deleting…" : "Delete"}
        <span className="sr-only"> the alert for {description}</span>
      </button>
    </form>
  );
}
