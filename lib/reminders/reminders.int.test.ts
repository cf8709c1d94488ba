/**
 * Reminders and nudges against the real database, by moving the clock: each
 * call of sendDueReminders is given the moment it runs at, and the database
 * holds postings and responses dated around it. Mail is what the outbox holds.
 */
import { eq, sql } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb, type Database } from "@/db/client";
import { opportunities, outbox, rateLimits, reminderOptOuts, remindersSent, responses } from "@/db/schema";
import { fromLocalInput } from "@/lib/format";
import { insertMembership, insertOpportunity, insertOrganization, insertResponse, insertUser } from "@/lib/testing/fixtures";
import { optOutToken } from "./opt-out";
import { reminderLinkState, resumeReminders, stopReminders } from "./opt-out-actions";
import { EVENT_REMINDER_SUBJECT, eventReminderDueAt, EXPIRY_REMINDER_SUBJECT, forgetOldReminders, NUDGE_SUBJECT, sendDueReminders } from "./reminders";

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Saturday, December 12, 2026, 9:00 in Maine: the event most tests use. */
const EVENT_START = fromLocalInput("2026-12-12T09:00")!;
/** Its reminder is due from 10:00 in Maine the day before. */
const REMINDER_DUE = fromLocalInput("2026-12-11T10:00")!;

let db: Database;
let organization: { id: number; slug: string };
let coordinator: { email: string };
let owner: { email: string };

const mails = (subject?: string) =>
  db
    .select({ to: outbox.to, subject: outbox.subject, text: outbox.text, headers: outbox.headers, attachments: outbox.attachments })
    .from(outbox)
    .where(subject ? eq(outbox.subject, subject) : sql`true`)
    .orderBy(outbox.id);

/** A dated event far in the test's future (so nothing else in the database is due with it), with one scheduled volunteer. */
async function scheduledFor(startsAt: Date, values: Partial<typeof opportunities.$inferInsert> = {}, status: "scheduled" | "placed" | "contacted" = "scheduled") {
  const posting = await insertOpportunity(db, organization.id, { title: "Winter coat drive", type: "one_time", startsAt, endsAt: new Date(startsAt.getTime() + 3 * HOUR), town: "Bangor", ...values }, ["penobscot"]);
  const response = await insertResponse(db, posting.id, organization.id, { status });
  return { posting, response };
}

beforeAll(async () => {
  db = await getDb();
  organization = await insertOrganization(db, { name: "Penobscot Bay Shelter" });
  const a = await insertUser(db, { email: "coordinator@penobscot-bay.example.org" });
  const b = await insertUser(db, { email: "owner@penobscot-bay.example.org" });
  await insertMembership(db, a.id, organization.id);
  await insertMembership(db, b.id, organization.id, "owner");
  coordinator = a;
  owner = b;
});

beforeEach(async () => {
  await db.delete(outbox).where(sql`true`);
  await db.delete(rateLimits).where(sql`true`);
  await db.delete(reminderOptOuts).where(sql`true`);
  // Each test's rows are its own: earlier tests' postings are moved out of every window.
  await db.update(opportunities).set({ status: "closed", startsAt: null, expiresAt: new Date("2020-01-01T00:00:00Z") }).where(sql`true`);
  await db.update(responses).set({ status: "declined" }).where(sql`true`);
});

describe("the day-before reminder of an event", () => {
  it("is due at 10:00 in Maine on the day before the event, whatever the time of the event and the season", () => {
    expect(eventReminderDueAt(EVENT_START)).toEqual(REMINDER_DUE);
    expect(eventReminderDueAt(fromLocalInput("2026-12-12T00:30")!)).toEqual(REMINDER_DUE);
    expect(eventReminderDueAt(fromLocalInput("2026-12-12T23:30")!)).toEqual(REMINDER_DUE);
    // Across the start of a month, and in summer time.
    expect(eventReminderDueAt(fromLocalInput("2027-07-01T18:00")!)).toEqual(fromLocalInput("2027-06-30T10:00")!);
    expect(fromLocalInput("2027-06-30T10:00")!.toISOString()).toBe("2027-06-30T14:00:00.000Z");
  });

  it("goes once, on the day before, to each scheduled volunteer, with the calendar file and a way to stop", async () => {
    const { posting, response } = await scheduledFor(EVENT_START);

    expect((await sendDueReminders(new Date(REMINDER_DUE.getTime() - 3 * DAY))).eventReminders).toBe(0);
    expect((await sendDueReminders(new Date(REMINDER_DUE.getTime() - 60_000))).eventReminders).toBe(0);
    expect(await mails()).toEqual([]);

    expect((await sendDueReminders(REMINDER_DUE)).eventReminders).toBe(1);
    const [mail] = await mails(EVENT_REMINDER_SUBJECT);
    expect(mail!.to).toBe(response.email);
    expect(mail!.text).toContain(`"Winter coat drive" with Penobscot Bay Shelter`);
    expect(mail!.text).toContain("Saturday, December 12, 2026 at 9:00 AM to 12:00 PM");
    expect(mail!.text).toContain("Bangor, Penobscot County");
    expect(mail!.text).toContain("National Human Trafficking Hotline: call 1-888-373-7888");
    expect(mail!.text).toMatch(/\/reminders\/stop\?token=[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{43}/);
    expect(mail!.headers?.["List-Unsubscribe"]).toMatch(/^<https?:\/\/[^>]+\/reminders\/stop\/one-click\?token=[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{43}>$/);
    expect(mail!.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    // The same calendar file as the posting's "Add to calendar": public fields, the event's times.
    expect(mail!.attachments).toHaveLength(1);
    const [calendar] = mail!.attachments!;
    expect(calendar!.filename).toBe(`${posting.slug}.ics`);
    expect(calendar!.contentType).toMatch(/^text\/calendar/);
    expect(calendar!.content).toContain("DTSTART:20261212T140000Z");
    expect(calendar!.content).toContain(`UID:${posting.slug}@`);
    expect(calendar!.content).toContain("SUMMARY:Winter coat drive");
    // Nothing of the volunteer's in what the organization did not write.
    expect(calendar!.content).not.toContain(response.email!);

    // Later that day and on the morning of the event: nothing again.
    expect((await sendDueReminders(new Date(REMINDER_DUE.getTime() + 6 * HOUR))).eventReminders).toBe(0);
    expect((await sendDueReminders(new Date(EVENT_START.getTime() - HOUR))).eventReminders).toBe(0);
    expect(await mails(EVENT_REMINDER_SUBJECT)).toHaveLength(1);
  });

  it("goes again when the event moves to another day, and not for an event that has started", async () => {
    const { posting } = await scheduledFor(EVENT_START);
    expect((await sendDueReminders(REMINDER_DUE)).eventReminders).toBe(1);
    const moved = new Date(EVENT_START.getTime() + 7 * DAY);
    await db.update(opportunities).set({ startsAt: moved }).where(eq(opportunities.id, posting.id));
    expect((await sendDueReminders(eventReminderDueAt(moved))).eventReminders).toBe(1);
    expect((await sendDueReminders(new Date(moved.getTime() + 60_000))).eventReminders).toBe(0);
    // Scheduled after the reminder was due but before the start: still told.
    const late = await scheduledFor(new Date(EVENT_START.getTime() + 14 * DAY));
    expect((await sendDueReminders(new Date(late.posting.startsAt!.getTime() - HOUR))).eventReminders).toBe(1);
    expect(await mails(EVENT_REMINDER_SUBJECT)).toHaveLength(3);
  });

  it("goes only to scheduled volunteers, of postings whose reminders are on, of organizations still approved", async () => {
    await scheduledFor(EVENT_START, {}, "contacted");
    await scheduledFor(EVENT_START, {}, "placed");
    await scheduledFor(EVENT_START, { eventReminders: false });
    await scheduledFor(EVENT_START, { status: "draft" });
    const suspended = await insertOrganization(db, { status: "suspended" });
    const elsewhere = await insertOpportunity(db, suspended.id, { type: "one_time", startsAt: EVENT_START });
    await insertResponse(db, elsewhere.id, suspended.id, { status: "scheduled" });
    // A response wiped by the retention job has no address left.
    const wiped = await scheduledFor(EVENT_START);
    await db.update(responses).set({ email: null, name: null }).where(eq(responses.id, wiped.response.id));
    // A closed posting's event still happens: its volunteers are told.
    const closed = await scheduledFor(EVENT_START, { status: "closed" });

    expect((await sendDueReminders(REMINDER_DUE)).eventReminders).toBe(1);
    expect((await mails(EVENT_REMINDER_SUBJECT)).map((mail) => mail.to)).toEqual([closed.response.email]);
  });

  it("stops for an address whose owner used the link, and for no other", async () => {
    const stopping = await scheduledFor(EVENT_START);
    const staying = await scheduledFor(EVENT_START);
    expect(await stopReminders({ token: optOutToken(stopping.response.email!.toUpperCase()) })).toEqual({ ok: true });
    // Twice is the same as once.
    expect(await stopReminders({ token: optOutToken(stopping.response.email!) })).toEqual({ ok: true });
    // The list holds no address.
    const [row] = await db.select().from(reminderOptOuts);
    expect(JSON.stringify(row)).not.toContain(stopping.response.email!.split("@")[0]);

    expect((await sendDueReminders(REMINDER_DUE)).eventReminders).toBe(1);
    expect((await mails(EVENT_REMINDER_SUBJECT)).map((mail) => mail.to)).toEqual([staying.response.email]);
  });

  it("starts again for an address whose owner turned them back on with the same link", async () => {
    const volunteer = await scheduledFor(EVENT_START);
    const token = optOutToken(volunteer.response.email!);
    expect(await reminderLinkState(token)).toBe("on");
    expect(await stopReminders({ token })).toEqual({ ok: true });
    expect(await reminderLinkState(token)).toBe("stopped");
    // Another address's link says nothing of this one.
    expect(await reminderLinkState(optOutToken("someone.else@example.net"))).toBe("on");

    expect(await resumeReminders({ token })).toEqual({ ok: true });
    expect(await reminderLinkState(token)).toBe("on");
    // Twice is the same as once.
    expect(await resumeReminders({ token })).toEqual({ ok: true });
    expect((await sendDueReminders(REMINDER_DUE)).eventReminders).toBe(1);
    expect((await mails(EVENT_REMINDER_SUBJECT)).map((mail) => mail.to)).toEqual([volunteer.response.email]);
  });

  it("refuses a forged or garbled link, and writes nothing", async () => {
    const token = optOutToken("someone@example.net");
    const forged = `${token.slice(0, 44)}${token[44] === "A" ? "B" : "A"}${token.slice(45)}`;
    expect(await stopReminders({ token: forged })).toMatchObject({ ok: false, message: expect.stringMatching(/not valid/) });
    expect(await stopReminders({ token: "not-a-token" })).toMatchObject({ ok: false, fieldErrors: { token: [expect.stringMatching(/not valid/)] } });
    expect(await stopReminders({})).toMatchObject({ ok: false });
    expect(await db.select().from(reminderOptOuts)).toEqual([]);

    // Turning them back on with a forged link removes no one's choice.
    expect(await stopReminders({ token })).toEqual({ ok: true });
    expect(await resumeReminders({ token: forged })).toMatchObject({ ok: false, message: expect.stringMatching(/not valid/) });
    expect(await resumeReminders({ token: "not-a-token" })).toMatchObject({ ok: false, fieldErrors: { token: [expect.stringMatching(/not valid/)] } });
    expect(await db.select().from(reminderOptOuts)).toHaveLength(1);
    expect(await reminderLinkState(forged)).toBe("invalid");
    expect(await reminderLinkState(undefined)).toBe("invalid");
  });

  it("a reminder that fails to queue holds up none of the others, and goes in a later round", async () => {
    const failing = await scheduledFor(EVENT_START);
    const fine = await scheduledFor(EVENT_START);
    // The outbox refuses one address, as a full disk or a lost connection might refuse a write.
    await db.execute(sql.raw(`create function refuse_one_mail() returns trigger language plpgsql as $$
      begin if new."to" = '${failing.response.email}' then raise exception 'refused'; end if; return new; end $$`));
    await db.execute(sql`create trigger refuse_one_mail before insert on outbox for each row execute function refuse_one_mail()`);
    try {
      expect((await sendDueReminders(REMINDER_DUE)).eventReminders).toBe(1);
    } finally {
      await db.execute(sql`drop trigger refuse_one_mail on outbox`);
      await db.execute(sql`drop function refuse_one_mail()`);
    }
    expect((await mails(EVENT_REMINDER_SUBJECT)).map((mail) => mail.to)).toEqual([fine.response.email]);
    // Its claim rolled back with it: the next round sends it.
    expect((await sendDueReminders(new Date(REMINDER_DUE.getTime() + 60_000))).eventReminders).toBe(1);
    expect((await mails(EVENT_REMINDER_SUBJECT)).map((mail) => mail.to)).toEqual([fine.response.email, failing.response.email]);
  });

  it("sends one mail when several servers run the reminders at once", async () => {
    await scheduledFor(EVENT_START);
    await scheduledFor(EVENT_START);
    const reports = await Promise.all([sendDueReminders(REMINDER_DUE), sendDueReminders(REMINDER_DUE), sendDueReminders(REMINDER_DUE)]);
    expect(reports.reduce((sum, report) => sum + report.eventReminders, 0)).toBe(2);
    expect(await mails(EVENT_REMINDER_SUBJECT)).toHaveLength(2);
  });
});

describe("the reminder before a posting expires", () => {
  const NOW = new Date("2027-03-01T15:00:00Z");

  it("tells each member of the team 7 days before, once, with the link to renew; and again after a renewal", async () => {
    const posting = await insertOpportunity(db, organization.id, { title: "Front desk help", publishedAt: new Date(NOW.getTime() - 60 * DAY), expiresAt: new Date(NOW.getTime() + 10 * DAY) });

    expect((await sendDueReminders(NOW)).expiryReminders).toBe(0);
    expect((await sendDueReminders(new Date(NOW.getTime() + 3 * DAY - 60_000))).expiryReminders).toBe(0);
    const due = new Date(NOW.getTime() + 3 * DAY);
    expect((await sendDueReminders(due)).expiryReminders).toBe(1);
    const sent = await mails(EXPIRY_REMINDER_SUBJECT);
    expect(sent.map((mail) => mail.to).sort()).toEqual([coordinator.email, owner.email].sort());
    expect(sent[0]!.text).toContain(`"Front desk help" leaves the public site on`);
    expect(sent[0]!.text).toContain(`/dashboard/${organization.slug}/postings/${posting.id}`);
    expect((await sendDueReminders(new Date(due.getTime() + 2 * DAY))).expiryReminders).toBe(0);

    // Renewed: a new expiry, and a reminder before it in its turn.
    const renewedUntil = new Date(due.getTime() + 90 * DAY);
    await db.update(opportunities).set({ expiresAt: renewedUntil }).where(eq(opportunities.id, posting.id));
    expect((await sendDueReminders(new Date(renewedUntil.getTime() - 7 * DAY))).expiryReminders).toBe(1);
    expect(await mails(EXPIRY_REMINDER_SUBJECT)).toHaveLength(4);
  });

  it("is not sent for a posting meant to be short, an event before its expiry, or one not published", async () => {
    await insertOpportunity(db, organization.id, { publishedAt: new Date(NOW.getTime() - 2 * DAY), expiresAt: new Date(NOW.getTime() + 3 * DAY) });
    await insertOpportunity(db, organization.id, { type: "one_time", startsAt: new Date(NOW.getTime() + 2 * DAY), publishedAt: new Date(NOW.getTime() - 30 * DAY), expiresAt: new Date(NOW.getTime() + 3 * DAY) });
    await insertOpportunity(db, organization.id, { status: "closed", publishedAt: new Date(NOW.getTime() - 30 * DAY), expiresAt: new Date(NOW.getTime() + 3 * DAY) });
    await insertOpportunity(db, organization.id, { moderationReason: "Unpublished by an admin.", publishedAt: new Date(NOW.getTime() - 30 * DAY), expiresAt: new Date(NOW.getTime() + 3 * DAY) });
    expect((await sendDueReminders(NOW)).expiryReminders).toBe(0);
    expect(await mails(EXPIRY_REMINDER_SUBJECT)).toEqual([]);
  });
});

describe("the nudge about responses still new", () => {
  const NOW = new Date("2027-05-03T15:00:00Z");
  const confirmedDaysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

  it("tells the team once, in one mail, how many volunteers have waited more than 3 days, without their details", async () => {
    const coats = await insertOpportunity(db, organization.id, { title: "Coat drive" });
    const desk = await insertOpportunity(db, organization.id, { title: "Front desk" });
    const a = await insertResponse(db, coats.id, organization.id, { confirmedAt: confirmedDaysAgo(3.5) });
    await insertResponse(db, coats.id, organization.id, { confirmedAt: confirmedDaysAgo(4) });
    await insertResponse(db, desk.id, organization.id, { confirmedAt: confirmedDaysAgo(5) });
    // Not yet 3 days; already answered; on the waiting list; never confirmed; long past a nudge.
    const recent = await insertResponse(db, desk.id, organization.id, { confirmedAt: confirmedDaysAgo(2) });
    await insertResponse(db, desk.id, organization.id, { confirmedAt: confirmedDaysAgo(5), status: "contacted" });
    await insertResponse(db, desk.id, organization.id, { confirmedAt: confirmedDaysAgo(5), waitlistedAt: confirmedDaysAgo(5) });
    await insertResponse(db, desk.id, organization.id, { createdAt: confirmedDaysAgo(5), confirmedAt: null });
    await insertResponse(db, desk.id, organization.id, { confirmedAt: confirmedDaysAgo(45) });

    expect((await sendDueReminders(NOW)).nudges).toBe(1);
    const sent = await mails(NUDGE_SUBJECT);
    expect(sent.map((mail) => mail.to).sort()).toEqual([coordinator.email, owner.email].sort());
    expect(sent[0]!.text).toContain("3 volunteers have waited more than 3 days for an answer");
    expect(sent[0]!.text).toContain(`- "Coat drive": 2`);
    expect(sent[0]!.text).toContain(`- "Front desk": 1`);
    expect(sent[0]!.text).toContain(`/dashboard/${organization.slug}/responses?status=new`);
    expect(sent[0]!.text).not.toContain(a.email!);
    expect(sent[0]!.text).not.toContain(a.name!);

    // Once per response: the next run is quiet, until the recent one passes 3 days, which nudges about it alone.
    expect((await sendDueReminders(new Date(NOW.getTime() + HOUR))).nudges).toBe(0);
    expect((await sendDueReminders(new Date(recent.confirmedAt!.getTime() + 3 * DAY))).nudges).toBe(1);
    const last = (await mails(NUDGE_SUBJECT)).at(-1)!;
    expect(last.text).toContain("1 volunteer has waited more than 3 days");
    expect(last.text).toContain(`- "Front desk": 1`);
  });

  it("sends one nudge when several servers run at once", async () => {
    const posting = await insertOpportunity(db, organization.id);
    await insertResponse(db, posting.id, organization.id, { confirmedAt: confirmedDaysAgo(4) });
    await insertResponse(db, posting.id, organization.id, { confirmedAt: confirmedDaysAgo(4) });
    const reports = await Promise.all([sendDueReminders(NOW), sendDueReminders(NOW)]);
    expect(reports.reduce((sum, report) => sum + report.nudges, 0)).toBe(1);
    expect(await mails(NUDGE_SUBJECT)).toHaveLength(2);
  });
});

it("forgets the record of reminders about moments long past, and only those", async () => {
  await db.delete(remindersSent).where(sql`true`);
  const now = new Date("2027-06-01T12:00:00Z");
  await db.insert(remindersSent).values([
    { kind: "event", subjectId: 1, forMoment: new Date(now.getTime() - 61 * DAY) },
    { kind: "nudge", subjectId: 2, forMoment: new Date(now.getTime() - 59 * DAY) },
  ]);
  await forgetOldReminders(now);
  expect((await db.select({ subjectId: remindersSent.subjectId }).from(remindersSent)).map((row) => row.subjectId)).toEqual([2]);
});
