/** The volunteer's own forms. Safe to import on the client. */
import { z } from "@/lib/zod";
import { MAX_PASSWORD_LENGTH } from "@/lib/auth/schemas";

export const deleteAccountSchema = z.object({
  password: z.string().min(1, "Enter your password to confirm.").max(MAX_PASSWORD_LENGTH, "That password is too long."),
});
