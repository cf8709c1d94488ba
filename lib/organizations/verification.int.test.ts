/**
 * "Verified on DATE": approving an organization dates its verification, the
 * public page shows that date, a verification older than a year is flagged for
 * review, and only a person's new vetting renews it (lifting a suspension does not).
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb, type Database } from "@/db/client";
import { organizations } from "@/db/schema";
import { insertMembership, insertOrganization, insertUser } from "@/lib/testing/fixtures";
import { signInAs } from "@/lib/auth/testing/session-mock";
import { loadViewer, type Viewer } from "@/lib/auth/viewer";
import { approveOrganization, confirmVerification, rejectOrganization, reinstateOrganization, suspendOrganization } from "./moderation";
import { getOrganizationForAdmin, listOrganizationsForAdmin, REVIEW_AFTER_DAYS } from "./moderation-queries";
import { getPublicOrganization } from "./queries";

vi.mock("@/lib/auth/session", () => import("@/lib/auth/testing/session-mock"));

const DAY = 86_400_000;
const REASON = "Called the director and checked the state registry.";
let db: Database;
let admin: Viewer;

beforeAll(async () => {
  db = await getDb();
  const user = await insertUser(db, { role: "admin" });
  admin = (await loadViewer(db, { userId: user.id, signedInAt: new Date(), sessionId: crypto.randomUUID() }))!;
  signInAs(user.id);
});

async function verifiedAtOf(organizationId: number): Promise<Date | null> {
  const [row] = await db.select({ verifiedAt: organizations.verifiedAt }).from(organizations).where(eq(organizations.id, organizationId));
  return row!.verifiedAt;
}

/** Whether the admins' list and the organization's admin page both flag it for review. */
async function flaggedForReview(organization: { id: number; name: string }): Promise<boolean> {
  const detail = await getOrganizationForAdmin(admin, organization.id);
  const listed = await listOrganizationsForAdmin(admin, { status: "approved", q: organization.name, page: 1 });
  const row = listed.rows.find((item) => item.id === organization.id);
  expect(row?.dueForReview).toBe(detail!.dueForReview);
  return detail!.dueForReview;
}

describe("verification", () => {
  it("is dated when an admin approves, and the public page carries that date", async () => {
    const organization = await insertOrganization(db, { status: "pending", verifiedAt: null });
    expect(await getPublicOrganization(organization.slug)).toBeNull();
    const before = Date.now();
    expect(await approveOrganization({ organizationId: String(organization.id) })).toEqual({ ok: true, membersTold: 0 });
    const verifiedAt = await verifiedAtOf(organization.id);
    expect(verifiedAt!.getTime()).toBeGreaterThanOrEqual(before - 5_000);
    expect((await getPublicOrganization(organization.slug))!.verifiedAt).toEqual(verifiedAt);
    expect(await flaggedForReview(organization)).toBe(false);
  });

  it(`is flagged for review after ${REVIEW_AFTER_DAYS} days; lifting a suspension keeps the old date; confirming renews it`, async () => {
    const old = new Date(Date.now() - (REVIEW_AFTER_DAYS + 30) * DAY);
    const organization = await insertOrganization(db, { status: "approved", verifiedAt: old, name: `Old verification ${Date.now()}` });
    expect(await flaggedForReview(organization)).toBe(true);

    expect(await suspendOrganization({ organizationId: String(organization.id), reason: "Reported; checking again." })).toEqual({ ok: true, membersTold: 0 });
    expect(await reinstateOrganization({ organizationId: String(organization.id), reason: "The report was mistaken." })).toEqual({ ok: true, membersTold: 0 });
    expect(await verifiedAtOf(organization.id)).toEqual(old);
    expect(await flaggedForReview(organization)).toBe(true);

    expect(await confirmVerification({ organizationId: String(organization.id), reason: REASON })).toEqual({ ok: true });
    expect((await verifiedAtOf(organization.id))!.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(await flaggedForReview(organization)).toBe(false);
  });

  it("can be confirmed only for an approved organization, and only with a reason", async () => {
    for (const status of ["pending", "rejected", "suspended"] as const) {
      const organization = await insertOrganization(db, { status, verifiedAt: null });
      expect(await confirmVerification({ organizationId: String(organization.id), reason: REASON })).toMatchObject({ ok: false });
      expect(await verifiedAtOf(organization.id)).toBeNull();
    }
    const approved = await insertOrganization(db, { status: "approved", verifiedAt: null });
    expect(await confirmVerification({ organizationId: String(approved.id), reason: "ok" })).toMatchObject({ ok: false, fieldErrors: { reason: [expect.any(String)] } });
    expect(await verifiedAtOf(approved.id)).toBeNull();
  });

  it("answers how many members a decision told, so the admin is never told that nobody was told", async () => {
    const withOwner = await insertOrganization(db, { status: "pending" });
    const owner = await insertUser(db);
    await insertMembership(db, owner.id, withOwner.id, "owner");
    const disabled = await insertUser(db, { disabledAt: new Date() });
    await insertMembership(db, disabled.id, withOwner.id);
    expect(await rejectOrganization({ organizationId: String(withOwner.id), reason: REASON })).toEqual({ ok: true, membersTold: 1 });
    const nobody = await insertOrganization(db, { status: "pending" });
    expect(await rejectOrganization({ organizationId: String(nobody.id), reason: REASON })).toEqual({ ok: true, membersTold: 0 });
  });
});
