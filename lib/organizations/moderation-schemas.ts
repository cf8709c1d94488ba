/** The admins' forms on organizations. Safe to import on the client. */
import { z } from "@/lib/zod";
import { checkboxSchema, idSchema, optionalText, reasonText } from "@/lib/forms/schema-parts";

export const approveSchema = z.object({ organizationId: idSchema });

/** A reason the applicant or the coordinators will read, by mail and on their dashboard. */
const reasonSchema = reasonText("Give a reason of at least 10 characters: the organization reads it.");

export const decisionWithReasonSchema = z.object({ organizationId: idSchema, reason: reasonSchema });

/** The checks an admin makes before approving, in the order they make them. */
export const VERIFICATION_CHECKS = {
  websiteReachable: "A person reached the website and it matches the organization",
  einGiven: "An EIN was given and matches a registered nonprofit",
  emailDomainMatches: "The applicant's e-mail domain matches the website",
  vouched: "A known partner vouched for the organization",
} as const;
export type VerificationCheck = keyof typeof VERIFICATION_CHECKS;

/** The review form: the checklist and the admins' private notes. */
export const reviewSchema = z.object({
  organizationId: idSchema,
  websiteReachable: checkboxSchema,
  einGiven: checkboxSchema,
  emailDomainMatches: checkboxSchema,
  vouched: checkboxSchema,
  reviewNotes: optionalText(5000, "Keep the notes to 5,000 characters.", "several lines"),
});

/** Unpublishing a posting: which one, and why (its coordinators read the reason). */
export const unpublishSchema = z.object({ opportunityId: idSchema, reason: reasonSchema });
/** Allowing an unpublished posting back: an optional note for the audit log (the unpublishing reason is recorded when none is given). */
export const allowRepublishSchema = z.object({ opportunityId: idSchema, reason: optionalText(1000, "Keep the note to 1,000 characters.", "several lines") });

