import "server-only";
import { UNREADABLE_FORM } from "./form-data";
import type { FormState, RefusalCode } from "./result";

type Refused = Extract<FormState, { ok: false }>;

/**
 * Each refusal's code, beside the answer rather than in it: the answer is what
 * the form shows (and what goes to the browser), the code what the server
 * branches on.
 */
const refusalCodes = new WeakMap<Refused, RefusalCode>();

/** A refusal, with the code that says why. */
export function withCode(state: Refused, code: RefusalCode): Refused {
  refusalCodes.set(state, code);
  return state;
}

/** The code of a guarded mutation's refusal; null for a success or an answer the guard did not give. */
export function refusalCode(state: FormState | undefined): RefusalCode | null {
  if (!state || state.ok) return null;
  return state === UNREADABLE_FORM ? "unreadable" : (refusalCodes.get(state) ?? null);
}
