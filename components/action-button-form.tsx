"use client";

import { useActionState, type ReactNode } from "react";
import { initialFormState, type FormState } from "@/lib/actions/result";

/**
 * One button that posts a few hidden ids: withdraw an invitation, remove a
 * member, leave, accept, withdraw a response, delete an alert. A refusal
 * shows the server's sentence beside the button. Works without JavaScript:
 * the page comes back with the answer.
 */
export function ActionButtonForm({
  action,
  fields,
  className = "button",
  pendingLabel,
  children,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  fields: Record<string, string | number>;
  className?: "button" | "button-secondary" | "button-danger";
  pendingLabel: string;
  children: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction}>
      {state && !state.ok && (
        <p role="alert" className="mb-2 text-sm font-semibold text-red-800">
          {state.message}
        </p>
      )}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={className} aria-disabled={pending}>
        {pending ? pendingLabel : children}
      </button>
    </form>
  );
}
