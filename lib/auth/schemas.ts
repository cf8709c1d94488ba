/**
 * The account forms' rules, shared by each form (through zodResolver) and its
 * server action or route handler. Passwords follow NIST SP 800-63B: at least
 * 8 characters, long ones welcome, any characters, paste allowed, the most
 * common refused. Safe to import on the client.
 */
import { z } from "@/lib/zod";
import { plainText } from "@/lib/forms/schema-parts";
import { isCommonPassword } from "./common-passwords";
import { AFTER_SIGN_IN } from "./places";

export const MIN_PASSWORD_LENGTH = 8;
/** Long enough for any passphrase; the cap only stops absurd posts. */
export const MAX_PASSWORD_LENGTH = 256;

export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`)
  .refine((password) => !isCommonPassword(password), "This password is too common. Choose one that is harder to guess.");

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter your e-mail address.")
  .max(254, "That e-mail address is too long.")
  .pipe(z.email("Enter an e-mail address like name@example.org."));

/**
 * Where to go after signing in: a path on this site only, never another host.
 * Browsers drop tabs and newlines from addresses and read "\\" as "/", so
 * "/\t/evil.example" would leave the site: no whitespace, control character
 * or backslash is accepted anywhere, and the path must read back unchanged.
 */
export const returnToSchema = z
  .string()
  .max(500)
  .refine((path) => /^\/(?!\/)[^\s\\\u0000-\u001f\u007f]*$/.test(path) && isSamePath(path), "Not a path on this site.")
  .catch(AFTER_SIGN_IN);

function isSamePath(path: string): boolean {
  try {
    const url = new URL(path, "http://site.invalid");
    return url.origin === "http://site.invalid" && `${url.pathname}${url.search}${url.hash}` === path;
  } catch {
    return false;
  }
}

export const signInSchema = z.object({
  email: emailSchema,
  // Not the new-password rules: an old password that no longer meets them must still sign in.
  password: z.string().min(1, "Enter your password.").max(MAX_PASSWORD_LENGTH, "That password is too long."),
  returnTo: returnToSchema.optional(),
});

export const signUpSchema = z.object({
  name: plainText("one line").min(1, "Enter your name.").max(100, "Use at most 100 characters."),
  email: emailSchema,
  password: newPasswordSchema,
  returnTo: returnToSchema.optional(),
});

export const requestResetSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z.object({
  token: z.string().min(1).max(100),
  password: newPasswordSchema,
});

export const confirmEmailSchema = z.object({
  token: z.string().min(1).max(100),
  password: z.string().min(1, "Enter the password you chose.").max(MAX_PASSWORD_LENGTH, "That password is too long."),
});

