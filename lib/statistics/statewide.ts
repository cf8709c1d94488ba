import "server-only";
import { and, asc, count, eq, notExists, sql } from "drizzle-orm";
import { getDb, rowsOf } from "@/db/client";
import { counties, opportunities, opportunityCounties, organizations, responses } from "@/db/schema";
import type { AdminAccess, OrganizationAccess } from "@/lib/auth/permissions";
import { TIME_ZONE } from "@/lib/format";
import { isPublicOpportunity } from "@/lib/public-postings";
import { isConfirmed } from "@/lib/responses/delivered";

/**
 * The statewide figures admins read at /admin: where needs may go unmet,
 * county by county, and how quickly host organizations answer volunteers.
 * Each figure is one query. Pending organizations and each organization's
 * record are not public, so every figure takes the admin and checks the role
 * here, in the data layer (invariant 4), whatever the page did before.
 */

export type CountyOpenOpportunities = {
  slug: string;
  name: string;
  /** Public postings that name this county. */
  local: number;
  /** Public statewide postings: the same number for every county. */
  statewide: number;
  total: number;
};

export type WeekOfResponses = {
  /** The Monday that starts the week, in Maine's time: "2026-03-02". */
  weekStart: string;
  responses: number;
};

export type PendingOrganization = {
  id: number;
  slug: string;
  name: string;
  createdAt: Date;
  /** Whole days since it applied. */
  ageDays: number;
};

export type OrganizationResponsiveness = {
  id: number;
  slug: string;
  name: string;
  responses: number;
  /** Responses a coordinator has moved on from "new" at least once. */
  answered: number;
  /** Median days from a response to its first status change; null while none has had one. */
  medianDays: number | null;
  stillNew: number;
  /** Of the responses answered or waiting longer than ANSWER_WITHIN_DAYS, the share answered within them; null when there is none yet. */
  answeredInTime: number | null;
  /** Responses still new after ANSWER_WITHIN_DAYS: volunteers left waiting. */
  leftWaiting: number;
};

export type CountyRef = { slug: string; name: string };

/** The longest history the responses chart offers: two years of weeks. */
export const MAX_WEEKS = 104;

/**
 * A public posting that names its counties one by one. Statewide postings
 * are counted once, apart, as the search does (lib/search/search.ts): adding
 * them to every county would hide the counties that have nothing of their own.
 */
const servesLocally = and(isPublicOpportunity, eq(opportunities.statewide, false))!;
const servesStatewide = and(isPublicOpportunity, eq(opportunities.statewide, true))!;

/** Every county, even those with none, with the public postings that serve it; by name. */
export async function openOpportunitiesByCounty(_admin: AdminAccess): Promise<CountyOpenOpportunities[]> {
  const db = await getDb();
  const local = db.$with("local_counts").as(
    db
      .select({ countyId: opportunityCounties.countyId, n: count().as("local_n") })
      .from(opportunityCounties)
      .innerJoin(opportunities, eq(opportunities.id, opportunityCounties.opportunityId))
      .innerJoin(organizations, eq(organizations.id, opportunities.organizationId))
      .where(servesLocally)
      .groupBy(opportunityCounties.countyId),
  );
  const statewide = db.$with("statewide_count").as(
    db
      .select({ n: count().as("statewide_n") })
      .from(opportunities)
      .innerJoin(organizations, eq(organizations.id, opportunities.organizationId))
      .where(servesStatewide),
  );
  const localCount = sql<number>`coalesce(${local.n}, 0)`;
  return db
    .with(local, statewide)
    .select({
      slug: counties.slug,
      name: counties.name,
      local: localCount.mapWith(Number),
      statewide: sql<number>`${statewide.n}`.mapWith(Number),
      total: sql<number>`${localCount} + ${statewide.n}`.mapWith(Number),
    })
    .from(counties)
    .leftJoin(local, eq(local.countyId, counties.id))
    .crossJoin(statewide)
    .orderBy(asc(counties.name));
}

/**
 * Responses received in each of the last `weeks` weeks, oldest first, the
 * current week last. Weeks are ISO weeks (Monday to Sunday) on Maine's clock,
 * whatever the database server's time zone; a week with none shows 0.
 */
export async function responsesPerWeek(_admin: AdminAccess, weeks = 12): Promise<WeekOfResponses[]> {
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_WEEKS) throw new RangeError(`weeks must be a whole number from 1 to ${MAX_WEEKS}.`);
  const db = await getDb();
  // `timestamptz at time zone` gives Maine's wall-clock time, so date_trunc
  // cuts at Monday midnight there; `timestamp at time zone` turns a wall-clock
  // Monday back into a moment, so the range filter can use created_at as stored.
  const result = await db.execute(sql`
    with weeks as (
      select generate_series(
        date_trunc('week', now() at time zone ${TIME_ZONE}) - make_interval(weeks => ${weeks - 1}::int),
        date_trunc('week', now() at time zone ${TIME_ZONE}),
        interval '1 week'
      ) as week_start
    ),
    counted as (
      select date_trunc('week', ${responses.createdAt} at time zone ${TIME_ZONE}) as week_start, count(*)::int as n
      from ${responses}
      where ${responses.createdAt} >= (select min(week_start) from weeks) at time zone ${TIME_ZONE} and ${isConfirmed}
      group by 1
    )
    select to_char(weeks.week_start, 'YYYY-MM-DD') as week_start, coalesce(counted.n, 0)::int as responses
    from weeks left join counted on counted.week_start = weeks.week_start
    order by weeks.week_start
  `);
  return rowsOf<{ week_start: string; responses: number }>(result).map((row) => ({
    weekStart: row.week_start,
    responses: Number(row.responses),
  }));
}

/** Organizations waiting for a decision, oldest first, with the whole days they have waited. */
export async function pendingOrganizations(_admin: AdminAccess): Promise<PendingOrganization[]> {
  const db = await getDb();
  return db
    .select({
      id: organizations.id,
      slug: organizations.slug,
      name: organizations.name,
      createdAt: organizations.createdAt,
      ageDays: sql<number>`floor(extract(epoch from (now() - ${organizations.createdAt})) / 86400)::int`.mapWith(Number),
    })
    .from(organizations)
    .where(eq(organizations.status, "pending"))
    .orderBy(asc(organizations.createdAt), asc(organizations.id));
}

/** The window of the responsiveness figures, and the answer time a volunteer can fairly expect. */
export const RESPONSIVENESS_DAYS = 90;
export const ANSWER_WITHIN_DAYS = 3;

const answerDays = sql`(extract(epoch from (${responses.firstStatusChangeAt} - ${responses.confirmedAt})) / 86400)::float8`;
const overdue = sql`${responses.confirmedAt} < now() - make_interval(days => ${ANSWER_WITHIN_DAYS})`;
/** The figures of one organization's responses, one pass over them. */
const responsivenessColumns = {
  responses: count().mapWith(Number),
  answered: count(responses.firstStatusChangeAt).mapWith(Number),
  // percentile_cont skips the responses never changed: they are counted apart, as still new.
  medianDays: sql<number | null>`percentile_cont(0.5) within group (order by ${answerDays})`.mapWith(Number),
  stillNew: sql<number>`count(*) filter (where ${responses.status} = 'new')`.mapWith(Number),
  answeredInTime: sql<number | null>`(count(*) filter (where ${answerDays} <= ${ANSWER_WITHIN_DAYS}))::float8 / nullif(count(*) filter (where ${responses.firstStatusChangeAt} is not null or ${overdue}), 0)`.mapWith(Number),
  leftWaiting: sql<number>`count(*) filter (where ${responses.firstStatusChangeAt} is null and ${overdue})`.mapWith(Number),
};
const inWindow = sql`${responses.confirmedAt} >= now() - make_interval(days => ${RESPONSIVENESS_DAYS})`;

export type Responsiveness = Omit<OrganizationResponsiveness, "id" | "slug" | "name">;

/**
 * How quickly each approved organization answered the responses it received
 * in the last RESPONSIVENESS_DAYS: the median days from a response to its
 * first status change, the share answered within ANSWER_WITHIN_DAYS, and the
 * volunteers left waiting longer. Slowest first; an organization that has
 * answered none is slower than any that has, so it comes first.
 */
export async function responsivenessByOrganization(_admin: AdminAccess): Promise<OrganizationResponsiveness[]> {
  const db = await getDb();
  return db
    .select({ id: organizations.id, slug: organizations.slug, name: organizations.name, ...responsivenessColumns })
    .from(responses)
    .innerJoin(organizations, eq(organizations.id, responses.organizationId))
    .where(and(eq(organizations.status, "approved"), isConfirmed, inWindow))
    .groupBy(organizations.id)
    .orderBy(sql`percentile_cont(0.5) within group (order by ${answerDays}) desc nulls first`, sql`count(*) filter (where ${responses.status} = 'new') desc`, asc(organizations.name), asc(organizations.id));
}

/** The same figures for one organization, for its own dashboard. */
export async function responsivenessOf(access: OrganizationAccess<"responses">): Promise<Responsiveness> {
  const db = await getDb();
  const [row] = await db
    .select(responsivenessColumns)
    .from(responses)
    .where(and(eq(responses.organizationId, access.organizationId), isConfirmed, inWindow));
  return row ?? { responses: 0, answered: 0, medianDays: null, stillNew: 0, answeredInTime: null, leftWaiting: 0 };
}

/** Counties that no public posting names, by name. Statewide postings still reach them and are counted apart. */
export async function countiesWithoutOpenOpportunities(_admin: AdminAccess): Promise<CountyRef[]> {
  const db = await getDb();
  return db
    .select({ slug: counties.slug, name: counties.name })
    .from(counties)
    .where(
      notExists(
        db
          .select({ one: sql`1` })
          .from(opportunityCounties)
          .innerJoin(opportunities, eq(opportunities.id, opportunityCounties.opportunityId))
          .innerJoin(organizations, eq(organizations.id, opportunities.organizationId))
          .where(and(eq(opportunityCounties.countyId, counties.id), servesLocally)),
      ),
    )
    .orderBy(asc(counties.name));
}
