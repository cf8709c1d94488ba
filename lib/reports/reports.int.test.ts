/** "Report this listing" and the admins' queue, through the guard, against the real data layer. */
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb, type Database } from "@/db/client";
import { auditLog, outbox, rateLimits, reports } from "@/db/schema";
import { insertMembership, insertOpportunity, insertOrganization, insertUser } from "@/lib/testing/fixtures";
import { signInAs } from "@/lib/auth/testing/session-mock";
import { loadViewer } from "@/lib/auth/viewer";
import { dismissReport, listReports, resolveReport } from "./queue";
import { reportOpportunity } from "./report";

vi.mock("@/lib/auth/session", () => import("@/lib/auth/testing/session-mock"));

let db: Database;
let organizationId: number;
let admin: { id: number; email: string };
let coordinator: { id: number };
let volunteer: { id: number };

const valid = { reason: "exploitation", details: "The pay offered sounds like a trap." };

const reportsOn = (opportunityId: number) => db.select().from(reports).where(eq(reports.opportunityId, opportunityId));
const auditRowsFor = (opportunityId: number) =>
  db.select().from(auditLog).where(and(eq(auditLog.targetType, "opportunity"), eq(auditLog.targetId, String(opportunityId))));

async function insertReport(opportunityId: number, values: Partial<typeof reports.$inferInsert> = {}) {
  const [row] = await db.insert(reports).values({ opportunityId, reason: "spam", ...values }).returning();
  return row!;
}

beforeAll(async () => {
  db = await getDb();
  organizationId = (await insertOrganization(db, { name: "Harbor Light Shelter" })).id;
  admin = await insertUser(db, { role: "admin" });
  await insertUser(db, { role: "admin", email: "former-admin@example.org", disabledAt: new Date() });
  coordinator = await insertUser(db);
  await insertMembership(db, coordinator.id, organizationId);
  volunteer = await insertUser(db);
});

beforeEach(async () => {
  signInAs(null);
  await db.delete(rateLimits).where(sql`true`);
  await db.delete(outbox).where(sql`true`);
});

describe("reportOpportunity", () => {
  it("records a report on a public posting and tells every enabled admin, with nothing of the report in the subject", async () => {
    const posting = await insertOpportunity(db, organizationId, { title: "Evening drivers" });
    expect(await reportOpportunity(posting.slug)(valid)).toEqual({ ok: true });

    const [row, ...others] = await reportsOn(posting.id);
    expect(others).toEqual([]);
    expect(row).toMatchObject({ reason: "exploitation", details: "The pay offered sounds like a trap.", status: "open", handledByUserId: null });

    const mails = await db.select().from(outbox);
    // The disabled admin gets nothing; the coordinator is not told by this path.
    expect(mails.map((mail) => mail.to)).toEqual([admin.email]);
    expect(mails[0]!.subject).toBe("A listing was reported");
    expect(mails[0]!.text).toContain("/admin/reports");
    expect(mails[0]!.text).not.toContain("trap");
  });

  it("stores no details when none are given", async () => {
    const posting = await insertOpportunity(db, organizationId);
    expect(await reportOpportunity(posting.slug)({ reason: "spam", details: "   " })).toEqual({ ok: true });
    expect((await reportsOn(posting.id))[0]).toMatchObject({ reason: "spam", details: null });
  });

  it("refuses a posting that is not public with a clear message, and writes nothing", async () => {
    const suspended = await insertOrganization(db, { status: "suspended" });
    const pending = await insertOrganization(db, { status: "pending" });
    for (const posting of [
      await insertOpportunity(db, organizationId, { status: "draft", publishedAt: null }),
      await insertOpportunity(db, organizationId, { status: "closed" }),
      await insertOpportunity(db, organizationId, { expiresAt: new Date(Date.now() - 1000) }),
      await insertOpportunity(db, suspended.id),
      await insertOpportunity(db, pending.id),
    ]) {
      // Each refusal counts against the address's limit; start each from zero so the message tested is the right one.
      await db.delete(rateLimits).where(sql`true`);
      expect(await reportOpportunity(posting.slug)(valid)).toEqual({ ok: false, message: "This listing is no longer on the site, so it cannot be reported.", fieldErrors: {} });
      expect(await reportsOn(posting.id)).toEqual([]);
    }
    expect(await reportOpportunity("no-such-posting")(valid)).toMatchObject({ ok: false });
    expect(await reportOpportunity("Not A Slug!")(valid)).toMatchObject({ ok: false });
    expect(await db.select().from(outbox)).toEqual([]);
  });

  it("takes nothing from a bot that fills the hidden field", async () => {
    const posting = await insertOpportunity(db, organizationId);
    expect(await reportOpportunity(posting.slug)({ ...valid, leave_blank: "http://spam.example" })).toEqual({ ok: true });
    expect(await reportsOn(posting.id)).toEqual([]);
    expect(await db.select().from(outbox)).toEqual([]);
  });

  it("refuses bad input field by field and writes nothing", async () => {
    const posting = await insertOpportunity(db, organizationId);
    const unknownReason = await reportOpportunity(posting.slug)({ ...valid, reason: "boring" });
    expect(unknownReason).toMatchObject({ ok: false, fieldErrors: { reason: ["Choose what is wrong with this listing."] } });
    const tooLong = await reportOpportunity(posting.slug)({ ...valid, details: "x".repeat(2001) });
    expect(tooLong).toMatchObject({ ok: false, fieldErrors: { details: ["What you tell us can be at most 2,000 characters."] } });
    expect(tooLong && !tooLong.ok && Object.keys(tooLong.fieldErrors)).toEqual(["details"]);
    for (const input of [{}, "not an object", null, { reason: ["exploitation"] }]) {
      expect(await reportOpportunity(posting.slug)(input)).toMatchObject({ ok: false });
    }
    expect(await reportsOn(posting.id)).toEqual([]);
    expect(await db.select().from(outbox)).toEqual([]);
    // The limit itself is allowed.
    expect(await reportOpportunity(posting.slug)({ ...valid, details: "x".repeat(2000) })).toEqual({ ok: true });
  });

  it("refuses the sixth report from one address in an hour", async () => {
    const posting = await insertOpportunity(db, organizationId);
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await reportOpportunity(posting.slug)({ reason: "spam" }));
    expect(results.slice(0, 5)).toEqual(Array(5).fill({ ok: true }));
    expect(results[5]).toMatchObject({ ok: false, message: expect.stringMatching(/^Too many attempts\. Please try again in 60 minutes\.$/) });
    expect(await reportsOn(posting.id)).toHaveLength(5);
    // The counter holds a hash, never the address it counts.
    for (const limit of await db.select().from(rateLimits)) expect(limit.key).toMatch(/^report:[0-9a-f]{64}$/);
  });
});

describe("resolveReport and dismissReport", () => {
  it("resolve writes the outcome and exactly one audit row, only from open", async () => {
    const posting = await insertOpportunity(db, organizationId);
    const report = await insertReport(posting.id);
    signInAs(admin.id);
    expect(await resolveReport({ reportId: String(report.id), resolution: "Asked the shelter to correct the hours." })).toEqual({ ok: true });

    const [row] = await db.select().from(reports).where(eq(reports.id, report.id));
    expect(row).toMatchObject({ status: "resolved", handledByUserId: admin.id, resolution: "Asked the shelter to correct the hours." });
    expect(row!.handledAt).toBeInstanceOf(Date);
    const audit = await auditRowsFor(posting.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUserId: admin.id, action: "report.resolve", targetType: "opportunity", targetId: String(posting.id), reason: "Asked the shelter to correct the hours.", details: { reportId: report.id } });

    // Handled already: neither decision applies again, and nothing more is written.
    expect(await resolveReport({ reportId: report.id })).toMatchObject({ ok: false, message: expect.stringMatching(/already been handled/) });
    expect(await dismissReport({ reportId: report.id })).toMatchObject({ ok: false });
    expect(await auditRowsFor(posting.id)).toHaveLength(1);
    expect((await db.select().from(reports).where(eq(reports.id, report.id)))[0]).toMatchObject({ status: "resolved", resolution: "Asked the shelter to correct the hours." });
  });

  it("dismiss writes the outcome and exactly one audit row, only from open", async () => {
    const posting = await insertOpportunity(db, organizationId);
    const report = await insertReport(posting.id);
    signInAs(admin.id);
    expect(await dismissReport({ reportId: report.id, resolution: "" })).toEqual({ ok: true });
    const [row] = await db.select().from(reports).where(eq(reports.id, report.id));
    expect(row).toMatchObject({ status: "dismissed", handledByUserId: admin.id, resolution: null });
    const audit = await auditRowsFor(posting.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "report.dismiss", reason: null, details: { reportId: report.id } });

    expect(await dismissReport({ reportId: report.id })).toMatchObject({ ok: false });
    expect(await resolveReport({ reportId: report.id })).toMatchObject({ ok: false });
    expect(await auditRowsFor(posting.id)).toHaveLength(1);
  });

  it("refuses a note over 1,000 characters, an unknown report and a bad id, writing nothing", async () => {
    const posting = await insertOpportunity(db, organizationId);
    const report = await insertReport(posting.id);
    signInAs(admin.id);
    expect(await resolveReport({ reportId: report.id, resolution: "x".repeat(1001) })).toMatchObject({ ok: false, fieldErrors: { resolution: ["Keep the note to 1,000 characters."] } });
    expect(await resolveReport({ reportId: "abc" })).toMatchObject({ ok: false, fieldErrors: { reportId: expect.any(Array) } });
    expect(await dismissReport({ reportId: 2_000_000_000 })).toMatchObject({ ok: false });
    expect((await db.select().from(reports).where(eq(reports.id, report.id)))[0]).toMatchObject({ status: "open", handledByUserId: null });
    expect(await auditRowsFor(posting.id)).toEqual([]);
  });

  it("refuses anyone but an admin and writes nothing", async () => {
    const posting = await insertOpportunity(db, organizationId);
    const report = await insertReport(posting.id);
    const disabledAdmin = await insertUser(db, { role: "admin", disabledAt: new Date() });
    const refusals: [number | null, string][] = [
      [coordinator.id, "This was not found, or you no longer have access to it."],
      [volunteer.id, "This was not found, or you no longer have access to it."],
      [null, "Your session has ended. Please sign in again."],
      [disabledAdmin.id, "Your session has ended. Please sign in again."],
    ];
    for (const [who, message] of refusals) {
      signInAs(who);
      for (const handle of [resolveReport, dismissReport]) {
        expect(await handle({ reportId: report.id, resolution: "Done." })).toEqual({ ok: false, message, fieldErrors: {} });
      }
    }
    expect((await db.select().from(reports).where(eq(reports.id, report.id)))[0]).toMatchObject({ status: "open", handledByUserId: null, handledAt: null, resolution: null });
    expect(await auditRowsFor(posting.id)).toEqual([]);
  });
});

describe("listReports", () => {
  it("lists open reports first and oldest first, with the posting and its organization", async () => {
    await db.delete(reports).where(sql`true`);
    const suspended = await insertOrganization(db, { name: "Quiet Harbor", status: "suspended" });
    const shown = await insertOpportunity(db, organizationId, { title: "Pantry shift" });
    const hidden = await insertOpportunity(db, suspended.id, { title: "Night line" });
    const hour = 3_600_000;
    const newer = await insertReport(shown.id, { reason: "inaccurate", details: "Wrong hours.", createdAt: new Date(Date.now() - 2 * hour) });
    const older = await insertReport(hidden.id, { reason: "exploitation", createdAt: new Date(Date.now() - 3 * 24 * hour) });
    const handled = await insertReport(shown.id, { status: "resolved", handledByUserId: admin.id, handledAt: new Date(), resolution: "Fixed.", createdAt: new Date(Date.now() - 9 * 24 * hour) });

    const viewer = (await loadViewer(db, { userId: admin.id, signedInAt: new Date(), sessionId: crypto.randomUUID() }))!;
    const all = await listReports(viewer, { status: "all", page: 1 });
    expect(all.items.map((item) => item.id)).toEqual([older.id, newer.id, handled.id]);
    expect(all).toMatchObject({ total: 3, page: 1, pageCount: 1 });
    expect(all.items[0]).toMatchObject({
      reason: "exploitation",
      status: "open",
      age: "3 days",
      posting: { id: hidden.id, slug: hidden.slug, title: "Night line", isPublic: false, unpublished: false },
      organization: { id: suspended.id, name: "Quiet Harbor", status: "suspended" },
    });
    expect(all.items[1]).toMatchObject({ details: "Wrong hours.", age: "2 hours", posting: { title: "Pantry shift", isPublic: true }, organization: { name: "Harbor Light Shelter", status: "approved" } });
    expect(all.items[2]).toMatchObject({ status: "resolved", resolution: "Fixed.", handledByName: expect.any(String) });

    expect((await listReports(viewer, { status: "open", page: 1 })).items.map((item) => item.id)).toEqual([older.id, newer.id]);
    expect((await listReports(viewer, { status: "resolved", page: 1 })).items.map((item) => item.id)).toEqual([handled.id]);
    expect(await listReports(viewer, { status: "dismissed", page: 1 })).toMatchObject({ items: [], total: 0, pageCount: 1 });
  });

  it("refuses a viewer who is not an admin", async () => {
    const viewer = (await loadViewer(db, { userId: coordinator.id, signedInAt: new Date(), sessionId: crypto.randomUUID() }))!;
    await expect(listReports(viewer, { status: "open", page: 1 })).rejects.toThrow("Only admins read the reports.");
  });
});
