import "server-only";
import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import { getDb, getReadDb } from "@/db/client";
import { counties, opportunities, opportunityCounties, organizations, responses, serviceHours } from "@/db/schema";
import { ActionError, guardedAction } from "@/lib/actions/guard";
import type { AdminAccess, OrganizationAccess } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { toLocalInput } from "@/lib/format";
import { organizationResponses } from "@/lib/responses/delivered";
import { answerHoursSchema, recordHoursSchema } from "./schemas";

/**
 * Hours given. A coordinator records them for volunteers placed on a posting
 * (one or a whole event at once); the volunteer, when the response is linked
 * to their account, confirms or disputes each entry at /me/hours and prints a
 * letter of the confirmed ones. Every hour not disputed counts in the figures:
 * volunteers without accounts give hours too. The retention job keeps the
 * minutes and wipes the words (lib/volunteers/wipe.ts).
 */

/** Today's date in Maine, YYYY-MM-DD. */
export function todayInMaine(now = new Date()): string {
  return toLocalInput(now).slice(0, 10);
}

/** How far back a coordinator may record: a season's work, entered late. */
const OLDEST_DAYS = 366;

export const ONLY_PLACED = "Hours can be recorded only for volunteers placed on this posting.";

export const recordHours = guardedAction({ kind: "member", capability: "responses" }, recordHoursSchema, async (input, { viewer, access }) => {
  const today = todayInMaine();
  if (input.servedOn > today) throw new ActionError("Hours can be recorded once they are given: choose today or an earlier day.", { servedOn: ["Choose today or an earlier day."] });
  const oldest = todayInMaine(new Date(Date.now() - OLDEST_DAYS * 86_400_000));
  if (input.servedOn < oldest) throw new ActionError("That day is more than a year ago.", { servedOn: ["Choose a day within the last year."] });
  const ids = [...new Set(input.responseIds)];
  const db = await getDb();
  return db.transaction(async (tx) => {
    const placed = await tx
      .select({ id: responses.id })
      .from(responses)
      .where(
        and(
          organizationResponses(access.organizationId),
          eq(responses.opportunityId, input.opportunityId),
          eq(responses.status, "placed"),
          inArray(responses.id, ids),
        ),
      )
      .for("share");
    if (placed.length !== ids.length) throw new ActionError(ONLY_PLACED, { responseIds: [ONLY_PLACED] });
    await tx.insert(serviceHours).values(
      ids.map((responseId) => ({
        responseId,
        organizationId: access.organizationId,
        opportunityId: input.opportunityId,
        servedOn: input.servedOn,
        minutes: input.hours,
        description: input.description ?? null,
        recordedByUserId: viewer.id,
      })),
    );
    return { ok: true as const, recorded: ids.length, organizationSlug: access.organization.slug, opportunityId: input.opportunityId };
  });
});

export const NOT_YOURS = "These hours are not yours to answer, or they were already answered.";

/** The volunteer confirms an entry, or disputes it with a note for the organization. */
export const answerHours = guardedAction({ kind: "signed-in" }, answerHoursSchema, async (input, { viewer }) => {
  const db = await getDb();
  const answered = await db
    .update(serviceHours)
    .set({ status: input.answer === "confirm" ? "confirmed" : "disputed", disputeNote: input.answer === "dispute" ? (input.note ?? null) : null, answeredAt: sql`now()` })
    .where(
      and(
        eq(serviceHours.id, input.hoursId),
        eq(serviceHours.status, "recorded"),
        inArray(serviceHours.responseId, db.select({ id: responses.id }).from(responses).where(eq(responses.userId, viewer.id))),
      ),
    )
    .returning({ id: serviceHours.id });
  if (answered.length === 0) throw new ActionError(NOT_YOURS);
  return { ok: true as const, answer: input.answer };
});

/** A posting's placed volunteers, to record hours for, and the hours recorded so far, newest first. */
export async function hoursOfPosting(access: OrganizationAccess<"responses">, opportunityId: number) {
  if (!Number.isSafeInteger(opportunityId) || opportunityId <= 0 || opportunityId > 2_147_483_647) return null;
  const db = await getDb();
  const [posting] = await db
    .select({ id: opportunities.id, title: opportunities.title, startsAt: opportunities.startsAt })
    .from(opportunities)
    .where(and(eq(opportunities.id, opportunityId), eq(opportunities.organizationId, access.organizationId)))
    .limit(1);
  if (!posting) return null;
  const [placed, entries] = await Promise.all([
    db
      .select({ id: responses.id, name: responses.name })
      .from(responses)
      .where(and(organizationResponses(access.organizationId), eq(responses.opportunityId, opportunityId), eq(responses.status, "placed")))
      .orderBy(asc(responses.name), asc(responses.id)),
    db
      .select({
        id: serviceHours.id,
        responseId: serviceHours.responseId,
        name: responses.name,
        servedOn: serviceHours.servedOn,
        minutes: serviceHours.minutes,
        description: serviceHours.description,
        status: serviceHours.status,
        disputeNote: serviceHours.disputeNote,
      })
      .from(serviceHours)
      .innerJoin(responses, eq(responses.id, serviceHours.responseId))
      .where(and(eq(serviceHours.organizationId, access.organizationId), eq(serviceHours.opportunityId, opportunityId)))
      .orderBy(desc(serviceHours.servedOn), desc(serviceHours.id))
      .limit(500),
  ]);
  const totalMinutes = entries.filter((entry) => entry.status !== "disputed").reduce((sum, entry) => sum + entry.minutes, 0);
  return { posting, placed, entries, totalMinutes };
}

/** The hours recorded for the volunteer's own responses, newest first. */
export async function myHours(viewer: Viewer) {
  const db = await getDb();
  return db
    .select({
      id: serviceHours.id,
      servedOn: serviceHours.servedOn,
      minutes: serviceHours.minutes,
      description: serviceHours.description,
      status: serviceHours.status,
      postingTitle: opportunities.title,
      organizationName: organizations.name,
    })
    .from(serviceHours)
    .innerJoin(responses, eq(responses.id, serviceHours.responseId))
    .innerJoin(opportunities, eq(opportunities.id, serviceHours.opportunityId))
    .innerJoin(organizations, eq(organizations.id, serviceHours.organizationId))
    .where(eq(responses.userId, viewer.id))
    .orderBy(desc(serviceHours.servedOn), desc(serviceHours.id));
}

/** Hours given across Maine in the calendar year so far (every entry not disputed), for the home page. */
export async function hoursGivenThisYear(now = new Date()): Promise<number> {
  const year = todayInMaine(now).slice(0, 4);
  const db = await getReadDb();
  const [row] = await db
    .select({ minutes: sql<number>`coalesce(sum(${serviceHours.minutes}), 0)::int` })
    .from(serviceHours)
    .where(and(ne(serviceHours.status, "disputed"), sql`${serviceHours.servedOn} >= ${`${year}-01-01`}::date`, sql`${serviceHours.servedOn} <= ${`${year}-12-31`}::date`));
  return Math.floor((row?.minutes ?? 0) / 60);
}

export type CountyMonthHours = { county: string; month: string; hours: number };

/**
 * Hours given per county and per month (Maine's calendar), the last `months`
 * months, disputed ones aside, for the admins' statewide picture. A posting
 * that serves several counties counts in each; a statewide one under "Statewide".
 */
export async function hoursByCountyAndMonth(_admin: AdminAccess, months = 12): Promise<CountyMonthHours[]> {
  const db = await getDb();
  const since = `${todayInMaine(new Date(Date.now() - months * 31 * 86_400_000)).slice(0, 7)}-01`;
  const county = sql<string>`coalesce(${counties.name}, 'Statewide')`;
  const month = sql<string>`to_char(${serviceHours.servedOn}, 'YYYY-MM')`;
  const rows = await db
    .select({ county, month, minutes: sql<number>`sum(${serviceHours.minutes})::int` })
    .from(serviceHours)
    .innerJoin(opportunities, eq(opportunities.id, serviceHours.opportunityId))
    .leftJoin(opportunityCounties, eq(opportunityCounties.opportunityId, opportunities.id))
    .leftJoin(counties, eq(counties.id, opportunityCounties.countyId))
    .where(and(ne(serviceHours.status, "disputed"), sql`${serviceHours.servedOn} >= ${since}::date`))
    .groupBy(county, month)
    .orderBy(desc(month), asc(county));
  return rows.map((row) => ({ county: row.county, month: row.month, hours: Math.round((row.minutes / 60) * 100) / 100 }));
}
