import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { fieldsOf, UNREADABLE_FORM, withValues } from "./form-data";
import { refusalCode } from "./refusal";
import type { FormState, RefusalCode } from "./result";

type Fields = Record<string, string | string[]>;
/** A path whose pages are rendered again; `layout` takes every page under it too. */
type Revalidation = { path: string; type?: "layout" | "page" };
/** Where a success goes next, and what it renders again on the way. */
type Destination = { redirect: string; revalidate?: Revalidation };
type Success<Result> = Extract<NonNullable<Result>, { ok: true }>;

type Options<Result> = {
  /** Fields sent as lists (repeated checkboxes, multi-selects): see `fieldsOf`. */
  lists?: readonly string[];
  /** Rendered again after every answer, a refusal too: a refused step can mean the page is out of date. */
  revalidate?: Revalidation;
  /** Fields never sent back after a refusal, beyond the secrets `withValues` always keeps back (a honeypot). */
  withhold?: readonly string[];
  /**
   * Where a success goes: ids and slugs from the mutation's own answer, never
   * from what the form sent. Without it, the answer comes back to the form.
   */
  success?: (result: Success<Result>, fields: Fields) => Destination | Promise<Destination>;
};

/**
 * The one adapter between a page's form and a guarded mutation (lib/actions/guard.ts,
 * which parses the shared schema and checks access): it reads the posted form,
 * hands its fields to the mutation, and then either gives a refusal back to the
 * form with what was typed, or renders the changed pages again and redirects.
 * Success is the mutation's `ok: true`, nothing else.
 */
export function formAction<Result extends FormState>(
  mutation: (fields: Fields) => Promise<Result | FormState>,
  options: Options<Result> = {},
): (previous: FormState, form: unknown) => Promise<FormState> {
  return async (_previous, form) => {
    const fields = fieldsOf(form, options.lists);
    if (!fields) return UNREADABLE_FORM;
    const result = await mutation(fields);
    if (options.revalidate) revalidate(options.revalidate);
    if (!result?.ok) {
      const kept = options.withhold ? Object.fromEntries(Object.entries(fields).filter(([name]) => !options.withhold?.includes(name))) : fields;
      return withValues(result, kept);
    }
    if (!options.success) return result;
    go(await options.success(result as Success<Result>, fields));
  };
}

/** Why a plain form's step was refused: the code (lib/actions/result.ts) and the fields it concerns, never the words. */
export type Refusal = { code: RefusalCode; fieldErrors: Record<string, string[] | undefined> };

type AddressOptions<Result> = Pick<Options<Result>, "lists" | "revalidate"> & {
  success: NonNullable<Options<Result>["success"]>;
  /** Where a refusal goes, with a short code the page words; `fields` is empty for a form that could not be read. */
  refused: (refusal: Refusal, fields: Fields) => string;
};

/**
 * The same adapter for a plain form that answers in the address both ways, so
 * it needs no JavaScript (buttons, links from mail): a success goes where
 * `success` says, a refusal where `refused` says from its code. A form that
 * cannot be read never reaches the mutation and is refused as "unreadable".
 */
export function addressAction<Result extends FormState>(
  mutation: (fields: Fields) => Promise<Result | FormState>,
  options: AddressOptions<Result>,
): (form: unknown) => Promise<void> {
  return async (form) => {
    const fields = fieldsOf(form, options.lists);
    const result = fields ? await mutation(fields) : UNREADABLE_FORM;
    if (options.revalidate) revalidate(options.revalidate);
    if (!result?.ok) redirect(options.refused({ code: refusalCode(result) ?? "refused", fieldErrors: result?.fieldErrors ?? {} }, fields ?? {}));
    go(await options.success(result as Success<Result>, fields ?? {}));
  };
}

function go(next: Destination): never {
  if (next.revalidate) revalidate(next.revalidate);
  redirect(next.redirect);
}

function revalidate({ path, type }: Revalidation): void {
  if (type) revalidatePath(path, type);
  else revalidatePath(path);
}

/**
 * One mutation for a form whose buttons name the step (`step` in the form):
 * the step's own mutation, or the unreadable-form answer for a step that
 * does not exist.
 */
export function bySteps<Steps extends Record<string, (fields: Fields) => Promise<FormState>>>(steps: Steps) {
  return async (fields: Fields): Promise<Awaited<ReturnType<Steps[keyof Steps]>> | FormState> => {
    const step = stepOf(steps, fields);
    const run = step ? steps[step] : undefined;
    return run ? ((await run(fields)) as Awaited<ReturnType<Steps[keyof Steps]>>) : UNREADABLE_FORM;
  };
}

/** The step a form's button named, when it is one of `steps`. */
export function stepOf<Steps extends Record<string, unknown>>(steps: Steps, fields: Fields): (keyof Steps & string) | null {
  return typeof fields.step === "string" && Object.hasOwn(steps, fields.step) ? fields.step : null;
}
