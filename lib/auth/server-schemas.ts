import "server-only";
import { z } from "@/lib/zod";
import { weakPasswordReason } from "./password-strength";
import { resetPasswordSchema, signUpSchema } from "./schemas";

/**
 * The account forms' rules as the server applies them: the shared schemas
 * (schemas.ts, also run in the browser) plus a check of each new password
 * against lists of breached and common passwords, names and words (NIST SP
 * 800-63B), which is too heavy to ship to the browser. Its reason shows next
 * to the password field.
 */
function refusingWeakPasswords(password: string, knownWords: string[], context: z.core.$RefinementCtx<unknown>): void {
  const reason = weakPasswordReason(password, knownWords);
  if (reason) context.addIssue({ code: "custom", path: ["password"], message: reason });
}

export const signUpServerSchema = signUpSchema.superRefine((input, context) => refusingWeakPasswords(input.password, [input.name, input.email], context));

export const resetPasswordServerSchema = resetPasswordSchema.superRefine((input, context) => refusingWeakPasswords(input.password, [], context));
