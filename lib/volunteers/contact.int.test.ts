import { and, desc, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb, type Database } from "@/db/client";
import { auditLog, contactRequests, counties, memberships, organizationCounties, organizations, outbox, users, volunteerCounties, volunteerProfiles } from "@/db/schema";
import { insertMembership, insertOrganization, insertUser } from "@/lib/testing/fixtures";
import { NO_ACCESS, SIGNED_OUT } from "@/lib/actions/guard";
import { refusalCode } from "@/lib/actions/refusal";
import { organizationAccess } from "@/lib/auth/permissions";
import { signInAs } from "@/lib/auth/testing/session-mock";
import { loadViewer } from "@/lib/auth/viewer";
import { siteUrl } from "@/lib/site";
import {
  ALREADY_ACCEPTED,
  ALREADY_ANSWERED,
  ALREADY_DECLINED,
  ALREADY_WAITING,
  answerContactRequest,
  contactVolunteer,
  listContactRequestsForOrganization,
  listMyContactRequests,
  NOT_SHARED,
  ORGANIZATION_UNAVAILABLE,
  REQUEST_NOT_FOUND,
  VOLUNTEER_NOT_FOUND,
  withdrawContactConsent,
  WITHDRAWN,
} from "./contact";
import { runRetention } from "./retention";

vi.mock("@/lib/auth/session", () => import("@/lib/auth/testing/session-mock"));

const MESSAGE = "Hello! We run a youth mentoring program in Portland and would love your help on Saturdays.";

let db: Database;

async function countyId(slug: string): Promise<number> {
  const [county] = await db.select({ id: counties.id }).from(counties).where(eq(counties.slug, slug));
  return county!.id;
}

/** A volunteer in Cumberland County (which both test organizations serve) unless told otherwise. */
async function insertVolunteer(values: { discoverable?: boolean; disabled?: boolean; county?: string } = {}) {
  const user = await insertUser(db, { name: "Jordan Ellsworth-Pike", disabledAt: values.disabled ? new Date() : null });
  const phone = `(207) 555-${String(1000 + user.id).slice(-4)}`;
  await db.insert(volunteerProfiles).values({ userId: user.id, phone, skills: ["mentoring_youth"], availability: "Saturdays", discoverable: values.discoverable ?? true });
  await db.insert(volunteerCounties).values({ userId: user.id, countyId: await countyId(values.county ?? "cumberland") });
  return { ...user, phone };
}

/** An organization serving Cumberland County, where the test volunteers live. */
async function servingOrganization(values: Parameters<typeof insertOrganization>[1] = {}) {
  const inserted = await insertOrganization(db, values);
  await db.insert(organizationCounties).values({ organizationId: inserted.id, countyId: await countyId("cumberland") });
  return inserted;
}

async function coordinatorOf(organizationId: number) {
  const coordinator = await insertUser(db, { name: "Casey Coordinator" });
  await insertMembership(db, coordinator.id, organizationId);
  return coordinator;
}

async function accessFor(userId: number, organizationId: number) {
  return organizationAccess(await loadViewer(db, { userId, signedInAt: new Date(), sessionId: crypto.randomUUID() }), organizationId, "findVolunteers");
}

/** Every table a contact or an answer writes to. */
async function counts() {
  return { requests: await db.$count(contactRequests), audit: await db.$count(auditLog), mail: await db.$count(outbox) };
}

function contactForm(organizationId: number, volunteerId: number | string, message = MESSAGE) {
  return { organizationId: String(organizationId), volunteerId: String(volunteerId), message };
}

let organization: { id: number; name: string; slug: string };
let otherOrganization: { id: number; name: string };

beforeAll(async () => {
  db = await getDb();
  organization = await servingOrganization({ name: "Portland Youth Mentors" });
  otherOrganization = await servingOrganization({ name: "Bangor Shelter" });
});

describe("contacting a volunteer", () => {
  it("writes the request, one audit row and one mail to the volunteer, and tells the organization nothing about them", async () => {
    const coordinator = await coordinatorOf(organization.id);
    const volunteer = await insertVolunteer();
    signInAs(coordinator.id);
    const before = await counts();
    const result = await contactVolunteer(contactForm(organization.id, volunteer.id));
    expect(result).toMatchObject({ ok: true, organizationSlug: organization.slug });
    expect(JSON.stringify(result)).not.toContain(volunteer.email);
    expect(await counts()).toEqual({ requests: before.requests + 1, audit: before.audit + 1, mail: before.mail + 1 });

    const requestId = (result as { requestId: number }).requestId;
    const [request] = await db.select().from(contactRequests).where(eq(contactRequests.id, requestId));
    expect(request).toMatchObject({ organizationId: organization.id, volunteerUserId: volunteer.id, senderUserId: coordinator.id, message: MESSAGE, status: "pending", respondedAt: null });

    const [audit] = await db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(audit).toMatchObject({ actorUserId: coordinator.id, action: "volunteer.contact", targetType: "user", targetId: String(volunteer.id), details: { organizationId: organization.id, requestId } });

    const [mail] = await db.select().from(outbox).orderBy(desc(outbox.id)).limit(1);
    expect(mail!.to).toBe(volunteer.email);
    expect(mail!.subject).not.toMatch(/Jordan|Ellsworth|Portland Youth/);
    expect(mail!.text).toContain(organization.name);
    expect(mail!.text).toContain(MESSAGE);
    expect(mail!.text).toContain(`${siteUrl()}/me/contacts`);
    // Nothing the organization can read carries the volunteer's address or phone before they accept.
    const [listed] = (await listContactRequestsForOrganization((await accessFor(coordinator.id, organization.id))!)).items.filter((item) => item.id === requestId);
    expect(listed).toMatchObject({ status: "pending", firstName: "Jordan", fullName: null, email: null, phone: null });
    expect(JSON.stringify(listed)).not.toContain(volunteer.email);
    expect(JSON.stringify(listed)).not.toContain(volunteer.phone);
    expect(JSON.stringify(listed)).not.toContain("Ellsworth");
  });

  it("keeps one request waiting per organization and volunteer, and another organization may write too", async () => {
    const coordinator = await coordinatorOf(organization.id);
    const teammate = await coordinatorOf(organization.id);
    const volunteer = await insertVolunteer();
    signInAs(coordinator.id);
    expect(await contactVolunteer(contactForm(organization.id, volunteer.id))).toMatchObject({ ok: true });
    const before = await counts();
    signInAs(teammate.id);
    expect(await contactVolunteer(contactForm(organization.id, volunteer.id))).toMatchObject({ ok: false, message: ALREADY_WAITING });
    expect(await counts()).toEqual(before);

    const elsewhere = await coordinatorOf(otherOrganization.id);
    signInAs(elsewhere.id);
    expect(await contactVolunteer(contactForm(otherOrganization.id, volunteer.id))).toMatchObject({ ok: true });
  });

  it("refuses a volunteer who has not opted in, is disabled, lives outside the organization's counties, has no profile or does not exist, with the same words, and writes nothing", async () => {
    const coordinator = await coordinatorOf(organization.id);
    const notOptedIn = await insertVolunteer({ discoverable: false });
    const disabled = await insertVolunteer({ disabled: true });
    const elsewhere = await insertVolunteer({ county: "aroostook" });
    const noProfile = await insertUser(db);
    const [last] = await db.select({ id: users.id }).from(users).orderBy(desc(users.id)).limit(1);
    signInAs(coordinator.id);
    const before = await counts();
    for (const id of [notOptedIn.id, disabled.id, elsewhere.id, noProfile.id, last!.id + 1000]) {
      expect(await contactVolunteer(contactForm(organization.id, id))).toEqual({ ok: false, message: VOLUNTEER_NOT_FOUND, fieldErrors: {} });
    }
    expect(await counts()).toEqual(before);
  });

  it("gives no access to coordinators of pending, suspended or rejected organizations, to other users or when signed out", async () => {
    const volunteer = await insertVolunteer();
    const before = await counts();
    for (const status of ["pending", "suspended", "rejected"] as const) {
      const theirs = await servingOrganization({ status });
      const coordinator = await coordinatorOf(theirs.id);
      signInAs(coordinator.id);
      expect(await contactVolunteer(contactForm(theirs.id, volunteer.id))).toEqual({ ok: false, message: NO_ACCESS, fieldErrors: {} });
    }
    // A signed-in volunteer, or a coordinator of another organization, naming this organization.
    for (const user of [await insertUser(db), await coordinatorOf(otherOrganization.id)]) {
      signInAs(user.id);
      expect(await contactVolunteer(contactForm(organization.id, volunteer.id))).toEqual({ ok: false, message: NO_ACCESS, fieldErrors: {} });
    }
    const disabledCoordinator = await coordinatorOf(organization.id);
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, disabledCoordinator.id));
    signInAs(disabledCoordinator.id);
    expect(await contactVolunteer(contactForm(organization.id, volunteer.id))).toEqual({ ok: false, message: SIGNED_OUT, fieldErrors: {} });
    signInAs(null);
    expect(await contactVolunteer(contactForm(organization.id, volunteer.id))).toEqual({ ok: false, message: SIGNED_OUT, fieldErrors: {} });
    expect(await counts()).toEqual(before);
  });

  it("loses access on the next request once the organization is suspended", async () => {
    const theirs = await servingOrganization();
    const coordinator = await coordinatorOf(theirs.id);
    const volunteer = await insertVolunteer();
    await db.update(organizations).set({ status: "suspended" }).where(eq(organizations.id, theirs.id));
    signInAs(coordinator.id);
    const before = await counts();
    expect(await contactVolunteer(contactForm(theirs.id, volunteer.id))).toMatchObject({ ok: false, message: NO_ACCESS });
    expect(await counts()).toEqual(before);
  });

  it("refuses bad input field by field and writes nothing", async () => {
    const coordinator = await coordinatorOf(organization.id);
    signInAs(coordinator.id);
    const before = await counts();
    const short = await contactVolunteer(contactForm(organization.id, "abc", "Hi there"));
    expect(short).toMatchObject({ ok: false });
    expect(Object.keys((short as { fieldErrors: object }).fieldErrors).sort()).toEqual(["message", "volunteerId"]);
    const long = await contactVolunteer(contactForm(organization.id, 1, "x".repeat(2001)));
    expect((long as { fieldErrors: Record<string, unknown> }).fieldErrors.message).toBeDefined();
    const noOrganization = await contactVolunteer({ volunteerId: "1", message: MESSAGE });
    expect((noOrganization as { fieldErrors: Record<string, unknown> }).fieldErrors.organizationId).toBeDefined();
    expect(await contactVolunteer("not a form")).toMatchObject({ ok: false });
    expect(await counts()).toEqual(before);
  });

  it("refuses the 11th contact of a coordinator in a day and writes nothing for it", async () => {
    const theirs = await servingOrganization();
    const coordinator = await coordinatorOf(theirs.id);
    const volunteers = await Promise.all(Array.from({ length: 11 }, () => insertVolunteer()));
    signInAs(coordinator.id);
    for (const volunteer of volunteers.slice(0, 10)) expect(await contactVolunteer(contactForm(theirs.id, volunteer.id))).toMatchObject({ ok: true });
    const before = await counts();
    const refused = await contactVolunteer(contactForm(theirs.id, volunteers[10]!.id));
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/^Too many attempts/) });
    expect(await counts()).toEqual(before);
  });

  it("refuses the 31st contact of an organization in a day, whoever sends it", async () => {
    const theirs = await servingOrganization();
    const team = await Promise.all(Array.from({ length: 4 }, () => coordinatorOf(theirs.id)));
    const volunteers = await Promise.all(Array.from({ length: 31 }, () => insertVolunteer()));
    for (const [index, volunteer] of volunteers.slice(0, 30).entries()) {
      signInAs(team[Math.floor(index / 10)]!.id);
      expect(await contactVolunteer(contactForm(theirs.id, volunteer.id))).toMatchObject({ ok: true });
    }
    signInAs(team[3]!.id);
    const before = await counts();
    expect(await contactVolunteer(contactForm(theirs.id, volunteers[30]!.id))).toMatchObject({ ok: false, message: expect.stringContaining("Too many attempts") });
    expect(await counts()).toEqual(before);
  });
});

describe("the volunteer's answer", () => {
  async function requestFrom(organizationId: number) {
    const coordinator = await coordinatorOf(organizationId);
    const volunteer = await insertVolunteer();
    signInAs(coordinator.id);
    const result = await contactVolunteer(contactForm(organizationId, volunteer.id));
    return { coordinator, volunteer, requestId: (result as { requestId: number }).requestId };
  }

  async function listedFor(coordinatorId: number, organizationId: number, requestId: number) {
    const { items } = await listContactRequestsForOrganization((await accessFor(coordinatorId, organizationId))!);
    return items.find((item) => item.id === requestId);
  }

  it("shows the volunteer their requests, and accepting shows their e-mail and phone to that organization only", async () => {
    const { coordinator, volunteer, requestId } = await requestFrom(organization.id);
    const elsewhere = await coordinatorOf(otherOrganization.id);
    signInAs(elsewhere.id);
    const other = await contactVolunteer(contactForm(otherOrganization.id, volunteer.id));
    const otherRequestId = (other as { requestId: number }).requestId;

    const mine = await listMyContactRequests({ id: volunteer.id });
    expect(mine.map((request) => request.id).sort()).toEqual([requestId, otherRequestId].sort());
    expect(mine.find((request) => request.id === requestId)).toMatchObject({ status: "pending", message: MESSAGE, organization: { name: organization.name, slug: organization.slug } });

    signInAs(volunteer.id);
    const before = await counts();
    expect(await answerContactRequest({ requestId: String(requestId), answer: "accept" })).toEqual({ ok: true, answer: "accept" });
    expect(await counts()).toEqual({ requests: before.requests, audit: before.audit + 1, mail: before.mail + 1 });

    const [request] = await db.select().from(contactRequests).where(eq(contactRequests.id, requestId));
    expect(request!.status).toBe("accepted");
    expect(request!.respondedAt).toBeInstanceOf(Date);
    const [audit] = await db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(audit).toMatchObject({ actorUserId: volunteer.id, action: "volunteer.contact_answer", targetType: "user", targetId: String(volunteer.id), details: { organizationId: organization.id, requestId, answer: "accepted" } });
    // The coordinator is told by mail, with a link and without the details.
    const [mail] = await db.select().from(outbox).orderBy(desc(outbox.id)).limit(1);
    expect(mail!.to).toBe(coordinator.email);
    expect(mail!.text).toContain(`${siteUrl()}/dashboard/${organization.slug}/volunteers/requests`);
    expect(`${mail!.subject} ${mail!.text}`).not.toContain(volunteer.email);
    expect(`${mail!.subject} ${mail!.text}`).not.toContain(volunteer.phone);
    expect(`${mail!.subject} ${mail!.text}`).not.toContain("Jordan");

    expect(await listedFor(coordinator.id, organization.id, requestId)).toMatchObject({ status: "accepted", fullName: "Jordan Ellsworth-Pike", email: volunteer.email, phone: volunteer.phone });
    // The other organization's request still waits: it sees nothing.
    expect(await listedFor(elsewhere.id, otherOrganization.id, otherRequestId)).toMatchObject({ status: "pending", fullName: null, email: null, phone: null });
    // And the organization cannot write again to someone who already accepted.
    signInAs(coordinator.id);
    expect(await contactVolunteer(contactForm(organization.id, volunteer.id))).toMatchObject({ ok: false, message: ALREADY_ACCEPTED });
  });

  it("declining sends a polite mail without details, and the organization never sees them", async () => {
    const { coordinator, volunteer, requestId } = await requestFrom(organization.id);
    signInAs(volunteer.id);
    expect(await answerContactRequest({ requestId: String(requestId), answer: "decline" })).toEqual({ ok: true, answer: "decline" });
    const [mail] = await db.select().from(outbox).orderBy(desc(outbox.id)).limit(1);
    expect(mail!.to).toBe(coordinator.email);
    expect(mail!.text).not.toContain(volunteer.email);
    expect(mail!.text).not.toContain(volunteer.phone);
    expect(await listedFor(coordinator.id, organization.id, requestId)).toMatchObject({ status: "declined", fullName: null, email: null, phone: null });
    // Answered once, for good.
    const before = await counts();
    const answeredAgain = await answerContactRequest({ requestId: String(requestId), answer: "accept" });
    expect(answeredAgain).toMatchObject({ ok: false, message: ALREADY_ANSWERED });
    expect(refusalCode(answeredAgain)).toBe("conflict");
    expect(await counts()).toEqual(before);
    const [request] = await db.select({ status: contactRequests.status }).from(contactRequests).where(eq(contactRequests.id, requestId));
    expect(request!.status).toBe("declined");

    // The same organization cannot write again after a no.
    signInAs(coordinator.id);
    const again = await contactVolunteer({ organizationId: String(organization.id), volunteerId: String(volunteer.id), message: "Could you reconsider? We really need an interpreter." });
    expect(again).toMatchObject({ ok: false, message: ALREADY_DECLINED });
    expect(await counts()).toEqual(before);
  });

  it("lets nobody else answer a volunteer's request", async () => {
    const { coordinator, volunteer, requestId } = await requestFrom(organization.id);
    const before = await counts();
    for (const userId of [(await insertVolunteer()).id, coordinator.id]) {
      signInAs(userId);
      const notFound = await answerContactRequest({ requestId: String(requestId), answer: "accept" });
      expect(notFound).toEqual({ ok: false, message: REQUEST_NOT_FOUND, fieldErrors: {} });
      expect(refusalCode(notFound)).toBe("not-found");
    }
    signInAs(null);
    expect(await answerContactRequest({ requestId: String(requestId), answer: "accept" })).toMatchObject({ ok: false, message: SIGNED_OUT });
    expect(await counts()).toEqual(before);
    expect(await listedFor(coordinator.id, organization.id, requestId)).toMatchObject({ status: "pending", email: null, phone: null });
    // Bad input: field errors, nothing written.
    signInAs(volunteer.id);
    const bad = await answerContactRequest({ requestId: "x", answer: "maybe" });
    expect(Object.keys((bad as { fieldErrors: object }).fieldErrors).sort()).toEqual(["answer", "requestId"]);
    expect(await counts()).toEqual(before);
  });

  it("mails nobody when the coordinator who wrote has left the team, but still records the answer", async () => {
    const { coordinator, volunteer, requestId } = await requestFrom(organization.id);
    await db.delete(memberships).where(and(eq(memberships.userId, coordinator.id), eq(memberships.organizationId, organization.id)));
    signInAs(volunteer.id);
    const before = await counts();
    expect(await answerContactRequest({ requestId: String(requestId), answer: "accept" })).toMatchObject({ ok: true });
    expect(await counts()).toEqual({ ...before, audit: before.audit + 1 });
  });

  it("cannot be accepted while the organization is suspended, only declined", async () => {
    const theirs = await servingOrganization();
    const { volunteer, requestId } = await requestFrom(theirs.id);
    await db.update(organizations).set({ status: "suspended" }).where(eq(organizations.id, theirs.id));
    signInAs(volunteer.id);
    const before = await counts();
    const unavailable = await answerContactRequest({ requestId: String(requestId), answer: "accept" });
    expect(unavailable).toMatchObject({ ok: false, message: ORGANIZATION_UNAVAILABLE });
    expect(refusalCode(unavailable)).toBe("unavailable");
    expect(await counts()).toEqual(before);
    expect(await answerContactRequest({ requestId: String(requestId), answer: "decline" })).toMatchObject({ ok: true });
  });

  it("lists an organization's requests only with the findVolunteers capability of an approved organization", async () => {
    const coordinator = await coordinatorOf(organization.id);
    const view = organizationAccess(await loadViewer(db, { userId: coordinator.id, signedInAt: new Date(), sessionId: crypto.randomUUID() }), organization.id, "view")!;
    // @ts-expect-error an access for "view" is not one for "findVolunteers": the compiler refuses it
    void (() => listContactRequestsForOrganization(view));
    // Scoped to the organization: another one's requests never show.
    const { requestId } = await requestFrom(otherOrganization.id);
    const { items } = await listContactRequestsForOrganization((await accessFor(coordinator.id, organization.id))!);
    expect(items.map((item) => item.id)).not.toContain(requestId);
    const ours = await db.select({ id: contactRequests.id }).from(contactRequests).where(inArray(contactRequests.organizationId, [organization.id]));
    expect(items.length).toBe(Math.min(ours.length, 25));
  });
});

describe("consent that can end", () => {
  async function acceptedRequest() {
    const organizationHere = await servingOrganization();
    const coordinator = await coordinatorOf(organizationHere.id);
    const volunteer = await insertVolunteer();
    signInAs(coordinator.id);
    const { requestId } = (await contactVolunteer(contactForm(organizationHere.id, volunteer.id))) as { requestId: number };
    signInAs(volunteer.id);
    expect(await answerContactRequest({ requestId: String(requestId), answer: "accept" })).toMatchObject({ ok: true });
    return { organization: organizationHere, coordinator, volunteer, requestId };
  }
  const listed = async (coordinatorId: number, organizationId: number, requestId: number) =>
    (await listContactRequestsForOrganization((await accessFor(coordinatorId, organizationId))!)).items.find((item) => item.id === requestId);

  it("lets the volunteer stop sharing: the organization no longer sees the details, is told without them, and cannot ask again", async () => {
    const { organization: theirs, coordinator, volunteer, requestId } = await acceptedRequest();
    expect(await listed(coordinator.id, theirs.id, requestId)).toMatchObject({ email: volunteer.email, phone: volunteer.phone });

    const before = await counts();
    expect(await withdrawContactConsent({ requestId: String(requestId) })).toEqual({ ok: true, withdrawn: true });
    expect(await counts()).toEqual({ requests: before.requests, audit: before.audit + 1, mail: before.mail + 1 });
    expect(await listed(coordinator.id, theirs.id, requestId)).toMatchObject({ status: "withdrawn", fullName: null, email: null, phone: null });
    const [row] = await db.select().from(contactRequests).where(eq(contactRequests.id, requestId));
    expect(row!.endedAt).toBeInstanceOf(Date);
    const [audit] = await db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(audit).toMatchObject({ actorUserId: volunteer.id, action: "volunteer.contact_withdraw", details: { organizationId: theirs.id, requestId } });
    const [mail] = await db.select().from(outbox).orderBy(desc(outbox.id)).limit(1);
    expect(mail).toMatchObject({ to: coordinator.email, subject: "A volunteer stopped sharing their details" });
    expect(mail!.text).not.toContain(volunteer.email);
    expect(mail!.text).not.toContain(volunteer.phone);
    expect(mail!.text).not.toContain("Jordan");

    // Once: a second press changes nothing.
    const after = await counts();
    const notShared = await withdrawContactConsent({ requestId: String(requestId) });
    expect(notShared).toMatchObject({ ok: false, message: NOT_SHARED });
    expect(refusalCode(notShared)).toBe("not-found");
    expect(await counts()).toEqual(after);
    signInAs(coordinator.id);
    expect(await contactVolunteer(contactForm(theirs.id, volunteer.id))).toMatchObject({ ok: false, message: WITHDRAWN });
    expect(await counts()).toEqual(after);
  });

  it("lets nobody else end someone's sharing, and not a request still waiting", async () => {
    const { coordinator, volunteer, requestId } = await acceptedRequest();
    const before = await counts();
    for (const userId of [(await insertVolunteer()).id, coordinator.id]) {
      signInAs(userId);
      expect(await withdrawContactConsent({ requestId: String(requestId) })).toEqual({ ok: false, message: NOT_SHARED, fieldErrors: {} });
    }
    signInAs(null);
    expect(await withdrawContactConsent({ requestId: String(requestId) })).toMatchObject({ ok: false, message: SIGNED_OUT });
    const pending = await servingOrganization();
    signInAs((await coordinatorOf(pending.id)).id);
    const { requestId: waiting } = (await contactVolunteer(contactForm(pending.id, volunteer.id))) as { requestId: number };
    const afterAsking = await counts();
    signInAs(volunteer.id);
    expect(await withdrawContactConsent({ requestId: String(waiting) })).toMatchObject({ ok: false, message: NOT_SHARED });
    expect(await withdrawContactConsent({ requestId: "not a number" })).toMatchObject({ ok: false });
    expect(await counts()).toEqual(afterAsking);
    expect(afterAsking.requests).toBe(before.requests + 1);
  });

  it("ends by itself when the retention period is over, after which the organization may ask again", async () => {
    const { organization: theirs, coordinator, volunteer, requestId } = await acceptedRequest();
    const recent = await acceptedRequest();
    await db.update(contactRequests).set({ respondedAt: new Date(Date.now() - 400 * 86_400_000) }).where(eq(contactRequests.id, requestId));

    const report = await runRetention(365);
    expect(report.contactsEnded).toBe(1);
    expect(await listed(coordinator.id, theirs.id, requestId)).toMatchObject({ status: "expired", email: null, phone: null, fullName: null });
    expect(await listed(recent.coordinator.id, recent.organization.id, recent.requestId)).toMatchObject({ status: "accepted", email: recent.volunteer.email });
    expect((await runRetention(365)).contactsEnded).toBe(0);

    signInAs(coordinator.id);
    expect(await contactVolunteer(contactForm(theirs.id, volunteer.id))).toMatchObject({ ok: true });
  });
});
