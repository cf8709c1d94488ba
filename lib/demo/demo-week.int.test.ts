/**
 * The demo's activity depends on the day it is seeded: the event it fills with scheduled volunteers
 * is the first whose own day falls tomorrow or the day after. Seeded on a Saturday, that is a
 * Monday event whose template offers two places, the two it schedules; the demo must still have
 * exactly one full posting (the one with the waiting list), whatever the day.
 */
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { getDb, rowsOf } from "@/db/client";
import { TIME_ZONE } from "@/lib/format";
import { seedDemo } from "./demo";

it("seeded on a Saturday, leaves the event it schedules volunteers for open to more", async () => {
  const db = await getDb();
  // Saturday 5 December 2026, noon in Maine.
  const now = new Date("2026-12-05T17:00:00Z");
  await seedDemo(db, { now });
  const live = sql`org.status = 'approved' and o.status = 'published' and o.expires_at > ${now.toISOString()}::timestamptz`;

  const full = rowsOf<{ title: string; waiting: number }>(
    await db.execute(sql`select o.title, (select count(*)::int from responses r where r.opportunity_id = o.id and r.waitlisted_at is not null) as waiting
      from opportunities o join organizations org on org.id = o.organization_id
      where ${live} and o.spots is not null and o.places_taken >= o.spots`),
  );
  expect(full).toHaveLength(1);
  expect(full[0]!.waiting).toBe(2);

  const [event] = rowsOf<{ spots: number | null; taken: number; weekday: number }>(
    await db.execute(sql`select o.spots, o.places_taken as taken, extract(dow from o.starts_at at time zone ${TIME_ZONE})::int as weekday
      from opportunities o join organizations org on org.id = o.organization_id
      where ${live} and o.type = 'one_time' and exists (select 1 from responses r where r.opportunity_id = o.id and r.status = 'scheduled')`),
  );
  expect(event).toMatchObject({ taken: 2, weekday: 1 });
  expect(event!.spots === null || event!.spots > event!.taken).toBe(true);
});
