/**
 * Invariant 7 against a real SMTP server: mail written in a transaction is
 * delivered exactly once, across an outage, with several senders at once.
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { getDb, type Database } from "@/db/client";
import { outbox } from "@/db/schema";
import { enqueueMail } from "./outbox";
import { MAX_ATTEMPTS, deliverDueMail } from "./sender";
import { startSmtpSink } from "./testing/smtp-sink";
import { smtpTransport } from "./transport";

let db: Database;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;

beforeAll(async () => {
  db = await getDb();
  sink = await startSmtpSink();
});
afterAll(() => sink.stop());
beforeEach(async () => {
  // Each test starts with an empty outbox and mailbox.
  await db.delete(outbox).where(sql`true`);
  sink.received.length = 0;
});

/** Plays time forward: everything waiting for a retry is due now. */
const makeAllDue = () => db.update(outbox).set({ nextAttemptAt: sql`now()` }).where(eq(outbox.status, "pending"));

async function drain(senders = 1) {
  const transport = smtpTransport(sink.url);
  for (;;) {
    const reports = await Promise.all(Array.from({ length: senders }, () => deliverDueMail(transport, 5)));
    if (reports.every((r) => r.sent + r.failed + r.gaveUp === 0)) return;
  }
}

it("delivers every mail exactly once after the SMTP server comes back", async () => {
  await db.transaction(async (tx) => {
    await enqueueMail(tx, [1, 2, 3].map((n) => ({ to: `volunteer${n}@example.org`, subject: `Notice ${n}`, text: `Body ${n}` })));
  });

  await sink.stop();
  const duringOutage = await deliverDueMail(smtpTransport(sink.url));
  expect(duringOutage).toEqual({ sent: 0, failed: 3, gaveUp: 0 });
  const waiting = await db.select().from(outbox);
  for (const row of waiting) {
    expect(row.status).toBe("pending");
    expect(row.attempts).toBe(1);
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    expect(row.lastError).not.toContain("@");
  }
  // Not due yet: a retry waits for its backoff.
  expect(await deliverDueMail(smtpTransport(sink.url))).toEqual({ sent: 0, failed: 0, gaveUp: 0 });

  await sink.start();
  await makeAllDue();
  await drain();
  await makeAllDue();
  await drain();

  expect(sink.received.map((m) => m.to).sort()).toEqual(["volunteer1@example.org", "volunteer2@example.org", "volunteer3@example.org"]);
  expect(sink.received.find((m) => m.to === "volunteer2@example.org")).toMatchObject({ subject: "Notice 2", text: "Body 2\n" });
  expect((await db.select().from(outbox)).every((row) => row.status === "sent" && row.sentAt !== null)).toBe(true);
});

it("several senders at once never send a mail twice", async () => {
  await enqueueMail(db, Array.from({ length: 30 }, (_, n) => ({ to: `person${n}@example.org`, subject: "Hello", text: `${n}` })));
  await drain(3);
  const recipients = sink.received.map((m) => m.to);
  expect(recipients).toHaveLength(30);
  expect(new Set(recipients).size).toBe(30);
});

it("sends nothing when the transaction that wrote the mail rolls back", async () => {
  await expect(
    db.transaction(async (tx) => {
      await enqueueMail(tx, { to: "nobody@example.org", subject: "Never", text: "Never" });
      throw new Error("the change failed");
    }),
  ).rejects.toThrow("the change failed");
  await drain();
  expect(sink.received).toEqual([]);
});

it("a sender that outlived its lease cannot undo another's delivery", async () => {
  await enqueueMail(db, { to: "slow@example.org", subject: "Slow", text: "Slow" });
  let fail: (error: Error) => void = () => {};
  const stalled = { send: () => new Promise<void>((_, reject) => (fail = reject)) };
  const first = deliverDueMail(stalled);
  // Wait until the stalled sender has claimed the mail, then let its lease run out.
  await expect.poll(async () => (await db.select().from(outbox))[0]?.attempts).toBe(1);
  await makeAllDue();
  expect(await deliverDueMail(smtpTransport(sink.url))).toEqual({ sent: 1, failed: 0, gaveUp: 0 });
  fail(new Error("timed out"));
  await first;
  const [row] = await db.select().from(outbox);
  expect(row).toMatchObject({ status: "sent", attempts: 2 });
  await makeAllDue();
  await drain();
  expect(sink.received.map((m) => m.to)).toEqual(["slow@example.org"]);
});

it("gives up after the last attempt and marks the mail failed", async () => {
  await enqueueMail(db, { to: "unreachable@example.org", subject: "Try", text: "Try" });
  await db.update(outbox).set({ attempts: MAX_ATTEMPTS - 1 }).where(sql`true`);
  const failing = { send: async () => Promise.reject(Object.assign(new Error("550 unreachable@example.org: no such user"), { responseCode: 550 })) };
  expect(await deliverDueMail(failing)).toEqual({ sent: 0, failed: 0, gaveUp: 1 });
  const [row] = await db.select().from(outbox);
  expect(row).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS, lastError: "SMTP reply 550" });
});
