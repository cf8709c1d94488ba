"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useRef, useState, type FormEvent } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import type { z } from "@/lib/zod";
import { usePressing } from "./use-pressing";
import { useServerAnswer, type ServerAction } from "./use-server-answer";

/**
 * A form that works with and without JavaScript. Without, it posts to the
 * server action and the answer comes back next to the fields; with, fields
 * are checked as you go with the same zod schema the server parses with, and
 * the server's answer shows until the next submit. The public pages' forms
 * use useCheckedForm instead, which carries no react-hook-form.
 */
export function useActionForm<Schema extends z.ZodType<FieldValues, FieldValues>>(
  schema: Schema,
  action: ServerAction,
  options: { defaultValues?: DefaultValues<z.input<Schema>> } = {},
) {
  const answer = useServerAnswer(action);
  const { state, formAction, pending, kept } = answer;
  const formRef = useRef<HTMLFormElement>(null);
  const pressing = usePressing();
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    // Made once: the form keeps the resolver it was first given.
    resolver: useState<Resolver<z.input<Schema>, unknown, z.output<Schema>>>(() => zodResolver(schema as never) as never)[0],
    mode: "onTouched",
    defaultValues: { ...options.defaultValues, ...kept } as DefaultValues<z.input<Schema>>,
  });

  const errorOf = answer.errorFor(Object.fromEntries(
    Object.entries(form.formState.errors as Record<string, { message?: string } | undefined>).map(([field, error]) => [field, error?.message]),
  ));
  return {
    form,
    state,
    pending,
    kept,
    errorOf,
    register: (field: Path<z.input<Schema>>) => {
      const registered = form.register(field);
      // Checked as it is left, once the press that left it is over (use-pressing.ts).
      return { ...registered, onBlur: async (event: { target: unknown; type: unknown }) => pressing.whenReleased(() => void registered.onBlur(event)) };
    },
    formProps: {
      ref: formRef,
      action: formAction,
      noValidate: true,
      onSubmit: (event: FormEvent<HTMLFormElement>) => {
        answer.submitting();
        // The button pressed names the step when a form has several (its name and value are sent, as without JavaScript).
        const submitter = (event.nativeEvent as SubmitEvent).submitter;
        const pressed = submitter instanceof HTMLButtonElement && submitter.name ? submitter : null;
        form.handleSubmit(() => startTransition(() => formAction(new FormData(formRef.current!, pressed))))(event);
      },
    },
    summaryProps: answer.summaryProps(Object.keys(form.formState.errors), errorOf),
    succeeded: !!state?.ok,
  };
}
