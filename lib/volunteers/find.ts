import "server-only";
import { and, count, desc, eq, exists, ilike, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { countiesServedByOrganization } from "@/lib/organizations/counties";
import { contactRequests, counties, organizationCounties, users, volunteerCounties, volunteerProfiles } from "@/db/schema";
import type { OrganizationAccess } from "@/lib/auth/permissions";
import type { VolunteerSkill } from "@/lib/vocabulary";
import { containsPattern } from "@/lib/text-match";
import { FIND_PAGE_SIZE, type ContactStatus, type FindFilters } from "./find-schemas";

/**
 * "Find volunteers": what coordinators of an approved organization see of the
 * volunteers who asked to be found. Only the first name, counties, skills and
 * availability ever leave the database here: e-mail, phone, full name and
 * credentials are not selected at all, so no page can show them by mistake.
 */

/**
 * Who may be found by one organization, in one place: a volunteer who turned
 * "let vetted organizations in my counties contact me" on, whose account is not
 * disabled, and who serves at least one county the organization serves. Every
 * query that finds or contacts a volunteer (here and in contact.ts) joins users
 * to volunteer_profiles and uses this, so opting out (or being disabled) takes a
 * volunteer out of all of them at once.
 */
export function findableBy(organizationId: number): SQL {
  return and(
    eq(volunteerProfiles.discoverable, true),
    isNull(users.disabledAt),
    exists(
      sql`(select 1 from ${volunteerCounties} inner join ${organizationCounties} on ${organizationCounties.countyId} = ${volunteerCounties.countyId} where ${volunteerCounties.userId} = ${volunteerProfiles.userId} and ${organizationCounties.organizationId} = ${organizationId})`,
    ),
  )!;
}

/** The part of the name before the first space: the full name stays in the database. */
const firstName = sql<string>`split_part(btrim(${users.name}), ' ', 1)`;

/** The volunteer's counties by name, read in the same statement. */
const countyNames = sql<string[]>`array(select ${counties.name} from ${volunteerCounties} inner join ${counties} on ${counties.id} = ${volunteerCounties.countyId} where ${volunteerCounties.userId} = ${volunteerProfiles.userId} order by ${counties.name})`;

/**
 * A page's `OrganizationAccess` proves one capability. One granted for another
 * (the dashboard frame asks only for "view") must not open the databank, so it
 * is refused here as a programming error, as is an organization not approved.
 */
export function assertFindAccess(access: OrganizationAccess): void {
  if (access.capability !== "findVolunteers") throw new Error(`Finding volunteers needs the "findVolunteers" capability, not "${access.capability}".`);
  if (access.organization.status !== "approved") throw new Error("Only an approved organization may find volunteers.");
}

/** This organization's open or accepted request to the volunteer, if any: the results say so instead of offering a second one. */
function requestStatusFor(access: OrganizationAccess) {
  return sql<ContactStatus | null>`(select ${contactRequests.status} from ${contactRequests} where ${contactRequests.organizationId} = ${access.organizationId} and ${contactRequests.volunteerUserId} = ${volunteerProfiles.userId} order by ${contactRequests.createdAt} desc limit 1)`;
}

function filtersWhere(access: OrganizationAccess, filters: Omit<FindFilters, "page">): SQL {
  const conditions: SQL[] = [findableBy(access.organizationId)];
  if (filters.counties.length > 0) {
    conditions.push(
      exists(
        sql`(select 1 from ${volunteerCounties} inner join ${counties} on ${counties.id} = ${volunteerCounties.countyId} where ${volunteerCounties.userId} = ${volunteerProfiles.userId} and ${inArray(counties.slug, filters.counties)})`,
      ),
    );
  }
  if (filters.skills.length > 0) conditions.push(skillsOverlap(filters.skills));
  // Every word must appear, in any order: "weekends evenings" finds "evenings and some weekends".
  for (const word of (filters.availability ?? "").split(" ").filter(Boolean).slice(0, 10)) {
    conditions.push(ilike(volunteerProfiles.availability, containsPattern(word)));
  }
  return and(...conditions)!;
}

/** Any of the skills (`&&`); each value is cast so the same SQL runs on PGlite and postgres.js. */
function skillsOverlap(skills: VolunteerSkill[]): SQL {
  const values = sql.join(
    skills.map((skill) => sql`${skill}`),
    sql`, `,
  );
  return sql`${volunteerProfiles.skills} && array[${values}]::volunteer_skill[]`;
}

export type FoundVolunteer = {
  id: number;
  firstName: string;
  counties: string[];
  skills: VolunteerSkill[];
  availability: string | null;
  /** This organization's request to them that is waiting or was accepted; null when there is none. */
  requestStatus: ContactStatus | null;
};

/** One page of the volunteers this organization may find who match the filters (any county, any skill, every availability word). */
export async function findVolunteers(access: OrganizationAccess, filters: FindFilters): Promise<{ items: FoundVolunteer[]; total: number; page: number; pageCount: number }> {
  assertFindAccess(access);
  const db = await getDb();
  const where = filtersWhere(access, filters);
  const page = Math.max(1, Math.floor(filters.page));
  const [items, [counted]] = await Promise.all([
    db
      .select({
        id: volunteerProfiles.userId,
        firstName,
        counties: countyNames,
        skills: volunteerProfiles.skills,
        availability: volunteerProfiles.availability,
        requestStatus: requestStatusFor(access),
      })
      .from(volunteerProfiles)
      .innerJoin(users, eq(users.id, volunteerProfiles.userId))
      .where(where)
      .orderBy(desc(volunteerProfiles.updatedAt), desc(volunteerProfiles.userId))
      .limit(FIND_PAGE_SIZE)
      .offset((page - 1) * FIND_PAGE_SIZE),
    db.select({ total: count() }).from(volunteerProfiles).innerJoin(users, eq(users.id, volunteerProfiles.userId)).where(where),
  ]);
  const total = counted?.total ?? 0;
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / FIND_PAGE_SIZE)) };
}

/** The counties this organization serves: the only ones its coordinators can find volunteers in. */
export async function countiesServedBy(access: OrganizationAccess): Promise<{ slug: string; name: string }[]> {
  assertFindAccess(access);
  return countiesServedByOrganization(await getDb(), access.organizationId);
}

/** One volunteer as the results show them, for the contact page; null when they cannot be found (unknown, opted out, disabled). */
export async function getFindableVolunteer(access: OrganizationAccess, volunteerId: number): Promise<FoundVolunteer | null> {
  assertFindAccess(access);
  if (!Number.isSafeInteger(volunteerId) || volunteerId <= 0 || volunteerId > 2_147_483_647) return null;
  const db = await getDb();
  const [volunteer] = await db
    .select({
      id: volunteerProfiles.userId,
      firstName,
      counties: countyNames,
      skills: volunteerProfiles.skills,
      availability: volunteerProfiles.availability,
      requestStatus: requestStatusFor(access),
    })
    .from(volunteerProfiles)
    .innerJoin(users, eq(users.id, volunteerProfiles.userId))
    .where(and(eq(volunteerProfiles.userId, volunteerId), findableBy(access.organizationId)))
    .limit(1);
  return volunteer ?? null;
}
