/**
 * The organization form (apply to host, edit the profile): one schema for the
 * browser and the server. Safe to import on the client.
 */
import { z } from "@/lib/zod";
import { ORGANIZATION_KINDS } from "@/lib/vocabulary";
import { checkboxList, checkboxSchema, idSchema, optionalPhone, optionalText, plainText, singleLine } from "@/lib/forms/schema-parts";
import { slugSchema } from "@/lib/slug";

export const countySlugsSchema = checkboxList(slugSchema, "Choose the counties from the list.")
  .refine((slugs) => slugs.length <= 16, "Choose the counties from the list.")
  .transform((slugs) => [...new Set(slugs)]);

export const organizationSchema = z.object({
  name: singleLine("the organization's name", 120),
  kind: z.enum(ORGANIZATION_KINDS, { error: "Choose what kind of organization it is." }),
  description: plainText("several lines").min(20, "Describe the organization in at least 20 characters.").max(3000, "Use at most 3,000 characters."),
  website: optionalText(300, "Use at most 300 characters.", "one line").refine(
    (url) => url === undefined || /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(url),
    "Enter the full address, starting with https://",
  ),
  phone: optionalPhone,
  publicEmail: optionalText(254, "That e-mail address is too long.", "one line").pipe(z.email("Enter an e-mail address like info@example.org.").optional()),
  town: singleLine("the town", 80),
  counties: countySlugsSchema.refine((slugs) => slugs.length > 0, "Choose at least one county you serve."),
  confidentialLocation: checkboxSchema,
  ein: optionalText(10, "An EIN has 9 digits, like 12-3456789.", "one line").refine(
    (ein) => ein === undefined || /^\d{2}-?\d{7}$/.test(ein),
    "An EIN has 9 digits, like 12-3456789.",
  ),
});

/** Editing the profile: the same fields, for one organization. */
export const organizationProfileSchema = organizationSchema.extend({ organizationId: idSchema });

export type OrganizationInput = z.input<typeof organizationSchema>;
