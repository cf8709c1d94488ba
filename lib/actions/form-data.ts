import type { FormState } from "./result";

/** Every field that a form never sends back to the page it came from: passwords, tokens, one-time codes. */
const SECRET_FIELDS = new Set(["password", "token", "code", "confirmation"]);

export const UNREADABLE_FORM: FormState = { ok: false, message: "This form could not be read. Please reload the page and try again.", fieldErrors: {} };

/**
 * A posted form as plain values for a zod schema: one string per field, or a
 * list for the fields named in `lists` (repeated checkboxes, multi-selects).
 * Files are dropped. Anyone can call an action with anything, so a value that
 * is not FormData answers null.
 */
export function fieldsOf(form: unknown, lists: readonly string[] = []): Record<string, string | string[]> | null {
  if (!(form instanceof FormData)) return null;
  const fields: Record<string, string | string[]> = {};
  for (const name of new Set(form.keys())) {
    // NUL characters are dropped by the guard, from every input however it came (lib/actions/guard.ts).
    const values = form.getAll(name).filter((value): value is string => typeof value === "string");
    fields[name] = lists.includes(name) ? values : (values[0] ?? "");
  }
  for (const name of lists) fields[name] ??= [];
  return fields;
}

/** A refused answer with what was typed, so a page without JavaScript shows it again; never a password or a token. */
export function withValues(state: FormState, fields: Record<string, string | string[]>): FormState {
  if (!state || state.ok) return state;
  const values = Object.fromEntries(
    Object.entries(fields).filter(([name]) => !SECRET_FIELDS.has(name)),
  );
  return { ...state, values };
}
