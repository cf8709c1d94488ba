/**
 * Details reach an organization only when the address's owner agrees: the
 * confirmation link, against the real data layer. Someone typing a third
 * person's address and phone gets nothing to the organization.
 */
import { eq, sql } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb, type Database } from "@/db/client";
import { memberships, opportunities, outbox, rateLimits, responses, users } from "@/db/schema";
import { insertOpportunity, insertOrganization } from "@/lib/testing/fixtures";
import { organizationAccess, type OrganizationAccess } from "@/lib/auth/permissions";
import { signInAs } from "@/lib/auth/testing/session-mock";
import { loadViewer } from "@/lib/auth/viewer";
import { runRetention } from "@/lib/volunteers/retention";
import { confirmResponse, responseAwaitingConfirmation, UNUSABLE_LINK } from "./confirm";
import { CONFIRMATION_SUBJECT, UNCONFIRMED_RESPONSE_DAYS } from "./delivered";
import { listResponses } from "./inbox";
import { COORDINATOR_SUBJECT, PASSED_ON_SUBJECT, respondToOpportunity } from "./respond";

vi.mock("@/lib/auth/session", () => import("@/lib/auth/testing/session-mock"));

const DAY = 24 * 60 * 60 * 1000;
let db: Database;
let organizationId: number;
let coordinatorId: number;

const victim = { name: "Casey Rowe", email: "casey.rowe@example.org", phone: "(207) 555-0173", message: "Sign me up", availability: "Evenings", consent: true };

async function access(): Promise<OrganizationAccess> {
  return organizationAccess(await loadViewer(db, { userId: coordinatorId, signedInAt: new Date(), sessionId: crypto.randomUUID() }), organizationId, "responses")!;
}
const inbox = async () => (await listResponses(await access(), { page: 1 })).items.map((item) => item.name);
const mailsTo = (email: string) => db.select().from(outbox).where(eq(outbox.to, email)).orderBy(outbox.id);
/** The token from the newest confirmation mail to an address. */
async function tokenFor(email: string): Promise<string> {
  const asked = (await mailsTo(email)).filter((mail) => mail.subject === CONFIRMATION_SUBJECT).at(-1)!;
  return /\/responses\/confirm\/([A-Za-z0-9_-]+)$/m.exec(asked.text)![1]!;
}

beforeAll(async () => {
  db = await getDb();
  const organization = await insertOrganization(db, { name: "Bright Harbor Mentors" });
  organizationId = organization.id;
  const [coordinator] = await db.insert(users).values({ email: "lead@brightharbor.example.org", name: "Lead", emailVerifiedAt: new Date() }).returning();
  coordinatorId = coordinator!.id;
  await db.insert(memberships).values({ userId: coordinatorId, organizationId, role: "owner" });
});

beforeEach(async () => {
  signInAs(null);
  await db.delete(rateLimits).where(sql`true`);
});

describe("confirming a response", () => {
  it("keeps a third person's details from the organization until that person presses the button in the mail", async () => {
    const posting = await insertOpportunity(db, organizationId, { title: "Homework club helper" });
    expect(await respondToOpportunity(posting.slug)(victim)).toEqual({ ok: true, outcome: "to-confirm" });
    expect(await inbox()).not.toContain("Casey Rowe");
    expect(await mailsTo("lead@brightharbor.example.org")).toEqual([]);

    // Opening the link shows what would be sent and changes nothing (mail scanners open links).
    const token = await tokenFor(victim.email);
    const preview = await responseAwaitingConfirmation(token);
    expect(preview).toEqual({
      postingTitle: "Homework club helper",
      postingSlug: posting.slug,
      organizationName: "Bright Harbor Mentors",
      name: "Casey Rowe",
      email: victim.email,
      phoneEnding: "73",
      hasMessage: true,
      hasAvailability: true,
    });
    expect(await responseAwaitingConfirmation(token)).toEqual(preview);
    expect(await inbox()).not.toContain("Casey Rowe");

    expect(await confirmResponse({ token })).toEqual({ ok: true, slug: posting.slug });
    expect(await inbox()).toContain("Casey Rowe");
    const [row] = await db.select().from(responses).where(eq(responses.opportunityId, posting.id));
    expect(row).toMatchObject({ confirmationTokenHash: null, userId: null });
    expect(row!.confirmedAt).toBeInstanceOf(Date);
    expect((await mailsTo(victim.email)).map((mail) => mail.subject)).toEqual([CONFIRMATION_SUBJECT, PASSED_ON_SUBJECT]);
    expect((await mailsTo("lead@brightharbor.example.org")).map((mail) => mail.subject)).toEqual([COORDINATOR_SUBJECT]);
  });

  it("works once: the link used again sends nothing twice", async () => {
    const posting = await insertOpportunity(db, organizationId);
    await respondToOpportunity(posting.slug)({ ...victim, email: "once@example.org" });
    const token = await tokenFor("once@example.org");
    expect(await confirmResponse({ token })).toMatchObject({ ok: true });
    const mailCount = await db.$count(outbox);
    expect(await responseAwaitingConfirmation(token)).toBeNull();
    expect(await confirmResponse({ token })).toEqual({ ok: false, message: UNUSABLE_LINK, fieldErrors: {} });
    expect(await db.$count(outbox)).toBe(mailCount);
  });

  it("honours only the newest link when the form was sent again before confirming", async () => {
    const posting = await insertOpportunity(db, organizationId);
    await respondToOpportunity(posting.slug)({ ...victim, email: "twice@example.org", message: "First words" });
    const first = await tokenFor("twice@example.org");
    await respondToOpportunity(posting.slug)({ ...victim, email: "twice@example.org", message: "Second words" });
    const second = await tokenFor("twice@example.org");
    expect(second).not.toBe(first);
    expect(await confirmResponse({ token: first })).toMatchObject({ ok: false, message: UNUSABLE_LINK });
    expect(await confirmResponse({ token: second })).toMatchObject({ ok: true });
    const rows = await db.select().from(responses).where(eq(responses.opportunityId, posting.id));
    expect(rows.map((row) => [row.message, row.confirmedAt !== null])).toEqual([["Second words", true]]);
  });

  it("refuses a link older than its days, or for a posting that no longer takes responses", async () => {
    const old = await insertOpportunity(db, organizationId);
    await respondToOpportunity(old.slug)({ ...victim, email: "late@example.org" });
    const lateToken = await tokenFor("late@example.org");
    await db.update(responses).set({ createdAt: new Date(Date.now() - UNCONFIRMED_RESPONSE_DAYS * DAY - 60_000) }).where(eq(responses.opportunityId, old.id));
    expect(await responseAwaitingConfirmation(lateToken)).toBeNull();
    expect(await confirmResponse({ token: lateToken })).toMatchObject({ ok: false, message: UNUSABLE_LINK });

    const closing = await insertOpportunity(db, organizationId);
    await respondToOpportunity(closing.slug)({ ...victim, email: "closed@example.org" });
    const closedToken = await tokenFor("closed@example.org");
    await db.update(opportunities).set({ status: "closed", closedAt: new Date() }).where(eq(opportunities.id, closing.id));
    expect(await confirmResponse({ token: closedToken })).toMatchObject({ ok: false, message: UNUSABLE_LINK });
    const rows = await db.select().from(responses).where(eq(responses.opportunityId, closing.id));
    expect(rows.map((row) => row.confirmedAt)).toEqual([null]);
  });

  it("refuses a malformed token with a clear message and writes nothing", async () => {
    const before = await db.$count(outbox);
    for (const input of [{ token: "" }, { token: "short" }, { token: "has spaces in it and is long enough" }, {}, "not an object"]) {
      const result = await confirmResponse(input);
      expect(result, JSON.stringify(input)).toMatchObject({ ok: false });
      if (result && !result.ok) expect(result.message).toBeTruthy();
    }
    expect(await responseAwaitingConfirmation("../../etc")).toBeNull();
    expect(await db.$count(outbox)).toBe(before);
  });

  it("is deleted, with the mail that asked, when nobody confirms it within its days", async () => {
    const posting = await insertOpportunity(db, organizationId);
    const stale = { ...victim, name: "Morgan Stale", email: "stale@example.org", phone: "(207) 555-0111" };
    const fresh = { ...victim, name: "Avery Fresh", email: "fresh@example.org" };
    await respondToOpportunity(posting.slug)(stale);
    await respondToOpportunity(posting.slug)(fresh);
    await db.update(responses).set({ createdAt: new Date(Date.now() - UNCONFIRMED_RESPONSE_DAYS * DAY - 60_000) }).where(eq(responses.email, stale.email));

    const report = await runRetention(365);
    // This one, and the one left late by the test before.
    expect(report.unconfirmedDeleted).toBe(2);
    expect(await db.$count(responses, eq(responses.email, "late@example.org"))).toBe(0);
    const left = await db.select().from(responses).where(eq(responses.opportunityId, posting.id));
    expect(left.map((row) => row.email)).toEqual([fresh.email]);
    expect(await db.$count(responses, sql`${responses.phone} = '(207) 555-0111' or ${responses.name} = 'Morgan Stale'`)).toBe(0);
    expect(await mailsTo(stale.email)).toEqual([]);
    expect((await mailsTo(fresh.email)).map((mail) => mail.subject)).toEqual([CONFIRMATION_SUBJECT]);
    // Confirmed responses are never touched by this, however old.
    expect(await inbox()).toContain("Casey Rowe");
    expect((await runRetention(365)).unconfirmedDeleted).toBe(0);
  });
});
