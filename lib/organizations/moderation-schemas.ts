/** The admins' forms on organizations. Safe to import on the client. */
import { z } from "zod";
import { idSchema } from "@/lib/forms/schema-parts";

export const approveSchema = z.object({ organizationId: idSchema });

/** A reason the applicant or the coordinators will read, by mail and on their dashboard. */
export const reasonSchema = z
  .string()
  .trim()
  .min(10, "Give a reason of at least 10 characters: the organization reads it.")
  .max(1000, "Keep the reason to 1,000 characters.");

export const decisionWithReasonSchema = z.object({ organizationId: idSchema, reason: reasonSchema });
