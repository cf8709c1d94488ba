/**
 * Capacity and the waiting list, against the real database: the places taken
 * are counted by the database itself, search can leave full postings out, a
 * response to a full posting joins the list, and a coordinator offers freed
 * places in order, one at a time.
 */
import { eq, sql } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb, type Database } from "@/db/client";
import { opportunities, outbox, rateLimits, responseEvents, responses } from "@/db/schema";
import { insertMembership, insertOpportunity, insertOrganization, insertResponse, insertUser } from "@/lib/testing/fixtures";
import { NO_ACCESS } from "@/lib/actions/guard";
import { signInAs } from "@/lib/auth/testing/session-mock";
import { searchOpportunities } from "@/lib/search/search";
import { COORDINATOR_WAITLIST_SUBJECT, PASSED_ON_SUBJECT, respondToOpportunity, WAITLISTED_SUBJECT } from "./respond";
import { NOBODY_WAITING, offerNextPlace, PLACE_OFFERED_SUBJECT, STILL_FULL, waitlistOf } from "./waitlist";
import { organizationAccess } from "@/lib/auth/permissions";
import { loadViewer } from "@/lib/auth/viewer";

vi.mock("@/lib/auth/session", () => import("@/lib/auth/testing/session-mock"));

let db: Database;
let organization: { id: number; slug: string };
let coordinator: { id: number };

const placesTaken = async (id: number) => (await db.select({ taken: opportunities.placesTaken }).from(opportunities).where(eq(opportunities.id, id)))[0]!.taken;
const setStatus = (id: number, status: "new" | "contacted" | "scheduled" | "placed" | "declined" | "withdrawn") =>
  db.update(responses).set({ status }).where(eq(responses.id, id));
const mails = () => db.select({ to: outbox.to, subject: outbox.subject, text: outbox.text }).from(outbox).orderBy(outbox.id);

/** A volunteer signed in with a confirmed address: their response reaches the organization at once. */
async function respondSignedIn(slug: string, email: string) {
  const volunteer = await insertUser(db, { email, emailVerifiedAt: new Date() });
  signInAs(volunteer.id);
  const result = await respondToOpportunity(slug)({ name: email.split("@")[0], email, consent: true });
  signInAs(null);
  expect(result).toMatchObject({ ok: true, outcome: "passed-on" });
  return (await db.select().from(responses).where(eq(responses.email, email)))[0]!;
}

beforeAll(async () => {
  db = await getDb();
  organization = await insertOrganization(db, { name: "Harbor Light Shelter" });
  coordinator = await insertUser(db, { email: "sam@harbor.example.org" });
  await insertMembership(db, coordinator.id, organization.id);
});

beforeEach(async () => {
  signInAs(null);
  await db.delete(outbox).where(sql`true`);
  await db.delete(rateLimits).where(sql`true`);
});

describe("places taken", () => {
  it("counts the responses scheduled or placed, and frees a place when one is declined, withdrawn or deleted", async () => {
    const posting = await insertOpportunity(db, organization.id, { spots: 3 });
    const a = await insertResponse(db, posting.id, organization.id);
    const b = await insertResponse(db, posting.id, organization.id, { status: "placed" });
    expect(await placesTaken(posting.id)).toBe(1);
    await setStatus(a.id, "contacted");
    expect(await placesTaken(posting.id)).toBe(1);
    await setStatus(a.id, "scheduled");
    expect(await placesTaken(posting.id)).toBe(2);
    await setStatus(a.id, "placed");
    expect(await placesTaken(posting.id)).toBe(2);
    await setStatus(a.id, "withdrawn");
    expect(await placesTaken(posting.id)).toBe(1);
    await setStatus(b.id, "declined");
    expect(await placesTaken(posting.id)).toBe(0);
    await setStatus(b.id, "scheduled");
    await db.delete(responses).where(eq(responses.id, b.id));
    expect(await placesTaken(posting.id)).toBe(0);
  });

  it("open=1 leaves out exactly the postings whose places are all taken", async () => {
    const full = await insertOpportunity(db, organization.id, { title: "Capacity check full", spots: 1 });
    const roomy = await insertOpportunity(db, organization.id, { title: "Capacity check roomy", spots: 2 });
    const unlimited = await insertOpportunity(db, organization.id, { title: "Capacity check unlimited" });
    await insertResponse(db, full.id, organization.id, { status: "scheduled" });
    await insertResponse(db, roomy.id, organization.id, { status: "placed" });
    const slugs = async (open: boolean) =>
      (await searchOpportunities({ organizationId: organization.id, q: "capacity check", open }, { pageSize: 100, facets: false })).items.map((item) => item.slug).sort();
    expect(await slugs(false)).toEqual([full.slug, roomy.slug, unlimited.slug].sort());
    expect(await slugs(true)).toEqual([roomy.slug, unlimited.slug].sort());
    const fullItem = (await searchOpportunities({ organizationId: organization.id, q: "capacity check" }, { pageSize: 100, facets: false })).items.find((item) => item.slug === full.slug);
    expect(fullItem?.full).toBe(true);
  });
});

describe("the waiting list", () => {
  it("takes a response to a full posting onto the list, in order, and both mails say so", async () => {
    const posting = await insertOpportunity(db, organization.id, { title: "Overnight hotline shift", spots: 1 });
    const first = await respondSignedIn(posting.slug, "first.volunteer@example.org");
    expect(first.waitlistedAt).toBeNull();
    expect((await mails()).map((mail) => mail.subject)).toContain(PASSED_ON_SUBJECT);
    await setStatus(first.id, "scheduled");
    await db.delete(outbox).where(sql`true`);

    const second = await respondSignedIn(posting.slug, "second.volunteer@example.org");
    const third = await respondSignedIn(posting.slug, "third.volunteer@example.org");
    expect(second.waitlistedAt).not.toBeNull();
    expect(third.waitlistedAt!.getTime()).toBeGreaterThanOrEqual(second.waitlistedAt!.getTime());
    const sent = await mails();
    expect(sent.filter((mail) => mail.subject === WAITLISTED_SUBJECT).map((mail) => mail.to)).toEqual(["second.volunteer@example.org", "third.volunteer@example.org"]);
    expect(sent.filter((mail) => mail.subject === COORDINATOR_WAITLIST_SUBJECT).map((mail) => mail.to)).toEqual(["sam@harbor.example.org", "sam@harbor.example.org"]);
    expect(sent.some((mail) => mail.subject === PASSED_ON_SUBJECT)).toBe(false);

    const access = await organizationAccess(await loadViewer(db, { userId: coordinator.id, signedInAt: new Date(), sessionId: crypto.randomUUID() }), organization.id, "responses");
    const list = await waitlistOf(access!, posting.id);
    expect(list?.posting).toMatchObject({ spots: 1, placesTaken: 1, full: true });
    expect(list?.waiting.map((person) => person.id)).toEqual([second.id, third.id]);
  });

  it("offers a freed place to the next person only, mails them, and refuses while every place is taken", async () => {
    const posting = await insertOpportunity(db, organization.id, { title: "Food pantry Saturday", spots: 1 });
    const taken = await insertResponse(db, posting.id, organization.id, { status: "scheduled" });
    const waitingAt = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    const later = await insertResponse(db, posting.id, organization.id, { email: "later@example.org", waitlistedAt: waitingAt(5) });
    const earlier = await insertResponse(db, posting.id, organization.id, { email: "earlier@example.org", waitlistedAt: waitingAt(10) });
    const command = { organizationId: String(organization.id), opportunityId: String(posting.id) };

    signInAs(coordinator.id);
    expect(await offerNextPlace(command)).toMatchObject({ ok: false, message: STILL_FULL });
    expect(await mails()).toEqual([]);

    await setStatus(taken.id, "declined");
    expect(await offerNextPlace(command)).toMatchObject({ ok: true, responseId: earlier.id });
    expect(await mails()).toEqual([expect.objectContaining({ to: "earlier@example.org", subject: PLACE_OFFERED_SUBJECT })]);
    expect((await db.select().from(responseEvents).where(eq(responseEvents.responseId, earlier.id))).map((event) => event.kind)).toEqual(["note"]);

    // The offered place is spoken for until that volunteer is scheduled or placed, declined or withdraws.
    expect(await offerNextPlace(command)).toMatchObject({ ok: false, message: STILL_FULL });
    await setStatus(earlier.id, "declined");
    expect(await offerNextPlace(command)).toMatchObject({ ok: true, responseId: later.id });
    await setStatus(later.id, "withdrawn");
    expect(await offerNextPlace(command)).toMatchObject({ ok: false, message: NOBODY_WAITING });
  });

  it("refuses a member of another organization, who learns nothing, and writes nothing", async () => {
    const posting = await insertOpportunity(db, organization.id, { spots: 1 });
    await insertResponse(db, posting.id, organization.id, { email: "waiting@example.org", waitlistedAt: new Date() });
    const stranger = await insertUser(db);
    const other = await insertOrganization(db);
    await insertMembership(db, stranger.id, other.id, "owner");
    signInAs(stranger.id);
    expect(await offerNextPlace({ organizationId: String(organization.id), opportunityId: String(posting.id) })).toMatchObject({ ok: false, message: NO_ACCESS });
    // Their own organization's id with this posting: not theirs, so nobody is waiting there.
    expect(await offerNextPlace({ organizationId: String(other.id), opportunityId: String(posting.id) })).toMatchObject({ ok: false, message: NOBODY_WAITING });
    expect(await mails()).toEqual([]);
    expect((await db.select().from(responses).where(eq(responses.opportunityId, posting.id)))[0]!.placeOfferedAt).toBeNull();
  });

  it("refuses bad input with a clear message and writes nothing", async () => {
    signInAs(coordinator.id);
    const result = await offerNextPlace({ organizationId: "x", opportunityId: "-1" });
    expect(result).toMatchObject({ ok: false });
    expect(await mails()).toEqual([]);
  });
});
