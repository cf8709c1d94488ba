/** The forms of hours given: recorded by a coordinator, answered by the volunteer. Safe to import on the client. */
import { z } from "@/lib/zod";
import type { ServiceHoursStatus } from "@/db/values";
import { idSchema, optionalText } from "@/lib/forms/schema-parts";

/** Quarter hours, from a quarter of an hour to a whole day. */
const hoursSchema = z
  .string({ error: "Enter the hours." })
  .trim()
  .min(1, "Enter the hours.")
  .regex(/^\d{1,2}(\.\d{1,2})?$/, "Enter the hours as a number, like 3 or 1.5.")
  .transform(Number)
  .refine((hours) => hours >= 0.25 && hours <= 24, "Enter from 0.25 to 24 hours.")
  .refine((hours) => Number.isInteger(hours * 4), "Use quarter hours: 1, 1.25, 1.5 or 1.75.")
  .transform((hours) => Math.round(hours * 60));

/** A calendar day, YYYY-MM-DD, that exists. Whether it is past is checked against Maine's today where it is used. */
const dayString = z
  .string({ error: "Enter the day." })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter the day as a date, like 2026-11-14.")
  .refine((day) => {
    const date = new Date(`${day}T12:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
  }, "That day does not exist.");

/** "Record hours": one posting, the day, the hours and what was done, for one or several placed volunteers. */
export const recordHoursSchema = z.object({
  organizationId: idSchema,
  opportunityId: idSchema,
  responseIds: z.preprocess(
    (value) => (value === undefined || value === null || value === "" || value === false ? [] : Array.isArray(value) ? value : [value]),
    z.array(idSchema).min(1, "Choose at least one volunteer.").max(500, "Record at most 500 volunteers at once."),
  ),
  servedOn: dayString,
  hours: hoursSchema,
  description: optionalText(300, "Use at most 300 characters.", "one line"),
});

const HOURS_ANSWERS = ["confirm", "dispute"] as const;

/** The volunteer's answer to an entry: it is right, or it is not (and why). */
export const answerHoursSchema = z
  .object({
    hoursId: idSchema,
    answer: z.enum(HOURS_ANSWERS, { error: "Choose confirm or dispute." }),
    note: optionalText(500, "Use at most 500 characters.", "several lines"),
  })
  .refine((input) => input.answer === "confirm" || input.note !== undefined, { message: "Say what is wrong, so the organization can correct it.", path: ["note"] });

export const hoursStatusLabels: Record<ServiceHoursStatus, string> = { recorded: "Waiting for the volunteer", confirmed: "Confirmed", disputed: "Disputed" };

/** Minutes as hours in words: "1.5 hours", "1 hour". */
export function hoursInWords(minutes: number): string {
  const hours = Math.round((minutes / 60) * 100) / 100;
  return `${hours.toLocaleString("en-US")} ${hours === 1 ? "hour" : "hours"}`;
}
