/** "I'm interested" through the guard, against the real data layer. */
import { eq, sql } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb, type Database } from "@/db/client";
import { memberships, outbox, rateLimits, responses, users } from "@/db/schema";
import { insertOpportunity, insertOrganization, insertUser } from "@/lib/testing/fixtures";
import { signInAs } from "@/lib/auth/testing/session-mock";
import { CONFIRMATION_SUBJECT } from "./delivered";
import { ALREADY_SUBJECT, COORDINATOR_SUBJECT, PASSED_ON_SUBJECT, respondToOpportunity } from "./respond";

// Only who is signed in is faked; the account itself is read from the database.
vi.mock("@/lib/auth/session", () => import("@/lib/auth/testing/session-mock"));

let db: Database;
let organizationId: number;
let openSlug: string;
let openId: number;

const valid = { name: "Jordan Ames", email: "jordan.ames@example.org", phone: "(207) 555-0142", message: "I can help on Saturdays.", availability: "Weekends", consent: true };

async function rowsFor(opportunityId: number) {
  return db.select().from(responses).where(eq(responses.opportunityId, opportunityId));
}
const outboxRows = () => db.select().from(outbox);

beforeAll(async () => {
  db = await getDb();
  const organization = await insertOrganization(db, { name: "Harbor Light Shelter" });
  organizationId = organization.id;
  const posting = await insertOpportunity(db, organizationId, { title: "Saturday pantry shift" });
  openSlug = posting.slug;
  openId = posting.id;
  const [coordinator] = await db.insert(users).values({ email: "coordinator@harbor.example.org", name: "Sam" }).returning();
  const [disabled] = await db.insert(users).values({ email: "former@harbor.example.org", name: "Lee", disabledAt: new Date() }).returning();
  await db.insert(memberships).values([
    { userId: coordinator!.id, organizationId, role: "owner" },
    { userId: disabled!.id, organizationId },
  ]);
});

beforeEach(async () => {
  signInAs(null);
  await db.delete(rateLimits).where(sql`true`);
  await db.delete(outbox).where(sql`true`);
});

describe("respondToOpportunity", () => {
  it("signed out, keeps the details from the organization and mails the address a link to confirm, with no personal data in the subject", async () => {
    const result = await respondToOpportunity(openSlug)(valid);
    expect(result).toEqual({ ok: true, outcome: "to-confirm" });
    const [row] = await rowsFor(openId);
    expect(row).toMatchObject({ name: "Jordan Ames", email: "jordan.ames@example.org", organizationId, status: "new", userId: null, confirmedAt: null });
    expect(row!.confirmationTokenHash).toMatch(/^[0-9a-f]{64}$/);

    // Only the address's owner hears of it; the coordinators are told nothing yet.
    const mails = await outboxRows();
    expect(mails.map((m) => [m.to, m.subject])).toEqual([["jordan.ames@example.org", CONFIRMATION_SUBJECT]]);
    const [mail] = mails;
    expect(mail!.subject).not.toMatch(/Jordan|Ames|jordan\.ames|555-0142/);
    expect(mail!.text).toMatch(/\/responses\/confirm\/[A-Za-z0-9_-]{43}\n/);
    expect(mail!.text).toContain("Nothing has been sent to Harbor Light Shelter yet.");
    // The name typed never appears in a mail: it could be a link to anywhere.
    expect(mail!.text).not.toMatch(/Jordan|555-0142|Saturdays/);
  });

  it("answers a second response from the same address before it is confirmed by replacing the details and the link", async () => {
    const [before] = await rowsFor(openId);
    const again = await respondToOpportunity(openSlug)({ ...valid, email: "JORDAN.AMES@example.org", message: "Again" });
    expect(again).toEqual({ ok: true, outcome: "to-confirm" });
    const rows = await rowsFor(openId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: before!.id, message: "Again", confirmedAt: null });
    expect(rows[0]!.confirmationTokenHash).not.toBe(before!.confirmationTokenHash);
    expect((await outboxRows()).map((m) => m.subject)).toEqual([CONFIRMATION_SUBJECT]);
  });

  it("answers an address that already reached the organization by mail only, and the page cannot tell", async () => {
    await db.update(responses).set({ confirmedAt: new Date(), confirmationTokenHash: null }).where(eq(responses.opportunityId, openId));
    const again = await respondToOpportunity(openSlug)({ ...valid, message: "Third time" });
    // The same answer as for a new address: whether one had answered is nobody else's business.
    expect(again).toEqual({ ok: true, outcome: "to-confirm" });
    const rows = await rowsFor(openId);
    expect(rows.map((row) => row.message)).toEqual(["Again"]);
    // Only the volunteer hears of it; the coordinators are not notified twice.
    expect((await outboxRows()).map((m) => [m.to, m.subject])).toEqual([["jordan.ames@example.org", ALREADY_SUBJECT]]);
  });

  it("signed in with their own confirmed address, passes the details on at once: the volunteer is told, the coordinators get a notice without personal data", async () => {
    const volunteer = await insertUser(db, { email: "at.once@example.org", name: "Robin Vale" });
    const posting = await insertOpportunity(db, organizationId, { title: "Winter coat drive" });
    signInAs(volunteer.id);
    expect(await respondToOpportunity(posting.slug)({ ...valid, name: "Robin Vale", email: "At.Once@example.org" })).toEqual({ ok: true, outcome: "passed-on" });
    const [row] = await rowsFor(posting.id);
    expect(row).toMatchObject({ userId: volunteer.id, confirmationTokenHash: null });
    expect(row!.confirmedAt).toBeInstanceOf(Date);

    const mails = await outboxRows();
    expect(mails.map((m) => [m.to, m.subject]).sort()).toEqual([
      ["At.Once@example.org", PASSED_ON_SUBJECT],
      ["coordinator@harbor.example.org", COORDINATOR_SUBJECT],
    ]);
    const notice = mails.find((m) => m.to === "coordinator@harbor.example.org")!;
    expect(notice.text).toMatch(/\/dashboard\/org-[a-z0-9-]+\/responses\n/);
    for (const mail of mails) expect(`${mail.subject}\n${mail.text}`).not.toMatch(/Robin|at\.once|555-0142|Saturdays/i);
    // The disabled member gets nothing.
    expect(mails.map((m) => m.to)).not.toContain("former@harbor.example.org");

    await db.delete(outbox).where(sql`true`);
    expect(await respondToOpportunity(posting.slug)({ ...valid, email: "at.once@example.org" })).toEqual({ ok: true, outcome: "already" });
    expect((await outboxRows()).map((m) => m.subject)).toEqual([ALREADY_SUBJECT]);
  });

  it("signed in with an address not yet confirmed, still asks by mail", async () => {
    const volunteer = await insertUser(db, { email: "unconfirmed.account@example.org", emailVerifiedAt: null });
    const posting = await insertOpportunity(db, organizationId);
    signInAs(volunteer.id);
    expect(await respondToOpportunity(posting.slug)({ ...valid, email: volunteer.email })).toEqual({ ok: true, outcome: "to-confirm" });
    expect(await rowsFor(posting.id)).toMatchObject([{ userId: volunteer.id, confirmedAt: null }]);
    expect((await outboxRows()).map((m) => m.subject)).toEqual([CONFIRMATION_SUBJECT]);
  });

  it("refuses bad input with a message per field and writes nothing", async () => {
    const posting = await insertOpportunity(db, organizationId);
    for (const input of [
      { ...valid, name: "", email: "not-an-email", consent: false },
      { ...valid, phone: "call me maybe" },
      { ...valid, message: "x".repeat(2001) },
      { ...valid, email: `${"a".repeat(250)}@example.org` },
      { ...valid, name: "Jordan\nBcc: everyone@example.org" },
      {},
      "not an object",
    ]) {
      const result = await respondToOpportunity(posting.slug)(input);
      expect(result?.ok, JSON.stringify(input).slice(0, 80)).toBe(false);
      if (result && !result.ok) expect(result.message).toBeTruthy();
    }
    const first = await respondToOpportunity(posting.slug)({ ...valid, name: "", email: "not-an-email", consent: false });
    expect(first && !first.ok && Object.keys(first.fieldErrors).sort()).toEqual(["consent", "email", "name"]);
    expect(await rowsFor(posting.id)).toEqual([]);
    expect(await outboxRows()).toEqual([]);
  });

  it("takes nothing from a bot that fills the hidden field", async () => {
    const posting = await insertOpportunity(db, organizationId);
    expect(await respondToOpportunity(posting.slug)({ ...valid, leave_blank: "http://spam.example" })).toEqual({ ok: true, outcome: "to-confirm" });
    expect(await rowsFor(posting.id)).toEqual([]);
    expect(await outboxRows()).toEqual([]);
  });

  it("refuses a posting that is not public", async () => {
    const suspended = await insertOrganization(db, { status: "suspended" });
    for (const posting of [
      await insertOpportunity(db, organizationId, { status: "draft" }),
      await insertOpportunity(db, organizationId, { expiresAt: new Date(Date.now() - 1000) }),
      await insertOpportunity(db, suspended.id),
    ]) {
      const result = await respondToOpportunity(posting.slug)(valid);
      expect(result).toMatchObject({ ok: false });
      expect(await rowsFor(posting.id)).toEqual([]);
    }
    expect(await respondToOpportunity("no-such-posting")(valid)).toMatchObject({ ok: false });
  });

  it("stops a flood from one address", async () => {
    const posting = await insertOpportunity(db, organizationId);
    const results = [];
    for (let i = 0; i < 12; i++) results.push(await respondToOpportunity(posting.slug)({ ...valid, email: `person${i}@example.org` }));
    expect(results.filter((r) => r?.ok)).toHaveLength(10);
    expect(results.at(-1)).toMatchObject({ ok: false, message: expect.stringMatching(/Too many attempts/) });
    expect(await rowsFor(posting.id)).toHaveLength(10);
    // The counters hold hashes, never the address or e-mail they count.
    for (const limit of await db.select().from(rateLimits)) expect(limit.key).toMatch(/^respond(-email)?:[0-9a-f]{64}$/);
  });

  it("stops the site from mailing one address over and over", async () => {
    const results = [];
    for (let i = 0; i < 11; i++) {
      const posting = await insertOpportunity(db, organizationId);
      await db.delete(rateLimits).where(sql`${rateLimits.key} like 'respond:%'`);
      results.push(await respondToOpportunity(posting.slug)({ ...valid, email: "target@example.org" }));
    }
    expect(results.filter((r) => r?.ok)).toHaveLength(10);
    expect(results.at(-1)).toMatchObject({ ok: false, message: expect.stringMatching(/many postings today/) });
  });

  it("links the response to the account of a volunteer who is signed in and gives their own address, and to no account otherwise", async () => {
    const volunteer = await insertUser(db, { email: "signed.in@example.org" });
    const posting = await insertOpportunity(db, organizationId);
    signInAs(volunteer.id);
    expect(await respondToOpportunity(posting.slug)({ ...valid, email: "Signed.In@example.org" })).toEqual({ ok: true, outcome: "passed-on" });
    // Signed in, but answering with another address: that response is not the account's, and waits for that address's owner.
    expect(await respondToOpportunity(posting.slug)({ ...valid, email: "a.friend@example.org" })).toEqual({ ok: true, outcome: "to-confirm" });
    signInAs(null);
    expect(await respondToOpportunity(posting.slug)({ ...valid, email: "signed.out@example.org" })).toEqual({ ok: true, outcome: "to-confirm" });
    const rows = await rowsFor(posting.id);
    expect(rows.map((row) => [row.email!.toLowerCase(), row.userId, row.confirmedAt !== null]).sort()).toEqual([
      ["a.friend@example.org", null, false],
      ["signed.in@example.org", volunteer.id, true],
      ["signed.out@example.org", null, false],
    ]);
  });

  it("links nothing for a disabled account, and never claims a response the organization already has on a second try", async () => {
    const posting = await insertOpportunity(db, organizationId);
    const disabled = await insertUser(db, { disabledAt: new Date() });
    signInAs(disabled.id);
    expect(await respondToOpportunity(posting.slug)({ ...valid, email: "was.disabled@example.org" })).toEqual({ ok: true, outcome: "to-confirm" });
    await db.update(responses).set({ confirmedAt: new Date(), confirmationTokenHash: null }).where(eq(responses.opportunityId, posting.id));
    // The same address answering again while signed in as it: the first row stays as it was, unlinked.
    const volunteer = await insertUser(db, { email: "Was.Disabled@example.org" });
    signInAs(volunteer.id);
    expect(await respondToOpportunity(posting.slug)({ ...valid, email: "was.disabled@example.org" })).toEqual({ ok: true, outcome: "already" });
    const rows = await rowsFor(posting.id);
    expect(rows.map((row) => row.userId)).toEqual([null]);
  });
});
