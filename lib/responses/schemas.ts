/**
 * The "I'm interested" form: one schema for the browser (react-hook-form +
 * zodResolver) and the server action. Safe to import on the client.
 */
import { z } from "@/lib/zod";
import { optionalPhone, optionalText } from "@/lib/forms/schema-parts";

import { INTEREST_MESSAGE_MAX } from "./limits";

export const interestSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Enter your name.")
    .max(100, "Your name can be at most 100 characters.")
    .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), "Your name must fit on one line."),
  email: z
    .string()
    .trim()
    .min(1, "Enter your e-mail address.")
    .max(254, "That e-mail address is too long.")
    .pipe(z.email("Enter an e-mail address like name@example.org.")),
  phone: optionalPhone,
  message: optionalText(INTEREST_MESSAGE_MAX, "Your message can be at most 2,000 characters.", "several lines"),
  availability: optionalText(500, "Availability can be at most 500 characters.", "one line"),
  consent: z.literal(true, { error: "Tick the box to share your details with this organization." }),
  /** A field people never see; bots fill it in. */
  leave_blank: z.string().max(200).optional(),
});

/** The posted fields → the schema's input, as the server reads them: the consent checkbox arrives as "on" or not at all. */
export function interestFromFields(fields: Record<string, unknown>): Record<string, unknown> {
  return { ...fields, consent: fields.consent === "on" || fields.consent === "true" };
}

/** FormData → the schema's input, as the server reads it: the first text of each field, then `interestFromFields`. */
export function interestFromFormData(form: FormData): Record<string, unknown> {
  const fields: Record<string, string> = {};
  // NUL characters are dropped by the guard (lib/actions/guard.ts).
  for (const [name, value] of form.entries()) if (typeof value === "string") fields[name] ??= value;
  return interestFromFields(fields);
}
