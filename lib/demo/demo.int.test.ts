/**
 * The demo data must read as real and must exercise every rule of the public
 * site: every county, skill level, type and cause, and the postings and
 * organizations that must never show.
 */
import { sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { getDb, rowsOf, type Database } from "@/db/client";
import { TIME_ZONE } from "@/lib/format";
import { openSecret, secondFactorKeyFrom } from "@/lib/auth/second-factor/secret-box";
import { eventReminderDueAt, sendDueReminders } from "@/lib/reminders/reminders";
import { DEMO_ACCOUNTS, DEMO_ADMIN_TOTP_SECRET, seedDemo, seedDemoIfEmpty } from "./demo";

let db: Database;
const KEY = secondFactorKeyFrom("the demo seed test's site secret, 32 characters or more");
beforeAll(async () => {
  db = await getDb();
  await seedDemo(db, { secondFactorKey: KEY });
});

const one = async <T>(query: ReturnType<typeof sql>) => rowsOf<T>(await db.execute(query));
const publicCondition = sql`org.status = 'approved' and o.status = 'published' and o.expires_at > now()`;

it("has at least 30 organizations and 150 opportunities", async () => {
  const [counts] = await one<{ orgs: number; opps: number }>(
    sql`select (select count(*)::int from organizations) as orgs, (select count(*)::int from opportunities) as opps`,
  );
  expect(counts!.orgs).toBeGreaterThanOrEqual(30);
  expect(counts!.opps).toBeGreaterThanOrEqual(150);
});

it("has public postings in every county, skill level, type and cause", async () => {
  const byCounty = await one<{ slug: string; n: number }>(sql`
    select c.slug, count(o.id)::int as n from counties c
    left join opportunities o on (o.statewide or exists (select 1 from opportunity_counties oc where oc.opportunity_id = o.id and oc.county_id = c.id))
      and o.organization_id in (select id from organizations where status = 'approved') and o.status = 'published' and o.expires_at > now()
    group by c.slug`);
  expect(byCounty).toHaveLength(16);
  for (const county of byCounty) expect(county.n, county.slug).toBeGreaterThan(0);

  for (const column of ["skill_level", "type"] as const) {
    const values = await one<{ v: string }>(
      sql`select distinct o.${sql.identifier(column)}::text as v from opportunities o join organizations org on org.id = o.organization_id where ${publicCondition}`,
    );
    expect(values.length, column).toBe(column === "skill_level" ? 3 : 5);
  }
  const causes = await one<{ v: string }>(
    sql`select distinct unnest(o.causes)::text as v from opportunities o join organizations org on org.id = o.organization_id where ${publicCondition}`,
  );
  expect(causes).toHaveLength(5);
});

it("has statewide, remote and dated one-time postings in public", async () => {
  const [row] = await one<{ statewide: number; remote: number; events: number }>(sql`
    select count(*) filter (where o.statewide)::int as statewide, count(*) filter (where o.remote)::int as remote,
           count(*) filter (where o.type = 'one_time' and o.starts_at is not null)::int as events
    from opportunities o join organizations org on org.id = o.organization_id where ${publicCondition}`);
  expect(row!.statewide).toBeGreaterThan(0);
  expect(row!.remote).toBeGreaterThan(0);
  expect(row!.events).toBeGreaterThan(0);
});

it("has public postings on both sides of each requirement a volunteer can filter on", async () => {
  const [row] = await one<Record<string, number>>(sql`
    select count(*) filter (where o.minimum_age is null or o.minimum_age < 18)::int as youth,
           count(*) filter (where o.minimum_age >= 18)::int as adults,
           count(*) filter (where not o.background_check)::int as nocheck,
           count(*) filter (where o.background_check)::int as checked,
           count(*) filter (where o.training_provided)::int as training,
           count(*) filter (where not o.training_provided)::int as untrained
    from opportunities o join organizations org on org.id = o.organization_id where ${publicCondition}`);
  for (const [side, count] of Object.entries(row!)) expect(count, side).toBeGreaterThan(0);
});

it("shows what happens after \"I'm interested\": a full posting with a waiting list, an event tomorrow with volunteers scheduled, hours recorded and confirmed, quick and slow organizations", async () => {
  const full = await one<{ waiting: number; taken: number; spots: number }>(sql`
    select o.spots, o.places_taken as taken, (select count(*)::int from responses r where r.opportunity_id = o.id and r.waitlisted_at is not null) as waiting
    from opportunities o join organizations org on org.id = o.organization_id where ${publicCondition} and o.spots is not null and o.places_taken >= o.spots`);
  expect(full).toEqual([{ spots: 2, taken: 2, waiting: 2 }]);

  const [event] = await one<{ scheduled: number; day: string; tomorrow: string; after: string }>(sql`
    select (select count(*)::int from responses r where r.opportunity_id = o.id and r.status = 'scheduled') as scheduled,
           to_char(o.starts_at at time zone ${TIME_ZONE}, 'YYYY-MM-DD') as day, to_char((now() + interval '1 day') at time zone ${TIME_ZONE}, 'YYYY-MM-DD') as tomorrow,
           to_char((now() + interval '2 days') at time zone ${TIME_ZONE}, 'YYYY-MM-DD') as after
    from opportunities o join organizations org on org.id = o.organization_id where ${publicCondition} and o.type = 'one_time'
    order by (select count(*) from responses r where r.opportunity_id = o.id and r.status = 'scheduled') desc limit 1`);
  expect(event!.scheduled).toBeGreaterThan(0);
  // Tomorrow, unless no event's own day (a Saturday bake sale, a weekday pantry shift) falls tomorrow.
  expect([event!.tomorrow, event!.after]).toContain(event!.day);

  const hours = await one<{ status: string; email: string }>(sql`select h.status::text, r.email from service_hours h join responses r on r.id = h.response_id order by h.id`);
  expect(hours).toEqual([
    { status: "confirmed", email: DEMO_ACCOUNTS.volunteer },
    { status: "recorded", email: DEMO_ACCOUNTS.volunteer },
  ]);

  const speeds = await one<{ median: number; waiting: number }>(sql`
    select percentile_cont(0.5) within group (order by extract(epoch from (first_status_change_at - confirmed_at)) / 86400)::float8 as median,
           count(*) filter (where first_status_change_at is null and confirmed_at < now() - interval '3 days')::int as waiting
    from responses where confirmed_at is not null group by organization_id having count(*) >= 3`);
  expect(speeds.some((speed) => speed.median < 1)).toBe(true);
  expect(speeds.some((speed) => speed.median > 3 && speed.waiting > 0)).toBe(true);
});

it("gives each reminder something to do: a posting ending within the week, volunteers waiting, an event with volunteers scheduled", async () => {
  const sent = await sendDueReminders();
  expect(sent.expiryReminders).toBeGreaterThan(0);
  expect(sent.nudges).toBeGreaterThan(0);
  const [event] = await one<{ starts_at: Date | string }>(sql`
    select o.starts_at from opportunities o where o.type = 'one_time' and o.status = 'published'
    and exists (select 1 from responses r where r.opportunity_id = o.id and r.status = 'scheduled') order by o.starts_at limit 1`);
  const startsAt = new Date(event!.starts_at);
  // Its reminder is due from 10:00 in Maine the day before: sent above already, or once that time comes.
  const later = await sendDueReminders(new Date(Math.max(Date.now(), eventReminderDueAt(startsAt).getTime())));
  expect(sent.eventReminders + later.eventReminders).toBeGreaterThan(0);
});

it("has the drafts, expired postings and unapproved organizations that must never show", async () => {
  const [row] = await one<{ drafts: number; expired: number; closed: number; pending: number; rejected: number; suspended: number }>(sql`
    select (select count(*)::int from opportunities where status = 'draft') as drafts,
           (select count(*)::int from opportunities where status = 'published' and expires_at <= now()) as expired,
           (select count(*)::int from opportunities where status = 'closed') as closed,
           (select count(*)::int from organizations where status = 'pending') as pending,
           (select count(*)::int from organizations where status = 'rejected') as rejected,
           (select count(*)::int from organizations where status = 'suspended') as suspended`);
  for (const [name, n] of Object.entries(row!)) expect(n, name).toBeGreaterThan(0);
  // Unapproved organizations have postings of their own, so hiding them is really tested.
  const [hidden] = await one<{ n: number }>(sql`
    select count(*)::int as n from opportunities o join organizations org on org.id = o.organization_id
    where org.status <> 'approved' and o.status = 'published' and o.expires_at > now()`);
  expect(hidden!.n).toBeGreaterThan(0);
});

it("reads as real: no placeholder text and no street addresses", async () => {
  const [row] = await one<{ n: number }>(sql`
    select count(*)::int as n from opportunities
    where concat_ws(' ', title, summary, description, requirements) ~* '(lorem|ipsum|\\m\\d+ [A-Z][a-z]+ (street|st|road|rd|avenue|ave)\\M)'`);
  expect(row!.n).toBe(0);
});

it("never puts a confidential organization's town in a posting's slug", async () => {
  const leaks = await one<{ slug: string }>(sql`
    select o.slug from opportunities o join organizations org on org.id = o.organization_id
    where org.confidential_location and o.slug like '%' || lower(replace(org.town, ' ', '-')) || '%'`);
  expect(leaks).toEqual([]);
  const [confidential] = await one<{ n: number }>(sql`select count(*)::int as n from organizations where confidential_location`);
  expect(confidential!.n).toBeGreaterThan(0);
});

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** A moment in Maine's time: month (1–12), weekday (0 is Sunday) and minutes after midnight. */
function maineTime(date: Date) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone: TIME_ZONE, month: "numeric", weekday: "long", hour: "numeric", minute: "numeric", hourCycle: "h23" })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return { month: Number(parts.month), weekday: WEEKDAYS.indexOf(parts.weekday!.toLowerCase()), minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** The times of day a schedule names, in minutes: "5 to 8 p.m." names 5 p.m. and 8 p.m.; "noon" is 12:00. */
function timesNamed(schedule: string): number[] {
  const tokens = [...schedule.matchAll(/\b(\d{1,2})(?::(\d{2}))?\s*(a\.m\.|p\.m\.)?|\bnoon\b/gi)];
  return tokens.flatMap((token, i) => {
    if (token[0].toLowerCase() === "noon") return [12 * 60];
    const meridiem = token[3] ?? tokens.slice(i + 1).find((next) => next[3])?.[3];
    if (!meridiem) return [];
    const hour = (Number(token[1]) % 12) + (meridiem.toLowerCase() === "p.m." ? 12 : 0);
    return [hour * 60 + Number(token[2] ?? 0)];
  });
}

it("dates its one-time events as their texts and schedules say", async () => {
  const events = await one<{ title: string; text: string; schedule: string | null; starts_at: Date | string; ends_at: Date | string | null; published_at: Date | string | null }>(sql`
    select title, concat_ws(' ', title, summary, description, schedule) as text, schedule, starts_at, ends_at, published_at
    from opportunities where starts_at is not null`);
  expect(events.length).toBeGreaterThan(0);
  for (const event of events) {
    const start = maineTime(new Date(event.starts_at));
    const months = MONTHS.flatMap((name, i) => (new RegExp(`\\b${name}\\b`, "i").test(event.text) ? [i + 1] : []));
    if (months.length > 0) expect(months, `${event.title}: its month`).toContain(start.month);
    const schedule = event.schedule ?? "";
    const weekdays = WEEKDAYS.flatMap((name, i) => (new RegExp(`\\b${name}s?\\b`, "i").test(schedule) ? [i] : []));
    if (/\bweek(day|night)s?\b/i.test(schedule)) weekdays.push(1, 2, 3, 4, 5);
    if (weekdays.length > 0) expect(weekdays, `${event.title}: its weekday`).toContain(start.weekday);
    const times = timesNamed(schedule);
    if (times.length > 0) {
      expect(times, `${event.title}: its start`).toContain(start.minutes);
      if (event.ends_at) expect(times, `${event.title}: its end`).toContain(maineTime(new Date(event.ends_at)).minutes);
    }
    if (event.published_at) expect(new Date(event.published_at).getTime(), `${event.title}: announced before it happens`).toBeLessThan(new Date(event.starts_at).getTime());
  }
});

it("schedules every one-time event it can: each names a day or time that the test above checks", async () => {
  const unchecked = await one<{ title: string }>(sql`
    select distinct title from opportunities
    where type = 'one_time' and (schedule is null or schedule !~* '(day|night|\\d)')`);
  expect(unchecked).toEqual([]);
});

it("is loaded only into an empty database", async () => {
  expect(await seedDemoIfEmpty(db)).toBe(false);
});

it("gives the demo admin, and no one else, a second factor with the published secret, sealed with the server's key", async () => {
  const rows = await one<{ id: number; email: string; secret_encrypted: string; enabled_at: Date | null }>(sql`
    select u.id, u.email, f.secret_encrypted, f.enabled_at from second_factors f join users u on u.id = f.user_id`);
  expect(rows.map((row) => row.email)).toEqual([DEMO_ACCOUNTS.admin]);
  expect(rows[0]!.enabled_at).not.toBeNull();
  expect(rows[0]!.secret_encrypted).not.toContain(DEMO_ADMIN_TOTP_SECRET);
  expect(openSecret(rows[0]!.secret_encrypted, rows[0]!.id, KEY)).toBe(DEMO_ADMIN_TOTP_SECRET);
});
