/**
 * "Download my data": every table that holds something about the person is in
 * the file, with the right rows, and nothing of anyone else is. Two people get
 * the same kinds of data, so a missing scope in any section shows up as the
 * other person's rows.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type Database } from "@/db/client";
import { auditLog, authTokens, contactRequests, invitations, outbox, reports, responseEvents, users } from "@/db/schema";
import { insertMembership, insertOpportunity, insertOrganization, insertResponse, insertUser } from "@/lib/testing/fixtures";
import { loadViewer, type Viewer } from "@/lib/auth/viewer";
import { exportMyData } from "./my-data";

const DAY = 86_400_000;
let db: Database;

beforeAll(async () => {
  db = await getDb();
});

async function viewerOf(userId: number): Promise<Viewer> {
  const viewer = await loadViewer(db, { userId, signedInAt: new Date(), sessionId: crypto.randomUUID() });
  if (!viewer) throw new Error(`user ${userId} cannot sign in`);
  return viewer;
}

/** A moment `minutes` after the start of this person's story, so every section has a known order. */
const at = (start: number, minutes: number) => new Date(start + minutes * 60_000);

type Person = typeof users.$inferSelect;

let worlds = 0;

/** The world both people live in: two organizations, a coordinator on both, an admin, two postings. */
async function insertWorld() {
  const n = ++worlds;
  const harbor = await insertOrganization(db, { name: "Harbor House Shelter" });
  const pine = await insertOrganization(db, { name: "Pine Tree Mentors" });
  const coordinator = await insertUser(db, { name: "Casey Quillfeather", email: `casey.quillfeather.${n}@example.org` });
  await insertMembership(db, coordinator.id, harbor.id, "owner");
  await insertMembership(db, coordinator.id, pine.id, "owner");
  const admin = await insertUser(db, { name: "Ada Brightwater", email: `ada.brightwater.${n}@example.org`, role: "admin" });
  const driving = await insertOpportunity(db, harbor.id, { title: "Drive survivors to appointments" });
  const bakeSale = await insertOpportunity(db, harbor.id, { title: "Saturday bake sale" });
  return { harbor, pine, coordinator, admin, driving, bakeSale };
}

type World = Awaited<ReturnType<typeof insertWorld>>;

/**
 * One person's data in every table that can hold it. `tag` makes each
 * person's secrets and texts their own, to look for in the other's file.
 */
async function insertPersonData(world: World, person: Person, tag: string, start: number) {
  const { harbor, pine, coordinator, admin, driving, bakeSale } = world;
  // Made before the account, by address only (typed in another case), and worked on.
  const earlier = await insertResponse(db, bakeSale.id, harbor.id, { name: person.name, email: person.email.toUpperCase(), message: `Bake sale ${tag}`, createdAt: at(start, 0), consentedAt: at(start, 0) });
  await db.insert(responseEvents).values({ responseId: earlier.id, organizationId: harbor.id, actorUserId: coordinator.id, kind: "status", fromStatus: "new", toStatus: "contacted", createdAt: at(start, 1) });
  const linked = await insertResponse(db, driving.id, harbor.id, { userId: person.id, name: person.name, email: person.email, message: `Driving ${tag}`, status: "withdrawn", createdAt: at(start, 2), consentedAt: at(start, 2) });
  await db.insert(responseEvents).values([
    { responseId: linked.id, organizationId: harbor.id, actorUserId: coordinator.id, kind: "status", fromStatus: "new", toStatus: "contacted", createdAt: at(start, 3) },
    { responseId: linked.id, organizationId: harbor.id, actorUserId: coordinator.id, kind: "note", note: `Team note ${tag}: prefers mornings`, createdAt: at(start, 4) },
    { responseId: linked.id, organizationId: harbor.id, actorUserId: coordinator.id, kind: "status", fromStatus: "contacted", toStatus: "scheduled", createdAt: at(start, 5) },
    { responseId: linked.id, organizationId: harbor.id, actorUserId: person.id, kind: "status", fromStatus: "scheduled", toStatus: "withdrawn", createdAt: at(start, 6) },
  ]);

  const [waiting, sent] = await db
    .insert(outbox)
    .values([
      { to: person.email, subject: "An organization would like to contact you", text: `Hello ${tag}, accept or decline at /me/contacts`, createdAt: at(start, 7) },
      {
        to: person.email.toUpperCase(),
        subject: "Choose a new password",
        text: `Open this link: https://example.org/reset-password?token=RAWTOKEN${tag}\nOr join: https://example.org/invitations/INVITETOKEN${tag}`,
        status: "sent",
        sentAt: at(start, 9),
        createdAt: at(start, 8),
      },
    ])
    .returning();

  const [invitation] = await db
    .insert(invitations)
    .values({ organizationId: pine.id, email: person.email.toUpperCase(), tokenHash: `invitationhash${tag}`, invitedByUserId: coordinator.id, expiresAt: at(start, 7 * 24 * 60), acceptedAt: at(start, 11), createdAt: at(start, 10) })
    .returning();
  await insertMembership(db, person.id, pine.id, "coordinator");
  const [request] = await db.insert(contactRequests).values({ organizationId: harbor.id, volunteerUserId: person.id, senderUserId: coordinator.id, message: `Can you drive, ${tag}?`, createdAt: at(start, 12) }).returning();
  await db.insert(authTokens).values({ userId: person.id, purpose: "reset_password", tokenHash: `tokenhash${tag}`, expiresAt: at(start, 60), createdAt: at(start, 8) });

  await db.insert(auditLog).values([
    { actorUserId: coordinator.id, action: "membership.invite", targetType: "invitation", targetId: String(invitation!.id), details: { organizationId: pine.id, replaced: [] }, createdAt: at(start, 10) },
    { actorUserId: person.id, action: "membership.accept", targetType: "invitation", targetId: String(invitation!.id), details: { organizationId: pine.id }, createdAt: at(start, 11) },
    { actorUserId: coordinator.id, action: "volunteer.contact", targetType: "user", targetId: String(person.id), details: { organizationId: harbor.id, requestId: request!.id }, createdAt: at(start, 12) },
    { actorUserId: admin.id, action: "user.role_change", targetType: "user", targetId: String(person.id), reason: `Runs the map ${tag}`, details: { from: "user", to: "user" }, createdAt: at(start, 13) },
    { actorUserId: coordinator.id, action: "membership.make_owner", targetType: "membership", targetId: `${pine.id}:${person.id}`, details: { organizationId: pine.id, userId: person.id }, createdAt: at(start, 14) },
    { actorUserId: null, action: "auth.sign_in_burst", targetType: "user", targetId: String(person.id), details: { emailHash: `emailhash${tag}` }, createdAt: at(start, 15) },
    { actorUserId: admin.id, action: "outbox.retry", targetType: "mail", targetId: String(sent!.id), details: { attemptsBefore: 3 }, createdAt: at(start, 16) },
    // The person's own work for Pine Tree Mentors, on another volunteer's account.
    { actorUserId: person.id, action: "volunteer.contact", targetType: "user", targetId: String(admin.id), details: { organizationId: pine.id, requestId: 1 }, createdAt: at(start, 17) },
  ]);
  return { earlier, linked, waiting: waiting!, sent: sent! };
}

/** The whole download as the browser gets it: text. */
const asText = (data: unknown) => JSON.stringify(data);

describe("exportMyData", () => {
  it("holds the person's mail, response history, invitations, memberships, links and audit entries, and nothing of the other person", async () => {
    const world = await insertWorld();
    const me = await insertUser(db, { name: "Morgan Lakewood", email: "Morgan.Lakewood@example.net" });
    const other = await insertUser(db, { name: "Robin Fairhaven", email: "robin.fairhaven@example.net" });
    const start = Date.now() - 30 * DAY;
    await insertPersonData(world, me, "MINE", start);
    await insertPersonData(world, other, "THEIRS", start + 1000);

    const data = await exportMyData(await viewerOf(me.id));

    expect(data.mailToYou).toEqual([
      { to: me.email, subject: "An organization would like to contact you", body: "Hello MINE, accept or decline at /me/contacts", status: "pending", queuedAt: at(start, 7), sentAt: null },
      {
        to: me.email.toUpperCase(),
        subject: "Choose a new password",
        body: "Open this link: https://example.org/reset-password?token=(removed)\nOr join: https://example.org/invitations/(removed)",
        status: "sent",
        queuedAt: at(start, 8),
        sentAt: at(start, 9),
      },
    ]);

    expect(data.responses).toEqual([
      expect.objectContaining({
        posting: "Saturday bake sale",
        organization: "Harbor House Shelter",
        message: "Bake sale MINE",
        statusHistory: [{ from: "new", to: "contacted", at: at(start, 1), by: "the organization" }],
        notesKeptByOrganization: 0,
      }),
      expect.objectContaining({
        posting: "Drive survivors to appointments",
        message: "Driving MINE",
        status: "withdrawn",
        statusHistory: [
          { from: "new", to: "contacted", at: at(start, 3), by: "the organization" },
          { from: "contacted", to: "scheduled", at: at(start, 5), by: "the organization" },
          { from: "scheduled", to: "withdrawn", at: at(start, 6), by: "you" },
        ],
        notesKeptByOrganization: 1,
      }),
    ]);

    expect(data.invitations).toEqual([{ organization: "Pine Tree Mentors", invitedAt: at(start, 10), expiresAt: at(start, 7 * 24 * 60), acceptedAt: at(start, 11), revokedAt: null }]);
    expect(data.memberships).toEqual([{ organization: "Pine Tree Mentors", role: "coordinator", since: expect.any(Date) }]);
    expect(data.contactRequests).toEqual([expect.objectContaining({ organization: "Harbor House Shelter", message: "Can you drive, MINE?", status: "pending" })]);
    expect(data.emailLinks).toEqual([{ purpose: "reset_password", createdAt: at(start, 8), expiresAt: at(start, 60), usedAt: null }]);
    expect(data.reportsHandled).toEqual([]);

    expect(data.activityLog).toEqual([
      { action: "membership.invite", at: at(start, 10), reason: null, by: "a member of the team of Pine Tree Mentors", about: "an invitation to you to join Pine Tree Mentors" },
      { action: "membership.accept", at: at(start, 11), reason: null, by: "you", about: "an invitation to you to join Pine Tree Mentors" },
      { action: "volunteer.contact", at: at(start, 12), reason: null, by: "a member of the team of Harbor House Shelter", about: "your account" },
      { action: "user.role_change", at: at(start, 13), reason: "Runs the map MINE", by: "an administrator", about: "your account" },
      { action: "membership.make_owner", at: at(start, 14), reason: null, by: "a member of the team of Pine Tree Mentors", about: "your place on the team of Pine Tree Mentors" },
      { action: "auth.sign_in_burst", at: at(start, 15), reason: null, by: "the site, or an account since deleted", about: "your account" },
      { action: "outbox.retry", at: at(start, 16), reason: null, by: "an administrator", about: "a mail to you" },
      { action: "volunteer.contact", at: at(start, 17), reason: null, by: "you", about: "another person's account" },
    ]);

    const text = asText(data);
    for (const secret of ["tokenhashMINE", "invitationhashMINE", "RAWTOKENMINE", "INVITETOKENMINE", "emailhashMINE", "Team note MINE", "prefers mornings"]) expect(text, secret).not.toContain(secret);
    // Nobody else: not the other volunteer, not the coordinator, not the admin.
    for (const foreign of ["THEIRS", other.email, other.name, "Fairhaven", world.coordinator.email, world.coordinator.name, world.admin.email, world.admin.name]) expect(text.toLowerCase(), foreign).not.toContain(foreign.toLowerCase());

    // And the other way round: the other person's file holds their rows only.
    const theirs = await exportMyData(await viewerOf(other.id));
    expect(theirs.mailToYou.map((mail) => mail.body)).toEqual(["Hello THEIRS, accept or decline at /me/contacts", expect.stringContaining("token=(removed)")]);
    expect(theirs.responses.map((response) => response.message)).toEqual(["Bake sale THEIRS", "Driving THEIRS"]);
    expect(theirs.activityLog).toHaveLength(8);
    expect(theirs.activityLog.find((entry) => entry.action === "user.role_change")?.reason).toBe("Runs the map THEIRS");
    for (const foreign of ["MINE", me.email, me.name, "Lakewood"]) expect(asText(theirs).toLowerCase(), foreign).not.toContain(foreign.toLowerCase());
  });

  it("gives an admin the reports they handled and their moderation, naming no one they acted on", async () => {
    const world = await insertWorld();
    const person = await insertUser(db, { name: "Jordan Ellsworth", email: "jordan.ellsworth@example.net" });
    const start = Date.now() - 20 * DAY;
    await insertPersonData(world, person, "PERSON", start);
    await db.insert(reports).values([
      { opportunityId: world.driving.id, reason: "inaccurate", details: "Reported by Jordan Ellsworth", status: "resolved", handledByUserId: world.admin.id, handledAt: at(start, 20), resolution: "Dates corrected" },
      { opportunityId: world.bakeSale.id, reason: "spam", status: "open" },
    ]);
    await db.insert(auditLog).values({ actorUserId: world.admin.id, action: "report.resolve", targetType: "opportunity", targetId: String(world.driving.id), reason: "Dates corrected", createdAt: at(start, 20) });

    const data = await exportMyData(await viewerOf(world.admin.id));

    expect(data.reportsHandled).toEqual([{ posting: "Drive survivors to appointments", reason: "inaccurate", status: "resolved", handledAt: at(start, 20), resolution: "Dates corrected" }]);
    expect(data.activityLog).toEqual([
      { action: "user.role_change", at: at(start, 13), reason: "Runs the map PERSON", by: "you", about: "another person's account" },
      { action: "outbox.retry", at: at(start, 16), reason: null, by: "you", about: "a mail to another person" },
      // The person, for their team, asked to contact the admin's account: that entry is about the admin too.
      { action: "volunteer.contact", at: at(start, 17), reason: null, by: "a member of the team of Pine Tree Mentors", about: "your account" },
      { action: "report.resolve", at: at(start, 20), reason: "Dates corrected", by: "you", about: "the posting “Drive survivors to appointments” of Harbor House Shelter" },
    ]);
    expect(data.mailToYou).toEqual([]);
    const text = asText(data).toLowerCase();
    for (const foreign of [person.email, person.name, "Ellsworth", world.coordinator.email, world.coordinator.name]) expect(text, foreign).not.toContain(foreign.toLowerCase());
  });

  it("leaves out what was sent to the address until the account has confirmed it", async () => {
    const world = await insertWorld();
    const person = await insertUser(db, { name: "Sam Unconfirmed", email: "sam.unconfirmed@example.net", emailVerifiedAt: null });
    await insertResponse(db, world.bakeSale.id, world.harbor.id, { email: person.email, message: "Before the account" });
    await insertResponse(db, world.driving.id, world.harbor.id, { userId: person.id, email: person.email, message: "With the account" });
    await db.insert(outbox).values({ to: person.email, subject: "Confirm your e-mail address", text: "https://example.org/confirm-email?token=abc" });
    await db.insert(invitations).values({ organizationId: world.pine.id, email: person.email, tokenHash: "unconfirmed-invitation", expiresAt: new Date(Date.now() + DAY) });

    const data = await exportMyData(await viewerOf(person.id));

    expect(data.responses.map((response) => response.message)).toEqual(["With the account"]);
    expect(data.mailToYou).toEqual([]);
    expect(data.invitations).toEqual([]);
  });
});
