/**
 * An event reminder through a real SMTP server: it arrives with the event's
 * calendar file attached and a List-Unsubscribe header (RFC 8058) whose
 * address stops reminders to that address on POST, while a GET (a scanner, a
 * browser) changes nothing.
 */
import { sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { GET, POST } from "./route";
import { getDb } from "@/db/client";
import { outbox, rateLimits, reminderOptOuts } from "@/db/schema";
import { deliverDueMail } from "@/lib/email/sender";
import { startSmtpSink } from "@/lib/email/testing/smtp-sink";
import { smtpTransport } from "@/lib/email/transport";
import { insertOpportunity, insertOrganization, insertResponse } from "@/lib/testing/fixtures";
import { eventReminderDueAt, EVENT_REMINDER_SUBJECT, sendDueReminders } from "@/lib/reminders/reminders";
import { addressHash } from "@/lib/reminders/opt-out";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;

beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(() => sink.stop());

beforeEach(async () => {
  const db = await getDb();
  await db.delete(rateLimits).where(sql`true`);
  await db.delete(outbox).where(sql`true`);
  await db.delete(reminderOptOuts).where(sql`true`);
});

it("the reminder arrives with its calendar file, and its List-Unsubscribe address stops reminders on POST only", async () => {
  const db = await getDb();
  const organization = await insertOrganization(db);
  const startsAt = new Date("2027-02-06T14:00:00Z");
  const posting = await insertOpportunity(db, organization.id, { title: "Pancake breakfast", type: "one_time", startsAt });
  const response = await insertResponse(db, posting.id, organization.id, { status: "scheduled" });

  await sendDueReminders(eventReminderDueAt(startsAt));
  await deliverDueMail(smtpTransport(sink.url));
  const mail = sink.received.find((received) => received.to === response.email && received.subject === EVENT_REMINDER_SUBJECT)!;
  expect(mail.attachments).toEqual([{ filename: `${posting.slug}.ics`, contentType: "text/calendar", content: expect.stringContaining("SUMMARY:Pancake breakfast") }]);
  expect(mail.attachments[0]!.content).toContain("DTSTART:20270206T140000Z");
  const address = /^<(.+)>$/.exec(mail.listUnsubscribe ?? "")?.[1];
  expect(address).toMatch(/\/reminders\/stop\/one-click\?token=/);

  const path = new URL(address!).pathname + new URL(address!).search;
  const opened = await GET(new NextRequest(`http://localhost${path}`));
  expect(opened.status).toBe(303);
  expect(new URL(opened.headers.get("location")!).pathname).toBe("/reminders/stop");
  expect(await db.$count(reminderOptOuts)).toBe(0);

  const forged = await POST(new NextRequest(`http://localhost/reminders/stop/one-click?token=${"A".repeat(43)}.${"B".repeat(43)}`, { method: "POST" }));
  expect(forged.status).toBe(400);
  expect(await db.$count(reminderOptOuts)).toBe(0);

  const posted = await POST(new NextRequest(`http://localhost${path}`, { method: "POST", body: "List-Unsubscribe=One-Click" }));
  expect(posted.status).toBe(200);
  expect((await db.select({ hash: reminderOptOuts.addressHash }).from(reminderOptOuts)).map((row) => row.hash)).toEqual([addressHash(response.email!)]);
});

it("a one-click POST is refused with 400 for a missing or garbled token and 429 after 30 tries an hour from one address", async () => {
  const post = (query: string) => POST(new NextRequest(`http://localhost/reminders/stop/one-click${query}`, { method: "POST", body: "List-Unsubscribe=One-Click" }));
  for (const query of ["", "?token=", "?token=abc.def", `?token=${"A".repeat(43)}`]) {
    const response = await post(query);
    expect(response.status).toBe(400);
    expect(await response.text()).toBe("This link is not valid. It may have been cut short when it was copied from the e-mail.");
  }
  const forged = `?token=${"A".repeat(43)}.${"B".repeat(43)}`;
  for (let i = 0; i < 30; i++) expect((await post(forged)).status).toBe(400);
  const limited = await post(forged);
  expect(limited.status).toBe(429);
  expect(await (await getDb()).$count(reminderOptOuts)).toBe(0);
});
