"use client";

import { startTransition, useRef, useState, type FormEvent } from "react";
import type { z } from "@/lib/zod";
import { usePressing } from "./use-pressing";
import { useServerAnswer, type ServerAction } from "./use-server-answer";

/** What a public form checks with: the server's own schema, and how the server reads the posted form into its input. */
export type FormCheck = { schema: z.ZodType; fromForm?: (form: FormData) => Record<string, unknown> };

/** The posted form as the server's action reads it by default: one string per field. */
function plainFields(form: FormData): Record<string, unknown> {
  return Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === "string"));
}

/**
 * The public pages' forms ("I'm interested", "Report this listing"): the same
 * promise as useActionForm, written without react-hook-form, which would be
 * most of a posting page's JavaScript. Without JavaScript the form posts to
 * its action and the answer comes back next to the fields. With it, a field is
 * checked when it is left and then as it changes, and the whole form before it
 * is sent, with the schema the server parses with, loaded the first time a
 * field is checked.
 */
export function useCheckedForm(load: () => Promise<FormCheck>, action: ServerAction) {
  const answer = useServerAnswer(action);
  const formRef = useRef<HTMLFormElement>(null);
  const check = useRef<Promise<FormCheck> | null>(null);
  /** The fields left at least once (all of them after a first try): each is checked as it changes. A ref, since a check waiting for a press to end reads it later. */
  const touched = useRef<ReadonlySet<string>>(new Set());
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [values, setValues] = useState<Record<string, string>>({});
  const pressing = usePressing();

  /** Every field the schema refuses, with its first message, in the schema's order. */
  async function findErrors(form: FormData): Promise<Record<string, string>> {
    const { schema, fromForm = plainFields } = await (check.current ??= load());
    const result = schema.safeParse(fromForm(form));
    const errors: Record<string, string> = {};
    for (const issue of result.error?.issues ?? []) errors[String(issue.path[0] ?? "")] ??= issue.message;
    return errors;
  }

  async function recheck() {
    const errors = await findErrors(new FormData(formRef.current!));
    setClientErrors(Object.fromEntries(Object.entries(errors).filter(([field]) => touched.current.has(field))));
  }

  const errorOf = answer.errorFor(clientErrors);

  return {
    pending: answer.pending,
    kept: answer.kept,
    errorOf,
    /** What a field holds now, for a count under it. */
    valueOf: (field: string): string | undefined => values[field],
    register: (field: string) => ({
      name: field,
      onBlur: () => {
        touched.current = new Set(touched.current).add(field);
        // A field left by pressing something else: its error shows once the press is over, since
        // the line it adds would move what is being pressed out from under the pointer.
        pressing.whenReleased(() => void recheck());
      },
      onChange: (event: { target: { value: string } }) => {
        setValues((before) => ({ ...before, [field]: event.target.value }));
        if (touched.current.has(field)) void recheck();
      },
    }),
    formProps: {
      ref: formRef,
      action: answer.formAction,
      noValidate: true,
      onSubmit: (event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        answer.submitting();
        const form = event.currentTarget;
        // The button pressed is sent with its name and value, as without JavaScript.
        const submitter = (event.nativeEvent as SubmitEvent).submitter;
        const posted = new FormData(form, submitter instanceof HTMLButtonElement && submitter.name ? submitter : null);
        void findErrors(posted).then((errors) => {
          const fields = Object.keys(errors);
          // After a first try every field is checked as it changes.
          const names = [...form.elements].flatMap((element) => ("name" in element && typeof element.name === "string" && element.name ? [element.name] : []));
          touched.current = new Set([...touched.current, ...names]);
          setClientErrors(errors);
          if (fields.length > 0) form.querySelector<HTMLElement>(`[name="${CSS.escape(fields[0]!)}"]`)?.focus();
          else startTransition(() => answer.formAction(posted));
        });
      },
    },
    summaryProps: answer.summaryProps(Object.keys(clientErrors), errorOf),
  };
}
