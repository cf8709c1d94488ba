/**
 * The second factor's forms, shared by each form (through zodResolver) and
 * its server action or route handler. Safe to import on the client.
 */
import { z } from "@/lib/zod";
import { MAX_PASSWORD_LENGTH, returnToSchema } from "../schemas";

const withoutSpaces = (value: string) => value.replace(/\s/g, "");

/** The code an authenticator app shows now: six digits, spaces forgiven. */
const currentCodeSchema = z
  .string()
  .max(32, "Enter the 6 digits your app shows now.")
  .transform(withoutSpaces)
  .pipe(z.string().min(1, { error: "Enter the 6-digit code your app shows now.", abort: true }).regex(/^\d{6}$/, "Enter the 6 digits your app shows now."));

/** At sign-in: the app's code, or one of the recovery codes (16 letters and digits, dashes forgiven). */
export const signInCodeSchema = z.object({
  code: z
    .string()
    .max(64, "Enter the 6-digit code from your app, or one of your recovery codes.")
    .transform((value) => withoutSpaces(value).replace(/-/g, "").toLowerCase())
    .pipe(
      z
        .string()
        .min(1, { error: "Enter the code from your app, or one of your recovery codes.", abort: true })
        .regex(/^(\d{6}|[0-9a-z]{16})$/, "Enter the 6-digit code from your app, or one of your recovery codes."),
    ),
  returnTo: returnToSchema.optional(),
});

export const enableSecondFactorSchema = z.object({ code: currentCodeSchema });

export const regenerateRecoveryCodesSchema = z.object({ code: currentCodeSchema });

/** Turning the second factor off: the account's password, or the code the app shows now. */
export const disableSecondFactorSchema = z.object({
  confirmation: z
    .string()
    .min(1, "Enter your password, or the code your app shows now.")
    .max(MAX_PASSWORD_LENGTH, "That is too long to be your password."),
});

