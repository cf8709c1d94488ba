/**
 * The posting form: one schema for the coordinator's browser
 * (react-hook-form + zodResolver) and the server action. Dates are typed in
 * Maine's time. Safe to import on the client.
 */
import { z } from "@/lib/zod";
import { fromLocalInput } from "@/lib/format";
import { checkboxList, checkboxSchema, idSchema, optionalText, plainText, singleLine } from "@/lib/forms/schema-parts";
import { addressRefusal, findAddress, findAddressInTown } from "@/lib/forms/street-address";
import { countySlugsSchema } from "@/lib/organizations/schemas";
import { CAUSES, OPPORTUNITY_TYPES, SKILL_LEVELS } from "@/lib/vocabulary";

/** A title shorter than this says nothing to a volunteer. */
export const TITLE_MIN_LENGTH = 5;

/** How long a posting stays up when nobody says otherwise, and the longest it may. */
export const DEFAULT_LIFETIME_DAYS = 90;
export const MAX_LIFETIME_DAYS = 365;

const optionalWholeNumber = (min: number, max: number, message: string) =>
  z.preprocess(
    (value) => (value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? undefined : Number(value)),
    // Whole by a refinement rather than zod's int(), whose failure stops every other check of the form (RULES below).
    z.number({ error: message }).refine(Number.isInteger, message).min(min, message).max(max, message).optional(),
  );

/** Refuses text that places a building (lib/forms/street-address.ts), saying what was found and why it matters. */
const noAddress = (find: typeof findAddress, where: "town" | "text") => (text: string | undefined, context: z.RefinementCtx) => {
  const kind = text ? find(text) : null;
  if (kind) context.addIssue({ code: "custom", message: addressRefusal(kind, where) });
};

const optionalLocalDateTime = z
  .string()
  .trim()
  .optional()
  .transform((value, context) => {
    if (!value) return undefined;
    const date = fromLocalInput(value);
    if (!date) {
      context.addIssue({ code: "custom", message: "Enter a date and time, like 12/05/2026 09:00 AM." });
      return z.NEVER;
    }
    return date;
  });

/** A day (from a date field) → the end of that day in Maine. */
const expiryDate = z
  .string({ error: "Enter the last day the posting is shown." })
  .trim()
  .transform((value, context) => {
    const end = /^\d{4}-\d{2}-\d{2}$/.test(value) ? fromLocalInput(`${value}T23:59`) : null;
    if (!end) {
      context.addIssue({ code: "custom", message: "Enter the last day the posting is shown." });
      return z.NEVER;
    }
    return end;
  });

export const opportunityFields = z.object({
  organizationId: idSchema,
  title: singleLine("a title", 120)
    .refine(
      (title) => title.length === 0 || title.length >= TITLE_MIN_LENGTH,
      `Write a title of at least ${TITLE_MIN_LENGTH} characters that says what the help is, such as “Bake sale”.`,
    )
    .superRefine(noAddress(findAddress, "text")),
  summary: plainText("one line")
    .min(10, "Write a summary of at least 10 characters.")
    .max(280, "Keep the summary to 280 characters.")
    .superRefine(noAddress(findAddress, "text")),
  description: plainText("several lines").min(30, "Describe the opportunity in at least 30 characters.").max(8000, "Use at most 8,000 characters."),
  type: z.enum(OPPORTUNITY_TYPES, { error: "Choose the type of opportunity." }),
  skillLevel: z.enum(SKILL_LEVELS, { error: "Choose the skill level." }),
  causes: checkboxList(z.enum(CAUSES), "Choose causes from the list.")
    .refine((causes) => causes.length > 0, "Choose at least one cause.")
    .transform((causes) => [...new Set(causes)]),
  statewide: checkboxSchema,
  counties: countySlugsSchema,
  remote: checkboxSchema,
  town: optionalText(80, "Use at most 80 characters.", "one line").superRefine(noAddress(findAddressInTown, "town")),
  schedule: optionalText(300, "Use at most 300 characters.", "one line"),
  startsAt: optionalLocalDateTime,
  endsAt: optionalLocalDateTime,
  eventReminders: checkboxSchema,
  commitment: optionalText(200, "Use at most 200 characters.", "one line"),
  minimumAge: optionalWholeNumber(0, 120, "Enter an age from 0 to 120, or leave it empty."),
  backgroundCheck: checkboxSchema,
  trainingProvided: checkboxSchema,
  trainingDetails: optionalText(1000, "Use at most 1,000 characters.", "several lines"),
  requirements: optionalText(2000, "Use at most 2,000 characters.", "several lines"),
  spots: optionalWholeNumber(1, 10_000, "Enter a number of spots from 1 to 10,000, or leave it empty."),
  expiresOn: expiryDate,
});

type Fields = z.output<typeof opportunityFields>;

/**
 * The rules that tie fields together, each reported on the field to fix. Each is checked as soon as
 * the fields it reads are valid themselves, whatever the others hold: a first try of the form names
 * every error at once, rather than this rule's only after the rest are fixed.
 */
const RULES: { fields: (keyof Fields)[]; check: (posting: Fields, context: z.RefinementCtx) => void }[] = [
  {
    fields: ["statewide", "counties"],
    check: (posting, context) => {
      if (!posting.statewide && posting.counties.length === 0) {
        context.addIssue({ code: "custom", path: ["counties"], message: "Choose at least one county, or mark the posting statewide." });
      }
    },
  },
  {
    fields: ["type", "startsAt"],
    check: (posting, context) => {
      if (posting.type === "one_time" && !posting.startsAt) {
        context.addIssue({ code: "custom", path: ["startsAt"], message: "A one-time event needs the date and time it starts." });
      }
    },
  },
  {
    fields: ["startsAt", "endsAt"],
    check: (posting, context) => {
      if (posting.startsAt && posting.endsAt && posting.endsAt <= posting.startsAt) {
        context.addIssue({ code: "custom", path: ["endsAt"], message: "The end must be after the start." });
      }
      if (posting.endsAt && !posting.startsAt) {
        context.addIssue({ code: "custom", path: ["startsAt"], message: "Enter the start as well as the end." });
      }
    },
  },
  {
    fields: ["expiresOn"],
    check: (posting, context) => {
      const now = Date.now();
      if (posting.expiresOn.getTime() < now) {
        context.addIssue({ code: "custom", path: ["expiresOn"], message: "The last day shown cannot be in the past." });
      } else if (posting.expiresOn.getTime() > now + (MAX_LIFETIME_DAYS + 1) * 86_400_000) {
        context.addIssue({ code: "custom", path: ["expiresOn"], message: `A posting can be shown for at most ${MAX_LIFETIME_DAYS} days; renew it then.` });
      }
    },
  },
];

/** `schema` with every rule of RULES, each run once the form is an object and the fields it reads parsed. */
function withRules<Schema extends typeof opportunityFields>(schema: Schema): Schema {
  return RULES.reduce(
    (checked, rule) =>
      checked.superRefine(rule.check, {
        when: (payload) => payload.issues.every(({ path = [] }) => path.length > 0 && !rule.fields.includes(path[0] as keyof Fields)),
      }),
    schema,
  );
}

/** A new posting. */
export const opportunitySchema = withRules(opportunityFields);

/** An edit of one posting. */
export const opportunityUpdateSchema = withRules(opportunityFields.extend({ opportunityId: idSchema }));

/** The buttons on a posting: publish, close, reopen, duplicate, renew. */
export const postingCommandSchema = z.object({ organizationId: idSchema, opportunityId: idSchema });

export type OpportunityInput = z.input<typeof opportunityFields>;
export type OpportunityData = z.output<typeof opportunityFields>;

/** The list fields of the posting form, which FormData carries as repeated values. */
export const OPPORTUNITY_LIST_FIELDS = ["causes", "counties"] as const;
