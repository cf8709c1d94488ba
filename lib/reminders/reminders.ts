import "server-only";
import { and, eq, gt, inArray, isNotNull, isNull, lt, lte, ne, notExists, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { opportunities, organizations, remindersSent, reminderOptOuts, responses } from "@/db/schema";
import type { ReminderKind } from "@/db/values";
import { enqueueMail, type Mail } from "@/lib/email/outbox";
import { postingCalendarEvent, renderIcs } from "@/lib/feeds/ics";
import { formatDateTime, formatEventTime, fromLocalInput, plural, toLocalInput } from "@/lib/format";
import { countiesOf } from "@/lib/opportunities/public";
import { publicTown } from "@/lib/organizations/public";
import { RENEW_WITHIN_DAYS } from "@/lib/opportunities/commands";
import { DEFAULT_LIFETIME_DAYS } from "@/lib/opportunities/schemas";
import { enabledMemberAddresses } from "@/lib/organizations/team-queries";
import { isConfirmed } from "@/lib/responses/delivered";
import { HOTLINE_LINE, site, siteUrl } from "@/lib/site";
import { addressHash, optOutToken } from "./opt-out";

/**
 * The mails the worker sends on a schedule, each once:
 *
 * - **Event reminders.** A volunteer scheduled for a dated event hears about
 *   it the day before (from 10:00 in Maine), with the event's calendar file,
 *   unless the coordinator turned reminders off for the posting or the
 *   address asked for no more (lib/reminders/opt-out.ts).
 * - **Expiry reminders.** A posting's team hears 7 days before it leaves the
 *   public site, with the link to renew it.
 * - **Nudges.** A response still "new" 3 days after it reached the
 *   organization nudges the team, once, in one mail per organization.
 *
 * Each call takes `now`, so tests move the clock instead of waiting. Every app
 * server runs this (lib/worker); a reminder is claimed by inserting its row in
 * reminders_sent in the same transaction that queues its mail, and the row's
 * primary key makes a second server's insert do nothing: no mail goes twice.
 */

export const EVENT_REMINDER_SUBJECT = "Reminder: your volunteer event is coming up";
export const EXPIRY_REMINDER_SUBJECT = "A posting leaves the public site in 7 days";
export const NUDGE_SUBJECT = "Volunteers are waiting for an answer";

/** A posting's team hears this many days before it expires: the dashboard offers "Renew" from then on. */
const EXPIRY_REMINDER_DAYS = RENEW_WITHIN_DAYS;
/** A response still "new" this long after it reached the organization nudges its team. */
export const NUDGE_AFTER_DAYS = 3;
/** Older responses are past a nudge: the responsiveness figures show them instead. */
const NUDGE_WITHIN_DAYS = 30;
/** Event reminders go from this hour (Maine time) on the day before the event. */
const EVENT_REMINDER_HOUR = "10:00";

const DAY_MS = 86_400_000;

export type ReminderReport = { eventReminders: number; expiryReminders: number; nudges: number };

export async function sendDueReminders(now: Date = new Date()): Promise<ReminderReport> {
  return {
    eventReminders: await sendEventReminders(now),
    expiryReminders: await sendExpiryReminders(now),
    nudges: await sendNudges(now),
  };
}

/**
 * Forgets the record of reminders about moments long past: no query above
 * looks further back than NUDGE_WITHIN_DAYS, so none of them can come again.
 */
export async function forgetOldReminders(now: Date = new Date()): Promise<void> {
  const db = await getDb();
  await db.delete(remindersSent).where(lt(remindersSent.forMoment, new Date(now.getTime() - 2 * NUDGE_WITHIN_DAYS * DAY_MS)));
}

/** When an event's reminder is due: 10:00 in Maine on the day before it starts. */
export function eventReminderDueAt(startsAt: Date): Date {
  const day = toLocalInput(startsAt).slice(0, 10);
  const before = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) - 1));
  return fromLocalInput(`${before.toISOString().slice(0, 10)}T${EVENT_REMINDER_HOUR}`)!;
}

const notSent = (kind: ReminderKind, subjectId: SQL | typeof responses.id | typeof opportunities.id, forMoment: SQL) =>
  notExists(
    sql`(select 1 from ${remindersSent} where ${remindersSent.kind} = ${kind} and ${remindersSent.subjectId} = ${subjectId} and ${remindersSent.forMoment} = ${forMoment})`,
  );

/**
 * Sends each item's reminder on its own: one that fails (its transaction rolls
 * back, so it is tried again next round) holds up none of the others. The log
 * line names the kind only, never a person.
 */
async function countSent<Item>(kind: ReminderKind, items: Item[], send: (item: Item) => Promise<boolean>): Promise<number> {
  let sent = 0;
  for (const item of items) {
    try {
      if (await send(item)) sent++;
    } catch (error) {
      console.error(`[reminders] one reminder (${kind}) failed: ${error instanceof Error ? error.name : "unknown error"}`);
    }
  }
  return sent;
}

/** Claims reminders in this transaction: the subjects whose row was new, so this server sends them. */
async function claim(tx: Transaction, kind: ReminderKind, subjects: { subjectId: number; forMoment: Date }[], now: Date): Promise<Set<number>> {
  if (subjects.length === 0) return new Set();
  const rows = await tx
    .insert(remindersSent)
    .values(subjects.map((subject) => ({ kind, ...subject, sentAt: now })))
    .onConflictDoNothing()
    .returning({ subjectId: remindersSent.subjectId });
  return new Set(rows.map((row) => row.subjectId));
}

async function sendEventReminders(now: Date): Promise<number> {
  const db = await getDb();
  const candidates = await db
    .select({
      responseId: responses.id,
      email: responses.email,
      opportunityId: opportunities.id,
      slug: opportunities.slug,
      title: opportunities.title,
      summary: opportunities.summary,
      town: publicTown(opportunities.town),
      statewide: opportunities.statewide,
      remote: opportunities.remote,
      startsAt: opportunities.startsAt,
      endsAt: opportunities.endsAt,
      updatedAt: opportunities.updatedAt,
      organizationName: organizations.name,
    })
    .from(responses)
    .innerJoin(opportunities, eq(opportunities.id, responses.opportunityId))
    .innerJoin(organizations, eq(organizations.id, opportunities.organizationId))
    .where(
      and(
        isConfirmed,
        eq(responses.status, "scheduled"),
        isNotNull(responses.email),
        eq(opportunities.eventReminders, true),
        ne(opportunities.status, "draft"),
        isNull(opportunities.moderationReason),
        eq(organizations.status, "approved"),
        // Due from the day before: never more than two days ahead, never once it has started.
        gt(opportunities.startsAt, now),
        lte(opportunities.startsAt, new Date(now.getTime() + 2 * DAY_MS)),
        notSent("event", responses.id, sql`${opportunities.startsAt}`),
      ),
    );
  const due = candidates.filter((row) => row.startsAt && eventReminderDueAt(row.startsAt) <= now);
  if (due.length === 0) return 0;

  const optedOut = new Set(
    (await db.select({ hash: reminderOptOuts.addressHash }).from(reminderOptOuts).where(inArray(reminderOptOuts.addressHash, due.map((row) => addressHash(row.email!))))).map(
      (row) => row.hash,
    ),
  );
  const counties = await countiesOf([...new Set(due.map((row) => row.opportunityId))]);
  return countSent("event", due, async (row) => {
    const email = row.email!;
    const event = { ...row, startsAt: row.startsAt!, counties: counties.get(row.opportunityId) ?? [] };
    return db.transaction(async (tx) => {
      const claimed = await claim(tx, "event", [{ subjectId: row.responseId, forMoment: event.startsAt }], now);
      // An address that opted out is marked as reminded too, so it is not looked at again.
      if (!claimed.has(row.responseId) || optedOut.has(addressHash(email))) return false;
      await enqueueMail(tx, eventReminderMail(email, event));
      return true;
    });
  });
}

type EventOfReminder = Parameters<typeof postingCalendarEvent>[0] & { remote: boolean };

function eventReminderMail(email: string, event: EventOfReminder): Mail {
  const stop = `${siteUrl()}/reminders/stop?token=${optOutToken(email)}`;
  const where = [event.town, event.statewide ? "statewide" : event.counties.map((county) => `${county.name} County`).join(", ")].filter(Boolean).join(", ");
  return {
    to: email,
    subject: EVENT_REMINDER_SUBJECT,
    text: [
      "Hello,",
      "",
      `A reminder that you are scheduled to volunteer for "${event.title}" with ${event.organizationName}.`,
      "",
      `When: ${formatEventTime(event.startsAt, event.endsAt)} (Maine time)`,
      `Where: ${event.remote ? "remotely, or " : ""}${where}. ${event.organizationName} tells you the exact place.`,
      "",
      "The event's calendar file is attached: open it to add the event to your calendar.",
      "",
      `If you can no longer come, please tell ${event.organizationName} as soon as you can. With an account on the ${site.name}, you can also withdraw under My responses: ${siteUrl()}/me`,
      "",
      `To get no more event reminders at this address: ${stop}`,
      "",
      HOTLINE_LINE,
    ].join("\n"),
    // RFC 8058: the mail program's own "Unsubscribe" posts here, one click.
    headers: {
      "List-Unsubscribe": `<${siteUrl()}/reminders/stop/one-click?token=${optOutToken(email)}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
    attachments: [{ filename: `${event.slug}.ics`, contentType: "text/calendar; charset=utf-8", content: renderIcs(postingCalendarEvent(event, siteUrl())) }],
  };
}


async function sendExpiryReminders(now: Date): Promise<number> {
  const db = await getDb();
  const due = await db
    .select({
      id: opportunities.id,
      title: opportunities.title,
      expiresAt: opportunities.expiresAt,
      organizationId: organizations.id,
      organizationSlug: organizations.slug,
    })
    .from(opportunities)
    .innerJoin(organizations, eq(organizations.id, opportunities.organizationId))
    .where(
      and(
        eq(opportunities.status, "published"),
        isNull(opportunities.moderationReason),
        eq(organizations.status, "approved"),
        gt(opportunities.expiresAt, now),
        lte(opportunities.expiresAt, new Date(now.getTime() + EXPIRY_REMINDER_DAYS * DAY_MS)),
        // A posting that was on the site for less than the reminder's days was meant to be short.
        lte(opportunities.publishedAt, sql`${opportunities.expiresAt} - make_interval(days => ${EXPIRY_REMINDER_DAYS})`),
        // An event that takes place before the posting expires ends it: nothing to renew.
        or(isNull(opportunities.startsAt), gt(opportunities.startsAt, opportunities.expiresAt)),
        notSent("expiry", opportunities.id, sql`${opportunities.expiresAt}`),
      ),
    );
  return countSent("expiry", due, (posting) =>
    db.transaction(async (tx) => {
      const claimed = await claim(tx, "expiry", [{ subjectId: posting.id, forMoment: posting.expiresAt }], now);
      if (!claimed.has(posting.id)) return false;
      const members = await enabledMemberAddresses(tx, posting.organizationId);
      const text = [
        "Hello,",
        "",
        `"${posting.title}" leaves the public site on ${formatDateTime(posting.expiresAt)} (Maine time).`,
        "",
        `If you still need volunteers, renew it for another ${DEFAULT_LIFETIME_DAYS} days from its page on your dashboard:`,
        `${siteUrl()}/dashboard/${posting.organizationSlug}/postings/${posting.id}`,
        "",
        "If you no longer need volunteers, there is nothing to do: it leaves the site by itself, and you can still renew it later.",
      ].join("\n");
      await enqueueMail(tx, members.map((member) => ({ to: member.email, subject: EXPIRY_REMINDER_SUBJECT, text })));
      return true;
    }),
  );
}

/** Nudges sent: one per organization whose team had responses waiting, each response counted once. */
async function sendNudges(now: Date): Promise<number> {
  const db = await getDb();
  const waiting = await db
    .select({
      responseId: responses.id,
      confirmedAt: responses.confirmedAt,
      title: opportunities.title,
      organizationId: organizations.id,
      organizationSlug: organizations.slug,
    })
    .from(responses)
    .innerJoin(opportunities, eq(opportunities.id, responses.opportunityId))
    .innerJoin(organizations, eq(organizations.id, responses.organizationId))
    .where(
      and(
        eq(responses.status, "new"),
        isNotNull(responses.email),
        eq(organizations.status, "approved"),
        lte(responses.confirmedAt, new Date(now.getTime() - NUDGE_AFTER_DAYS * DAY_MS)),
        gt(responses.confirmedAt, new Date(now.getTime() - NUDGE_WITHIN_DAYS * DAY_MS)),
        // Someone on a full posting's waiting list waits for a place, not for an answer.
        or(isNull(responses.waitlistedAt), isNotNull(responses.placeOfferedAt)),
        notSent("nudge", responses.id, sql`${responses.confirmedAt}`),
      ),
    );
  const byOrganization = groupBy(waiting, (row) => row.organizationId);
  return countSent("nudge", [...byOrganization.values()], (rows) =>
    db.transaction(async (tx) => {
      const claimed = await claim(tx, "nudge", rows.map((row) => ({ subjectId: row.responseId, forMoment: row.confirmedAt! })), now);
      const mine = rows.filter((row) => claimed.has(row.responseId));
      if (mine.length === 0) return false;
      const members = await enabledMemberAddresses(tx, rows[0]!.organizationId);
      await enqueueMail(tx, members.map((member) => ({ to: member.email, subject: NUDGE_SUBJECT, text: nudgeText(mine, rows[0]!.organizationSlug) })));
      return true;
    }),
  );
}

function nudgeText(rows: { title: string }[], organizationSlug: string): string {
  const perPosting = [...groupBy(rows, (row) => row.title)].map(([title, of]) => `- "${title}": ${of.length}`);
  return [
    "Hello,",
    "",
    `${rows.length} ${plural(rows.length, "volunteer has", "volunteers have")} waited more than ${NUDGE_AFTER_DAYS} days for an answer:`,
    ...perPosting,
    "",
    "People who hear back within a few days are the ones who stay. Contact them, or tell them it is not a fit, from your dashboard:",
    `${siteUrl()}/dashboard/${organizationSlug}/responses?status=new`,
    "",
    "For the volunteers' privacy, their details are only on the dashboard.",
  ].join("\n");
}

/** Map.groupBy, which Node 20 lacks: the rows by key, in the order met. */
function groupBy<Row, Key>(rows: Row[], keyOf: (row: Row) => Key): Map<Key, Row[]> {
  const groups = new Map<Key, Row[]>();
  for (const row of rows) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
  return groups;
}
