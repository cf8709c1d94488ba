"use server";

import { fieldsOf, UNREADABLE_FORM, withValues } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/result";
import { disableSecondFactor, enableSecondFactor, regenerateRecoveryCodes } from "@/lib/accounts/second-factor-actions";

/*
 * No revalidation after turning the second factor on or making new codes: the
 * page keeps the answer, which carries the recovery codes, until the person
 * has read them and moves on.
 */

export async function enableSecondFactorAction(_previous: FormState, form: unknown): Promise<FormState> {
  const fields = fieldsOf(form);
  if (!fields) return UNREADABLE_FORM;
  return withValues(await enableSecondFactor(fields), fields);
}

export async function regenerateRecoveryCodesAction(_previous: FormState, form: unknown): Promise<FormState> {
  const fields = fieldsOf(form);
  if (!fields) return UNREADABLE_FORM;
  return withValues(await regenerateRecoveryCodes(fields), fields);
}

export async function disableSecondFactorAction(_previous: FormState, form: unknown): Promise<FormState> {
  const fields = fieldsOf(form);
  if (!fields) return UNREADABLE_FORM;
  return withValues(await disableSecondFactor(fields), fields);
}
