/** Pieces the forms' zod schemas share. Safe to import on the client. */
import { z } from "@/lib/zod";

/**
 * C0 control characters (and DEL) have no place in what people type: they
 * would break a mail header, a CSV row, a feed or a calendar file. Line breaks
 * are allowed where a field runs over several lines, and nowhere else.
 */
const CONTROL = /[\u0000-\u001f\u007f]/;
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]/;
export const ONE_LINE_MESSAGE = "Keep it on one line, without tabs or other special characters.";
export const CONTROL_MESSAGE = "Remove the special characters, such as tabs; line breaks are fine.";

export type Lines = "one line" | "several lines";

/** Text a person typed, trimmed, with no control character (line breaks only where `lines` allows them). */
export const plainText = (lines: Lines) =>
  lines === "one line"
    ? z.string().trim().refine((text) => !CONTROL.test(text), ONE_LINE_MESSAGE)
    : z.string().trim().refine((text) => !CONTROL_BUT_LINE_BREAKS.test(text), CONTROL_MESSAGE);

/** Optional text: blank becomes undefined, so the database stores null. */
export const optionalText = (max: number, message: string, lines: Lines) =>
  plainText(lines)
    .max(max, message)
    .optional()
    .transform((value) => (value ? value : undefined));

/** An admin's reason that someone reads later (the organization, the audit log): 10 to 1,000 characters; `tooShort` says who reads it. */
export const reasonText = (tooShort: string) => plainText("several lines").min(10, tooShort).max(1000, "Keep the reason to 1,000 characters.");

/** One required line of plain text. */
export const singleLine = (label: string, max: number) =>
  plainText("one line").min(1, `Enter ${label}.`).max(max, `Use at most ${max} characters.`);

export const optionalPhone = optionalText(30, "A phone number can be at most 30 characters.", "one line").refine(
  (phone) => phone === undefined || /^[0-9+().\-\s]{7,30}$/.test(phone),
  "Enter a phone number with digits, like (207) 555-0100.",
);

const MAX_ID = 2_147_483_647;

/**
 * An id from a hidden field, a bound argument, a path segment or a query
 * parameter: digits only, 1 to 10 of them with no leading zero, within the
 * database's integer range. Number() alone would take "1e3", "0x10", " 7" or
 * "007", so one id could be written many ways.
 */
export const idSchema = z.union([z.string(), z.number()], { error: "Not a valid id." }).transform((value, ctx) => {
  const text = typeof value === "number" ? String(value) : value;
  if (!/^[1-9][0-9]{0,9}$/.test(text) || Number(text) > MAX_ID) {
    ctx.addIssue({ code: "custom", message: "Not a valid id." });
    return z.NEVER;
  }
  return Number(text);
});

/** An id, or null when the value is not one (a page shows "not found" rather than guessing). */
export function parseId(value: unknown): number | null {
  const parsed = idSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** A checkbox: the browser posts "on" when ticked and nothing when not; react-hook-form gives the value or false. */
export const checkboxSchema = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

/**
 * The values of a group of checkboxes as a list. react-hook-form gives false
 * when none is ticked (and a lone string for a group of one); a post gives a list.
 */
export const checkboxList = <Item extends z.ZodType>(item: Item, message: string) =>
  z.preprocess((value) => (value === false || value === undefined || value === null || value === "" ? [] : typeof value === "string" ? [value] : value), z.array(item, { error: message }));
