/**
 * "Find volunteers": the search's address and the two forms of a contact
 * request (the coordinator's message, the volunteer's answer). Safe to import
 * on the client.
 */
import { z } from "@/lib/zod";
import type { ContactStatus } from "@/db/values";
import { idSchema, plainText } from "@/lib/forms/schema-parts";
import { VOLUNTEER_SKILLS, type VolunteerSkill } from "@/lib/vocabulary";
import { countySlugsSchema } from "@/lib/organizations/schemas";
import { firstParam, listQueryString, pageParamSchema } from "@/lib/lists/lists";

export const FIND_PAGE_SIZE = 20;
export const MAX_AVAILABILITY_LENGTH = 100;
/** Far beyond the databank's size; it keeps the offset a sane number. */
const findPageParam = pageParamSchema(1000);

export const CONTACT_MESSAGE_MIN = 20;
export const CONTACT_MESSAGE_MAX = 2000;

type RawParams = Record<string, string | string[] | undefined>;

export type FindFilters = {
  counties: string[];
  skills: VolunteerSkill[];
  /** Words that must all appear in what the volunteer wrote about their availability. */
  availability: string | undefined;
  page: number;
};

const toList = (value: unknown): string[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((item): item is string => typeof item === "string" && item !== "");

/**
 * The search read leniently from a page's searchParams (`county`, `skill`
 * repeatable; `availability`; `page`): a value that does not parse is dropped
 * and the rest still apply, so an edited or stale address shows results
 * rather than an error. `knownCounties` drops slugs of counties that do not
 * exist, so they cannot silently empty the results.
 */
export function parseFindParams(raw: RawParams, knownCounties: readonly string[]): FindFilters {
  const countyList = countySlugsSchema.safeParse(toList(raw.county).filter((slug) => knownCounties.includes(slug)));
  const skills = [...new Set(toList(raw.skill).filter((skill): skill is VolunteerSkill => (VOLUNTEER_SKILLS as readonly string[]).includes(skill)))];
  const availability = z
    .string()
    // Control characters (a NUL byte above all) are never meant and PostgreSQL refuses them.
    .transform((text) => text.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/\s+/g, " ").trim())
    .pipe(z.string().max(MAX_AVAILABILITY_LENGTH))
    .safeParse(firstParam(raw.availability));
  return {
    counties: countyList.success ? countyList.data : [],
    skills,
    availability: availability.success && availability.data ? availability.data : undefined,
    page: findPageParam.parse(raw.page),
  };
}

/** The query string of a search ("" with no filter); page 1 is left out. Filters only, never anything about a volunteer. */
export function findQueryString(filters: Partial<FindFilters>): string {
  return listQueryString({ county: filters.counties, skill: filters.skills, availability: filters.availability, page: filters.page });
}

/** A coordinator's first message to a volunteer. It may run over several lines. */
export const contactSchema = z.object({
  organizationId: idSchema,
  volunteerId: idSchema,
  message: plainText("several lines")
    .min(CONTACT_MESSAGE_MIN, `Write at least ${CONTACT_MESSAGE_MIN} characters: say who you are and what you would like to ask.`)
    .max(CONTACT_MESSAGE_MAX, "A message can be at most 2,000 characters.")
});

const CONTACT_ANSWERS = ["accept", "decline"] as const;

/** The volunteer's answer to one request. */
export const answerContactSchema = z.object({
  requestId: idSchema,
  answer: z.enum(CONTACT_ANSWERS, { error: "Choose accept or decline." }),
});

/** "Stop sharing my details" on a request the volunteer accepted. */
export const withdrawContactSchema = z.object({ requestId: idSchema });

export type { ContactStatus };
export const contactStatusLabels: Record<ContactStatus, string> = {
  pending: "Waiting for an answer",
  accepted: "Accepted",
  declined: "Declined",
  withdrawn: "Details no longer shared",
  expired: "Sharing ended: time limit reached",
};
