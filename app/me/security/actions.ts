"use server";

import { formAction } from "@/lib/actions/form-action";
import { disableSecondFactor, enableSecondFactor, regenerateRecoveryCodes } from "@/lib/accounts/second-factor-actions";

/*
 * No revalidation after turning the second factor on or making new codes: the
 * page keeps the answer, which carries the recovery codes, until the person
 * has read them and moves on.
 */

export const enableSecondFactorAction = formAction(enableSecondFactor);

export const regenerateRecoveryCodesAction = formAction(regenerateRecoveryCodes);

export const disableSecondFactorAction = formAction(disableSecondFactor);
