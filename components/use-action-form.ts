"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import type { z } from "@/lib/zod";
import { initialFormState, type FormState } from "@/lib/actions/result";

type ServerAction = (state: FormState, form: FormData) => Promise<FormState>;

/**
 * The form's schema, or a function that loads it. A public page loads it the
 * first time a field is checked, so zod is not part of the JavaScript every
 * visitor downloads before the page responds (the server checks every post
 * with the same schema either way).
 */
type SchemaSource<Schema> = Schema | (() => Promise<Schema>);

function resolverFor<Schema extends z.ZodType<FieldValues, FieldValues>>(source: SchemaSource<Schema>): Resolver<z.input<Schema>, unknown, z.output<Schema>> {
  if (typeof source !== "function") return zodResolver(source as never) as never;
  let loaded: Resolver<z.input<Schema>, unknown, z.output<Schema>> | undefined;
  return async (values, context, options) => {
    loaded ??= zodResolver((await source()) as never) as never;
    return loaded!(values, context, options);
  };
}

/**
 * A form that works with and without JavaScript. Without, it posts to the
 * server action and the answer comes back next to the fields; with, fields
 * are checked as you go with the same zod schema the server parses with, and
 * the server's answer shows until the next submit.
 */
export function useActionForm<Schema extends z.ZodType<FieldValues, FieldValues>>(
  schema: SchemaSource<Schema>,
  action: ServerAction,
  options: { defaultValues?: DefaultValues<z.input<Schema>> } = {},
) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [dismissed, setDismissed] = useState<FormState>(null);
  const serverAnswer = state !== dismissed && state && !state.ok ? state : null;
  useEffect(() => {
    if (state && !state.ok) summaryRef.current?.focus();
  }, [state]);
  // What the server sends back after a refused post, so a page without JavaScript keeps what was typed.
  const kept: Record<string, string | string[]> = (state && !state.ok ? state.values : undefined) ?? {};
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    // Made once: the form keeps the resolver it was first given.
    resolver: useState(() => resolverFor(schema))[0],
    mode: "onTouched",
    defaultValues: { ...options.defaultValues, ...kept } as DefaultValues<z.input<Schema>>,
  });

  const errorOf = (field: string): string | undefined => {
    const clientError = (form.formState.errors as Record<string, { message?: string } | undefined>)[field]?.message;
    return clientError ?? serverAnswer?.fieldErrors[field]?.[0];
  };
  const fieldNames = new Set([...Object.keys(form.formState.errors), ...Object.keys(serverAnswer?.fieldErrors ?? {})]);
  const errors = [...fieldNames].flatMap((field) => {
    const message = errorOf(field);
    return message ? [{ field, message }] : [];
  });

  return {
    form,
    state,
    pending,
    kept,
    errorOf,
    register: (field: Path<z.input<Schema>>) => form.register(field),
    formProps: {
      ref: formRef,
      action: formAction,
      noValidate: true,
      onSubmit: (event: FormEvent<HTMLFormElement>) => {
        setDismissed(state);
        // The button pressed names the step when a form has several (its name and value are sent, as without JavaScript).
        const submitter = (event.nativeEvent as SubmitEvent).submitter;
        const pressed = submitter instanceof HTMLButtonElement && submitter.name ? submitter : null;
        form.handleSubmit(() => startTransition(() => formAction(new FormData(formRef.current!, pressed))))(event);
      },
    },
    summaryProps: {
      ref: summaryRef,
      message: serverAnswer ? serverAnswer.message : errors.length > 0 ? "There is a problem" : undefined,
      errors,
      autoFocus: !!state && !state.ok,
    },
    succeeded: !!state?.ok,
  };
}
