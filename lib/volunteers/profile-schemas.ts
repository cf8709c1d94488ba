/**
 * The volunteer's databank profile: one schema for the form in the browser
 * (react-hook-form + zodResolver) and for the server. Safe to import on the
 * client. Kept apart from ./schemas.ts, which holds the account's own forms.
 */
import { z } from "@/lib/zod";
import { checkboxList, checkboxSchema, optionalPhone, optionalText } from "@/lib/forms/schema-parts";
import { BACKGROUND_CHECK_STATUSES, CAUSES, VOLUNTEER_SKILLS, type BackgroundCheckStatus, type Cause, type VolunteerSkill } from "@/lib/vocabulary";
import { countySlugsSchema } from "@/lib/organizations/schemas";

const severalLines = (max: number, message: string) => optionalText(max, message, "several lines");
const oneLine = (max: number, message: string) => optionalText(max, message, "one line");

/** What the opt-in box says, and what it means, in the words the form shows. */
export const DISCOVERABLE_LABEL = "Let vetted organizations in my counties contact me";
export const DISCOVERABLE_HINT =
  "Organizations we have checked that serve one of your counties can find you by county and skill. They will see only your first name, your counties, your skills and your availability. Your e-mail address and phone number are shared with an organization only if you accept its request to contact you.";

export const volunteerProfileSchema = z
  .object({
    counties: countySlugsSchema,
    skills: checkboxList(z.enum(VOLUNTEER_SKILLS), "Choose skills from the list.").transform((skills) => [...new Set(skills)]),
    languages: oneLine(200, "Use at most 200 characters."),
    credentials: severalLines(2000, "Use at most 2,000 characters."),
    causes: checkboxList(z.enum(CAUSES), "Choose causes from the list.").transform((causes) => [...new Set(causes)]),
    availability: severalLines(500, "Use at most 500 characters."),
    backgroundCheck: z.enum(BACKGROUND_CHECK_STATUSES, { error: "Choose an answer about a background check." }),
    phone: optionalPhone,
    discoverable: checkboxSchema,
  })
  .superRefine((profile, context) => {
    // Organizations find volunteers by county: opting in with none would find nobody, and say nothing.
    if (profile.discoverable && profile.counties.length === 0) {
      context.addIssue({ code: "custom", path: ["counties"], message: "Choose at least one county, so organizations there can find you." });
    }
  });

export type VolunteerProfileInput = z.input<typeof volunteerProfileSchema>;

/** The profile as its form holds it: text as typed, lists of values, the opt-in box. */
export type VolunteerProfileValues = {
  counties: string[];
  skills: VolunteerSkill[];
  languages: string;
  credentials: string;
  causes: Cause[];
  availability: string;
  backgroundCheck: BackgroundCheckStatus;
  phone: string;
  discoverable: boolean;
};

/** The fields of the form that FormData carries as repeated values. */
export const PROFILE_LIST_FIELDS = ["counties", "skills", "causes"] as const;
