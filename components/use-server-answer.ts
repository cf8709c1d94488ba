"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/result";

export type ServerAction = (state: FormState, form: FormData) => Promise<FormState>;

/**
 * The half of a form that talks to its server action, shared by both form
 * hooks: the action's state, its refusal until the next submit, what was typed
 * when it refused (so a page without JavaScript keeps it), and the error
 * summary, which takes focus when the server refuses.
 */
export function useServerAnswer(action: ServerAction) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [dismissed, setDismissed] = useState<FormState>(null);
  /** Whether the form has been sent at least once (with JavaScript): the browser's own errors are listed in the summary from then on. */
  const [submitted, setSubmitted] = useState(false);
  const refusal = state !== dismissed && state && !state.ok ? state : null;
  useEffect(() => {
    if (state && !state.ok) summaryRef.current?.focus();
  }, [state]);
  const kept: Record<string, string | string[]> = (state && !state.ok ? state.values : undefined) ?? {};

  /** A field's error: the browser's own check first, then the server's refusal. */
  const errorFor = (clientErrors: Record<string, string | undefined>) => (field: string): string | undefined =>
    clientErrors[field] ?? refusal?.fieldErrors[field]?.[0];

  /**
   * The error summary's props, given the fields the browser found wrong. Those are listed only once
   * the form has been sent (`submitting`): a summary that appeared above the fields as one is left
   * would push the rest of the form down under the pointer, and the box or button being pressed
   * would move away from it. Until then each error shows under its own field.
   */
  const summaryProps = (clientFields: string[], errorOf: (field: string) => string | undefined) => {
    const errors = [...new Set([...(submitted ? clientFields : []), ...Object.keys(refusal?.fieldErrors ?? {})])].flatMap((field) => {
      const message = errorOf(field);
      return message ? [{ field, message }] : [];
    });
    return {
      ref: summaryRef,
      message: refusal ? refusal.message : errors.length > 0 ? "There is a problem" : undefined,
      errors,
      autoFocus: !!state && !state.ok,
    };
  };

  /** The form is being sent: the server's last refusal is set aside until it answers again. */
  const submitting = () => {
    setDismissed(state);
    setSubmitted(true);
  };

  return { state, formAction, pending, kept, errorFor, summaryProps, submitting };
}
