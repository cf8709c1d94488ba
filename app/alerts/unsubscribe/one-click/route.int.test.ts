/**
 * RFC 8058 one-click unsubscribe: the digest carries List-Unsubscribe headers
 * through a real SMTP server, and a POST to their address stops the alert,
 * while a GET (a scanner, a browser) changes nothing.
 */
import { eq, sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { GET, POST } from "./route";
import { getDb } from "@/db/client";
import { outbox, rateLimits, savedSearches } from "@/db/schema";
import { insertOpportunity, insertOrganization, insertUser } from "@/lib/testing/fixtures";
import { deliverDueMail } from "@/lib/email/sender";
import { startSmtpSink } from "@/lib/email/testing/smtp-sink";
import { smtpTransport } from "@/lib/email/transport";
import { DIGEST_SUBJECT, sendDueDigests } from "@/lib/alerts/digest";
import { unsubscribeToken } from "@/lib/alerts/unsubscribe-token";

const DAY = 86_400_000;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;

beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(() => sink.stop());

beforeEach(async () => {
  await (await getDb()).delete(rateLimits).where(sql`true`);
});

it("the digest's List-Unsubscribe address stops the alert on POST, and only on POST", async () => {
  const db = await getDb();
  const user = await insertUser(db);
  const [alert] = await db.insert(savedSearches).values({ userId: user.id, query: "q=lighthouse", frequency: "daily", coveredUntil: new Date(Date.now() - 2 * DAY) }).returning();
  const organization = await insertOrganization(db);
  await insertOpportunity(db, organization.id, { title: "Lighthouse keeper's helper", publishedAt: new Date(Date.now() - DAY) });

  await sendDueDigests(new Date());
  const [queued] = await db.select().from(outbox).where(eq(outbox.to, user.email));
  expect(queued).toMatchObject({ subject: DIGEST_SUBJECT, headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } });
  await deliverDueMail(smtpTransport(sink.url));
  const mail = sink.received.find((received) => received.to === user.email)!;
  const address = /^<(.+)>$/.exec(mail.listUnsubscribe ?? "")?.[1];
  expect(address).toMatch(/\/alerts\/unsubscribe\/one-click\?token=/);

  const path = new URL(address!).pathname + new URL(address!).search;
  const opened = await GET(new NextRequest(`http://localhost${path}`));
  expect(opened.status).toBe(303);
  expect(await db.$count(savedSearches, eq(savedSearches.id, alert!.id))).toBe(1);

  const forged = await POST(new NextRequest(`http://localhost/alerts/unsubscribe/one-click?token=${alert!.id}.forged`, { method: "POST" }));
  expect(forged.status).toBe(400);
  expect(await db.$count(savedSearches, eq(savedSearches.id, alert!.id))).toBe(1);

  const posted = await POST(new NextRequest(`http://localhost${path}`, { method: "POST", body: "List-Unsubscribe=One-Click" }));
  expect(posted.status).toBe(200);
  expect(await db.$count(savedSearches, eq(savedSearches.id, alert!.id))).toBe(0);
});

it("a one-click POST is refused with 400 for a missing or garbled token and 429 after 30 tries an hour from one address, deleting nothing", async () => {
  const db = await getDb();
  const user = await insertUser(db);
  const [alert] = await db.insert(savedSearches).values({ userId: user.id, query: "q=ferry", frequency: "daily" }).returning();
  const post = (query: string) => POST(new NextRequest(`http://localhost/alerts/unsubscribe/one-click${query}`, { method: "POST", body: "List-Unsubscribe=One-Click" }));

  // The last is well-formed but forged: it counts toward the limit, the garbled ones are refused before it.
  for (const query of ["", "?token=", `?token=${alert!.id}`, "?token=1e3.x", `?token=${alert!.id}.${"A".repeat(43)}&token=x`]) {
    const response = await post(query);
    expect(response.status).toBe(400);
    expect(await response.text()).toBe("This link is not valid. It may have been cut short when it was copied from the e-mail.");
  }
  for (let i = 0; i < 29; i++) expect((await post(`?token=${alert!.id}.${String(i).padStart(43, "B")}`)).status).toBe(400);
  const limited = await post(`?token=${unsubscribeToken(alert!.id)}`);
  expect(limited.status).toBe(429);
  expect(await limited.text()).toMatch(/^Too many attempts/);
  expect(await db.$count(savedSearches, eq(savedSearches.id, alert!.id))).toBe(1);
});
