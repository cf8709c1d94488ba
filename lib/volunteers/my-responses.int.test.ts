/** "My responses" through the guard, against the real data layer. */
import { and, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb, type Database } from "@/db/client";
import { outbox, responseEvents, responses } from "@/db/schema";
import { insertMembership, insertOpportunity, insertOrganization, insertResponse, insertUser } from "@/lib/testing/fixtures";
import { NO_ACCESS, SIGNED_OUT } from "@/lib/actions/guard";
import { signInAs } from "@/lib/auth/testing/session-mock";
import { respondToOpportunity } from "@/lib/responses/respond";
import { getMyResponse, linkMyEarlierResponses, listMyResponses, withdrawMyResponse } from "./my-responses";

vi.mock("@/lib/auth/session", () => import("@/lib/auth/testing/session-mock"));

let db: Database;
let organization: { id: number; slug: string; name: string };
let posting: { id: number; slug: string; title: string };
let coordinatorEmail: string;
let formerCoordinatorEmail: string;

const responseRow = async (id: number) => (await db.select().from(responses).where(eq(responses.id, id)))[0]!;
const eventsOf = (id: number) => db.select().from(responseEvents).where(eq(responseEvents.responseId, id));
const mailsAbout = (id: number) => db.select().from(outbox).where(like(outbox.text, `%/responses/${id}\n%`));

beforeAll(async () => {
  db = await getDb();
  organization = await insertOrganization(db, { name: "Harbor Light Shelter" });
  posting = await insertOpportunity(db, organization.id, { title: "Saturday pantry shift" });
  const coordinator = await insertUser(db);
  const former = await insertUser(db, { disabledAt: new Date() });
  coordinatorEmail = coordinator.email;
  formerCoordinatorEmail = former.email;
  await insertMembership(db, coordinator.id, organization.id, "owner");
  await insertMembership(db, former.id, organization.id);
});

describe("listMyResponses", () => {
  it("lists a response made while signed in, with its posting, organization and status", async () => {
    const volunteer = await insertUser(db);
    const other = await insertOpportunity(db, organization.id, { title: "Drive to appointments" });
    signInAs(volunteer.id);
    expect(await respondToOpportunity(other.slug)({ name: "Casey Doe", email: volunteer.email, consent: true })).toEqual({ ok: true, outcome: "passed-on" });
    const [row] = await db.select().from(responses).where(eq(responses.opportunityId, other.id));
    expect(row!.userId).toBe(volunteer.id);

    const list = await listMyResponses(volunteer);
    expect(list).toEqual({
      mine: [
        {
          id: row!.id,
          status: "new",
          createdAt: expect.any(Date),
          postingTitle: "Drive to appointments",
          postingSlug: other.slug,
          postingIsPublic: true,
          organizationName: "Harbor Light Shelter",
        },
      ],
      earlier: [],
      emailConfirmed: true,
    });
    // Once the posting closes, the response stays listed, without a link to a page that is gone.
    await db.update(responses).set({ status: "contacted" }).where(eq(responses.id, row!.id));
    const closed = await insertOpportunity(db, organization.id, { status: "closed" });
    await insertResponse(db, closed.id, organization.id, { userId: volunteer.id });
    const again = await listMyResponses(volunteer);
    expect(again.mine.map((r) => [r.postingSlug, r.postingIsPublic, r.status])).toEqual([
      [closed.slug, false, "new"],
      [other.slug, true, "contacted"],
    ]);
  });

  it("shows earlier responses with the same confirmed address, and links them; never anyone else's", async () => {
    const volunteer = await insertUser(db, { email: `Casey.${Date.now()}@Example.org` });
    const someoneElse = await insertUser(db);
    const address = volunteer.email.toLowerCase();
    const second = await insertOpportunity(db, organization.id);
    const third = await insertOpportunity(db, organization.id);
    const before = await insertResponse(db, posting.id, organization.id, { email: address.toUpperCase() });
    const alsoBefore = await insertResponse(db, second.id, organization.id, { email: address, status: "scheduled" });
    // Same address, but already someone's: it stays theirs.
    const claimed = await insertResponse(db, third.id, organization.id, { email: address, userId: someoneElse.id });
    const stranger = await insertResponse(db, third.id, organization.id, { email: "stranger@example.net" });
    // Same address, typed by someone and never confirmed from the mail: nobody's, and not shown.
    const fourth = await insertOpportunity(db, organization.id);
    const typedBySomeone = await insertResponse(db, fourth.id, organization.id, { email: address, confirmedAt: null });

    const list = await listMyResponses(volunteer);
    expect(list.mine).toEqual([]);
    expect(list.earlier.map((r) => r.id).sort()).toEqual([before.id, alsoBefore.id].sort());
    expect(list.earlier.find((r) => r.id === alsoBefore.id)?.status).toBe("scheduled");

    // Not linked yet, so not the volunteer's to withdraw or to open.
    signInAs(volunteer.id);
    expect(await withdrawMyResponse({ responseId: String(before.id) })).toMatchObject({ ok: false, message: NO_ACCESS });
    expect(await getMyResponse(volunteer, before.id)).toBeNull();

    expect(await linkMyEarlierResponses({})).toEqual({ ok: true, linked: 2 });
    expect((await responseRow(before.id)).userId).toBe(volunteer.id);
    expect((await responseRow(alsoBefore.id)).userId).toBe(volunteer.id);
    expect((await responseRow(claimed.id)).userId).toBe(someoneElse.id);
    expect((await responseRow(stranger.id)).userId).toBeNull();
    expect((await responseRow(typedBySomeone.id)).userId).toBeNull();
    const after = await listMyResponses(volunteer);
    expect(after.mine.map((r) => r.id).sort()).toEqual([before.id, alsoBefore.id].sort());
    expect(after.earlier).toEqual([]);
    expect(await linkMyEarlierResponses({})).toEqual({ ok: true, linked: 0 });
  });

  it("shows and links nothing by address while the address is not confirmed", async () => {
    const unconfirmed = await insertUser(db, { emailVerifiedAt: null });
    const made = await insertResponse(db, posting.id, organization.id, { email: unconfirmed.email });
    expect(await listMyResponses(unconfirmed)).toEqual({ mine: [], earlier: [], emailConfirmed: false });
    signInAs(unconfirmed.id);
    expect(await linkMyEarlierResponses({})).toMatchObject({ ok: false, message: expect.stringMatching(/Confirm your e-mail address/) });
    expect((await responseRow(made.id)).userId).toBeNull();
  });

  it("refuses to link for a visitor who is signed out", async () => {
    signInAs(null);
    expect(await linkMyEarlierResponses({})).toEqual({ ok: false, message: SIGNED_OUT, fieldErrors: {} });
  });
});

describe("withdrawMyResponse", () => {
  it("withdraws the volunteer's own response, records it and tells the coordinators", async () => {
    const volunteer = await insertUser(db, { name: "Casey Doe" });
    const opportunity = await insertOpportunity(db, organization.id, { title: "Front desk" });
    const mine = await insertResponse(db, opportunity.id, organization.id, { userId: volunteer.id, name: "Casey Doe", email: volunteer.email, phone: "(207) 555-0123", message: "Evenings work for me." });
    signInAs(volunteer.id);
    expect(await withdrawMyResponse({ responseId: String(mine.id) })).toEqual({ ok: true, responseId: mine.id });

    const row = await responseRow(mine.id);
    expect(row.status).toBe("withdrawn");
    expect(row.firstStatusChangeAt).toBeInstanceOf(Date);
    expect(await eventsOf(mine.id)).toEqual([
      expect.objectContaining({ kind: "status", fromStatus: "new", toStatus: "withdrawn", actorUserId: volunteer.id, organizationId: organization.id, note: null }),
    ]);

    const mails = await mailsAbout(mine.id);
    // The disabled former coordinator is not written to.
    expect(mails.map((mail) => mail.to)).toEqual([coordinatorEmail]);
    expect(mails.map((mail) => mail.to)).not.toContain(formerCoordinatorEmail);
    const [mail] = mails;
    expect(mail!.subject).toBe("A volunteer withdrew a response");
    expect(mail!.text).toContain(`/dashboard/${organization.slug}/responses/${mine.id}\n`);
    expect(mail!.text).toContain("Front desk");
    expect(`${mail!.subject}\n${mail!.text}`).not.toMatch(/Casey|Doe|555-0123|Evenings|@/);

    // Once withdrawn, a second try changes nothing more.
    expect(await withdrawMyResponse({ responseId: String(mine.id) })).toMatchObject({ ok: false, message: "You have already withdrawn this response." });
    expect(await eventsOf(mine.id)).toHaveLength(1);
    expect(await mailsAbout(mine.id)).toHaveLength(1);
  });

  it("allows it only while the organization is still working on the response", async () => {
    const volunteer = await insertUser(db);
    signInAs(volunteer.id);
    const firstMove = new Date("2026-01-05T15:00:00Z");
    for (const status of ["contacted", "scheduled"] as const) {
      const opportunity = await insertOpportunity(db, organization.id);
      const mine = await insertResponse(db, opportunity.id, organization.id, { userId: volunteer.id, status, firstStatusChangeAt: firstMove });
      expect(await withdrawMyResponse({ responseId: String(mine.id) }), status).toMatchObject({ ok: true });
      const row = await responseRow(mine.id);
      expect(row.status).toBe("withdrawn");
      // The first move the organization made keeps its time: it measures how fast they answered.
      expect(row.firstStatusChangeAt?.toISOString()).toBe(firstMove.toISOString());
      expect((await eventsOf(mine.id)).map((e) => [e.fromStatus, e.toStatus])).toEqual([[status, "withdrawn"]]);
    }
    for (const status of ["placed", "declined"] as const) {
      const opportunity = await insertOpportunity(db, organization.id);
      const mine = await insertResponse(db, opportunity.id, organization.id, { userId: volunteer.id, status });
      expect(await withdrawMyResponse({ responseId: String(mine.id) }), status).toMatchObject({ ok: false, message: expect.stringMatching(/can no longer be withdrawn/) });
      expect((await responseRow(mine.id)).status).toBe(status);
      expect(await eventsOf(mine.id)).toEqual([]);
      expect(await mailsAbout(mine.id)).toEqual([]);
    }
  });

  it("changes and reveals nothing for another person's response", async () => {
    const volunteer = await insertUser(db);
    const owner = await insertUser(db);
    const opportunity = await insertOpportunity(db, organization.id);
    const theirs = await insertResponse(db, opportunity.id, organization.id, { userId: owner.id });
    const anonymous = await insertResponse(db, opportunity.id, organization.id);
    signInAs(volunteer.id);
    const missing = await withdrawMyResponse({ responseId: "2147483000" });
    expect(missing).toEqual({ ok: false, message: NO_ACCESS, fieldErrors: {} });
    // Word for word what a response that does not exist answers.
    expect(await withdrawMyResponse({ responseId: String(theirs.id) })).toEqual(missing);
    expect(await withdrawMyResponse({ responseId: String(anonymous.id) })).toEqual(missing);
    for (const id of [theirs.id, anonymous.id]) {
      expect((await responseRow(id)).status).toBe("new");
      expect(await eventsOf(id)).toEqual([]);
      expect(await mailsAbout(id)).toEqual([]);
    }
    expect(await getMyResponse(volunteer, theirs.id)).toBeNull();
    expect((await getMyResponse(owner, theirs.id))?.id).toBe(theirs.id);
    expect((await listMyResponses(volunteer)).mine).toEqual([]);

    signInAs(null);
    expect(await withdrawMyResponse({ responseId: String(theirs.id) })).toEqual({ ok: false, message: SIGNED_OUT, fieldErrors: {} });
    signInAs(owner.id);
    expect(await withdrawMyResponse({ responseId: "abc" })).toMatchObject({ ok: false, fieldErrors: { responseId: expect.any(Array) } });
    expect((await responseRow(theirs.id)).status).toBe("new");
    expect(await db.$count(responseEvents, and(eq(responseEvents.organizationId, organization.id), eq(responseEvents.responseId, theirs.id)))).toBe(0);
  });
});
