/**
 * What the demo organizations have done with their responses, so every
 * feature shows on a fresh demo: a full posting with a waiting list, an event
 * tomorrow (or the day after) with volunteers scheduled, hours recorded (one entry confirmed by
 * the demo volunteer, one waiting for them), and organizations that answer
 * quickly and slowly. Kept away from the two organizations the demo
 * coordinator owns, whose inboxes the browser tests fill themselves.
 */
import { and, asc, desc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { opportunities, responses, serviceHours, users } from "@/db/schema";
import { toLocalInput } from "@/lib/format";
import { eventDates } from "./demo";
import { demoOpportunityTemplates } from "./demo-content";

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

type Volunteer = { name: string; email: string; phone?: string };
const PEOPLE: Volunteer[] = [
  { name: "Morgan Ellis", email: "morgan.ellis@example.net", phone: "(207) 555-0131" },
  { name: "Jesse Park", email: "jesse.park@example.net" },
  { name: "Riley Chen", email: "riley.chen@example.net", phone: "(207) 555-0178" },
  { name: "Avery Doucette", email: "avery.doucette@example.net" },
  { name: "Sam Ouellette", email: "sam.ouellette@example.net" },
  { name: "Taylor Brooks", email: "taylor.brooks@example.net", phone: "(207) 555-0114" },
  { name: "Quinn Levesque", email: "quinn.levesque@example.net" },
  { name: "Jordan Pelletier", email: "jordan.pelletier@example.net" },
];

/** `approved`: the approved organizations' ids in the demo's order; the first two are the demo coordinator's. */
export async function seedDemoActivity(tx: Transaction, approved: number[], volunteerEmail: string, now: Date): Promise<void> {
  const [, , withWaitlist, quick, slow] = approved;
  if (withWaitlist === undefined || quick === undefined || slow === undefined) throw new Error("The demo needs at least five approved organizations.");
  const [volunteer] = await tx.select({ id: users.id, name: users.name }).from(users).where(eq(users.email, volunteerEmail));
  let person = 0;
  const respond = async (opportunityId: number, organizationId: number, values: Partial<typeof responses.$inferInsert> & { at: Date }) => {
    const who = PEOPLE[person++ % PEOPLE.length]!;
    const { at, ...rest } = values;
    const [row] = await tx
      .insert(responses)
      .values({
        opportunityId,
        organizationId,
        name: who.name,
        email: who.email,
        phone: who.phone ?? null,
        message: "I would like to help.",
        consentedAt: at,
        confirmedAt: at,
        createdAt: at,
        ...rest,
      })
      .returning({ id: responses.id });
    return row!.id;
  };
  const live = (organizationId: number) =>
    and(eq(opportunities.organizationId, organizationId), eq(opportunities.status, "published"), gt(opportunities.expiresAt, now))!;

  // A full posting: two places, both taken; two people waiting, in order; the demo volunteer placed, with hours.
  const [full] = await tx.select({ id: opportunities.id }).from(opportunities).where(and(live(withWaitlist), sql`${opportunities.type} <> 'one_time'`))
    // An ongoing role rather than a donation drive, where one exists.
    .orderBy(sql`${opportunities.type} = 'ongoing' desc`, desc(opportunities.expiresAt))
    .limit(1);
  if (!full) throw new Error("The demo's waiting-list organization needs an ongoing posting.");
  await tx.update(opportunities).set({ spots: 2 }).where(eq(opportunities.id, full.id));
  const placedVolunteer = await respond(full.id, withWaitlist, {
    at: new Date(now.getTime() - 40 * DAY),
    name: volunteer?.name ?? "Val Volunteer",
    email: volunteerEmail,
    userId: volunteer?.id ?? null,
    status: "placed",
    firstStatusChangeAt: new Date(now.getTime() - 39 * DAY),
  });
  await respond(full.id, withWaitlist, { at: new Date(now.getTime() - 30 * DAY), status: "scheduled", firstStatusChangeAt: new Date(now.getTime() - 29 * DAY) });
  await respond(full.id, withWaitlist, { at: new Date(now.getTime() - 6 * DAY), waitlistedAt: new Date(now.getTime() - 6 * DAY) });
  await respond(full.id, withWaitlist, { at: new Date(now.getTime() - 2 * DAY), waitlistedAt: new Date(now.getTime() - 2 * DAY) });
  const day = (daysAgo: number) => toLocalInput(new Date(now.getTime() - daysAgo * DAY)).slice(0, 10);
  await tx.insert(serviceHours).values([
    { responseId: placedVolunteer, organizationId: withWaitlist, opportunityId: full.id, servedOn: day(21), minutes: 180, description: "Orientation and a first shift", status: "confirmed", answeredAt: new Date(now.getTime() - 20 * DAY) },
    { responseId: placedVolunteer, organizationId: withWaitlist, opportunityId: full.id, servedOn: day(7), minutes: 150, description: "Sorted donations for the winter drive" },
  ]);

  // A posting that leaves the public site within the week: its team gets the reminder, and its page offers "Renew".
  const [ending] = await tx
    .select({ id: opportunities.id })
    .from(opportunities)
    .where(and(live(withWaitlist), sql`${opportunities.id} <> ${full.id}`, sql`${opportunities.type} <> 'one_time'`))
    .orderBy(asc(opportunities.expiresAt))
    .limit(1);
  if (ending) {
    await tx
      .update(opportunities)
      .set({ expiresAt: new Date(now.getTime() + 5 * DAY), publishedAt: sql`least(${opportunities.publishedAt}, ${new Date(now.getTime() - 30 * DAY).toISOString()}::timestamptz)` })
      .where(eq(opportunities.id, ending.id));
  }

  // An event as soon as one fits its text (tomorrow, or the day after when no event's day falls tomorrow), with two volunteers scheduled.
  const candidates = await tx
    .select({ id: opportunities.id, title: opportunities.title, organizationId: opportunities.organizationId })
    .from(opportunities)
    .where(and(inArray(opportunities.organizationId, approved.slice(2)), eq(opportunities.type, "one_time"), eq(opportunities.status, "published"), isNull(opportunities.closedAt)))
    .orderBy(asc(opportunities.id));
  const soonest = candidates
    .flatMap((candidate) => {
      const event = demoOpportunityTemplates.find((template) => template.title === candidate.title)?.event;
      return event ? [{ ...candidate, ...eventDates(event, now, 1) }] : [];
    })
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
  if (soonest) {
    // It still takes volunteers (the waiting list is the full posting's above), whatever places its template offers.
    await tx
      .update(opportunities)
      .set({ startsAt: soonest.startsAt, endsAt: soonest.endsAt, expiresAt: soonest.endsAt, spots: sql`case when ${opportunities.spots} is null then null else greatest(${opportunities.spots}, 6) end` })
      .where(eq(opportunities.id, soonest.id));
    for (const daysAgo of [9, 5]) {
      await respond(soonest.id, soonest.organizationId, { at: new Date(now.getTime() - daysAgo * DAY), status: "scheduled", firstStatusChangeAt: new Date(now.getTime() - daysAgo * DAY + 5 * HOUR) });
    }
  }

  // One organization answers within hours; another takes a week, and leaves two volunteers waiting.
  const [quickPosting] = await tx.select({ id: opportunities.id }).from(opportunities).where(live(quick)).orderBy(asc(opportunities.id)).limit(1);
  const [slowPosting] = await tx.select({ id: opportunities.id }).from(opportunities).where(live(slow)).orderBy(asc(opportunities.id)).limit(1);
  if (quickPosting) {
    for (const daysAgo of [50, 33, 20, 12, 4]) {
      await respond(quickPosting.id, quick, { at: new Date(now.getTime() - daysAgo * DAY), status: "contacted", firstStatusChangeAt: new Date(now.getTime() - daysAgo * DAY + 4 * HOUR) });
    }
  }
  if (slowPosting) {
    for (const daysAgo of [60, 41, 25]) {
      await respond(slowPosting.id, slow, { at: new Date(now.getTime() - daysAgo * DAY), status: "contacted", firstStatusChangeAt: new Date(now.getTime() - (daysAgo - 7) * DAY) });
    }
    for (const daysAgo of [9, 6]) await respond(slowPosting.id, slow, { at: new Date(now.getTime() - daysAgo * DAY) });
  }
}
