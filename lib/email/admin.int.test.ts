/**
 * The admins' outbox: only an admin lists it or sends a failed mail again;
 * a retry moves only a failed mail, with one audit row; the list never
 * carries a mail's body.
 */
import { eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb, type Database } from "@/db/client";
import { auditLog, outbox } from "@/db/schema";
import { insertMembership, insertOrganization, insertUser } from "@/lib/testing/fixtures";
import { NO_ACCESS, SIGNED_OUT } from "@/lib/actions/guard";
import { signInAs } from "@/lib/auth/testing/session-mock";
import { loadViewer, type Viewer } from "@/lib/auth/viewer";
import { listOutboxMail, ONLY_FAILED_MAIL, OUTBOX_PAGE_SIZE, parseOutboxParams, retryMail } from "./admin";
import { deliverDueMail } from "./sender";

vi.mock("@/lib/auth/session", () => import("@/lib/auth/testing/session-mock"));

let db: Database;
let admin: { id: number };
let adminViewer: Viewer;
let sequence = 0;

beforeAll(async () => {
  db = await getDb();
  admin = await insertUser(db, { role: "admin" });
  adminViewer = (await loadViewer(db, { userId: admin.id, signedInAt: new Date(), sessionId: crypto.randomUUID() }))!;
});

async function insertMail(values: Partial<typeof outbox.$inferInsert> = {}) {
  const [row] = await db
    .insert(outbox)
    .values({ to: `volunteer${++sequence}@example.net`, subject: `Notice ${sequence}`, text: `Secret body ${sequence}: phone (207) 555-0199`, ...values })
    .returning();
  return row!;
}

const failedMail = () => insertMail({ status: "failed", attempts: 12, lastError: "SMTP reply 550", nextAttemptAt: new Date(Date.now() + 6 * 3_600_000) });
const mailRow = async (id: number) => (await db.select().from(outbox).where(eq(outbox.id, id)))[0]!;
const retryAudit = (id: number) => db.select().from(auditLog).where(sql`${auditLog.action} = 'outbox.retry' and ${auditLog.targetId} = ${String(id)}`);

describe("sending a failed mail again", () => {
  it("is refused to coordinators, volunteers and the signed out, and changes nothing", async () => {
    const organization = await insertOrganization(db);
    const coordinator = await insertUser(db);
    await insertMembership(db, coordinator.id, organization.id, "owner");
    const volunteer = await insertUser(db);
    const mail = await failedMail();
    const auditBefore = await db.$count(auditLog);

    for (const [who, message] of [[null, SIGNED_OUT], [volunteer.id, NO_ACCESS], [coordinator.id, NO_ACCESS]] as const) {
      signInAs(who);
      expect(await retryMail({ mailId: String(mail.id) })).toEqual({ ok: false, message, fieldErrors: {} });
    }
    expect(await mailRow(mail.id)).toEqual(mail);
    expect(await db.$count(auditLog)).toBe(auditBefore);
  });

  it("queues a failed mail, due now with its attempts back to 0, and writes one audit row", async () => {
    const mail = await failedMail();
    signInAs(admin.id);
    expect(await retryMail({ mailId: String(mail.id) })).toEqual({ ok: true });
    const row = await mailRow(mail.id);
    expect(row).toMatchObject({ status: "pending", attempts: 0, lastError: "SMTP reply 550", text: mail.text });
    expect(row.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    expect(await retryAudit(mail.id)).toEqual([
      expect.objectContaining({ actorUserId: admin.id, action: "outbox.retry", targetType: "mail", targetId: String(mail.id), reason: "Sent again after it gave up at 12 failed attempts.", details: { attemptsBefore: 12 } }),
    ]);

    // Due now: the sender picks it up on its next round.
    const sent: string[] = [];
    await db.update(outbox).set({ nextAttemptAt: sql`now() + interval '1 hour'` }).where(sql`${outbox.status} = 'pending' and ${outbox.id} <> ${mail.id}`);
    await deliverDueMail({ send: async (message) => void sent.push(message.to) });
    expect(sent).toContain(mail.to);
    expect(await mailRow(mail.id)).toMatchObject({ status: "sent", lastError: null });
  });

  it("is refused for a mail that is waiting or sent, or does not exist, and writes nothing", async () => {
    const waiting = await insertMail();
    const sent = await insertMail({ status: "sent", attempts: 1, sentAt: new Date() });
    const auditBefore = await db.$count(auditLog);
    signInAs(admin.id);
    for (const id of [waiting.id, sent.id, 2_147_483_000]) {
      expect(await retryMail({ mailId: String(id) })).toEqual({ ok: false, message: ONLY_FAILED_MAIL, fieldErrors: {} });
    }
    expect(await mailRow(waiting.id)).toEqual(waiting);
    expect(await mailRow(sent.id)).toEqual(sent);
    expect(await db.$count(auditLog)).toBe(auditBefore);
  });

  it("is refused the second time: the mail is no longer failed", async () => {
    const mail = await failedMail();
    signInAs(admin.id);
    expect(await retryMail({ mailId: String(mail.id) })).toEqual({ ok: true });
    expect(await retryMail({ mailId: String(mail.id) })).toMatchObject({ ok: false, message: ONLY_FAILED_MAIL });
    expect(await retryAudit(mail.id)).toHaveLength(1);
  });

  it("answers a bad id with a field error and writes nothing", async () => {
    const auditBefore = await db.$count(auditLog);
    signInAs(admin.id);
    for (const mailId of ["abc", "-1", "", undefined]) {
      expect(await retryMail({ mailId })).toMatchObject({ ok: false, fieldErrors: { mailId: expect.any(Array) } });
    }
    expect(await db.$count(auditLog)).toBe(auditBefore);
  });
});

describe("the outbox list", () => {
  it("lists newest first, filtered by status, without any mail's body", async () => {
    const mails = [await insertMail(), await failedMail(), await insertMail({ status: "sent", sentAt: new Date(), attempts: 1 })];
    const all = await listOutboxMail(adminViewer, { status: undefined, page: 1 });
    const ours = all.items.filter((item) => mails.some((mail) => mail.id === item.id));
    expect(ours.map((item) => item.id)).toEqual(mails.map((mail) => mail.id).reverse());
    for (const item of all.items) expect(Object.keys(item)).not.toContain("text");
    expect(JSON.stringify(all)).not.toContain("Secret body");

    const failed = await listOutboxMail(adminViewer, { status: "failed", page: 1 });
    expect(failed.items.every((item) => item.status === "failed")).toBe(true);
    expect(failed.items.map((item) => item.id)).toContain(mails[1]!.id);
    expect(failed.total).toBe(failed.counts.failed);
    expect(all.total).toBe(all.counts.pending + all.counts.sent + all.counts.failed);
    expect(all.total).toBe(await db.$count(outbox));
  });

  it("pages by 50", async () => {
    const before = await db.$count(outbox, eq(outbox.status, "failed"));
    const inserted = [];
    for (let i = 0; i < OUTBOX_PAGE_SIZE + 2; i++) inserted.push(await failedMail());
    const total = before + inserted.length;
    const last = await listOutboxMail(adminViewer, { status: "failed", page: Math.ceil(total / OUTBOX_PAGE_SIZE) });
    expect(last.pageCount).toBe(Math.ceil(total / OUTBOX_PAGE_SIZE));
    expect(last.items).toHaveLength(total % OUTBOX_PAGE_SIZE || OUTBOX_PAGE_SIZE);
    await db.delete(outbox).where(inArray(outbox.id, inserted.map((mail) => mail.id)));
  });

  it("is refused to anyone but an admin", async () => {
    const volunteer = await insertUser(db);
    const viewer = (await loadViewer(db, { userId: volunteer.id, signedInAt: new Date(), sessionId: crypto.randomUUID() }))!;
    await expect(listOutboxMail(viewer, { status: undefined, page: 1 })).rejects.toThrow();
  });

  it("reads its address leniently", () => {
    expect(parseOutboxParams({ status: "failed", page: "2" })).toEqual({ status: "failed", page: 2 });
    expect(parseOutboxParams({ status: "lost", page: "0" })).toEqual({ status: undefined, page: 1 });
  });
});
