"use server";

import { addressAction } from "@/lib/actions/form-action";
import { confirmEmail } from "@/lib/accounts/accounts";
import { returnToSchema } from "@/lib/auth/schemas";
import { AFTER_SIGN_IN } from "@/lib/auth/places";

const returnToOf = (fields: Record<string, string | string[]>) => returnToSchema.parse(fields.returnTo ?? AFTER_SIGN_IN);

/**
 * A button, not the link itself, confirms: mail scanners that open links must
 * not use the single-use token. A wrong password sends the person back to the
 * same link with the reason; a used or expired link says so.
 */
export const confirmEmailAction = addressAction(confirmEmail, {
  success: (_result, fields) => ({ redirect: `/signin?${new URLSearchParams({ notice: "confirmed", returnTo: returnToOf(fields) })}` }),
  refused: ({ fieldErrors }, fields) => {
    const returnTo = returnToOf(fields);
    if (!fieldErrors.password || typeof fields.token !== "string") return "/confirm-email?failed=1";
    return `/confirm-email?${new URLSearchParams({ token: fields.token, error: "password", ...(returnTo !== AFTER_SIGN_IN ? { returnTo } : {}) })}`;
  },
});
