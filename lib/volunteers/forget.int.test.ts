/**
 * After a volunteer deletes their account, and after the retention job, their
 * e-mail, phone and name are nowhere in the database: every table is scanned,
 * the outbox included, row by row as text.
 */
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb, rowsOf, type Database } from "@/db/client";
import { contactRequests, invitations, opportunities, outbox, responseEvents, responses, savedSearches, users, volunteerProfiles } from "@/db/schema";
import { insertMembership, insertOpportunity, insertOrganization, insertUser } from "@/lib/testing/fixtures";
import { hashPassword } from "@/lib/auth/password";
import { signInAs } from "@/lib/auth/testing/session-mock";
import { respondToOpportunity } from "@/lib/responses/respond";
import { deleteMyAccount } from "./my-data";
import { runRetention } from "./retention";

vi.mock("@/lib/auth/session", () => import("@/lib/auth/testing/session-mock"));

const DAY = 86_400_000;
let db: Database;

/** The tables (and how many of their rows) whose text holds `needle` anywhere, any column, any case. */
async function tablesHolding(needle: string): Promise<Record<string, number>> {
  const tables = rowsOf<{ table_name: string }>(
    await db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`),
  );
  expect(tables.length).toBeGreaterThan(15);
  const found: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [row] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from ${sql.identifier(table_name)} t where t::text ilike ${`%${needle}%`}`));
    if (row && row.n > 0) found[table_name] = row.n;
  }
  return found;
}

beforeAll(async () => {
  db = await getDb();
});

describe("deleting an account", () => {
  it("leaves the volunteer's e-mail, phone and name in no table", async () => {
    const person = { name: "Quinn Ashby-Vale", email: "quinn.ashby-vale@example.net", phone: "(207) 555-0177" };
    const organization = await insertOrganization(db);
    const coordinator = await insertUser(db);
    await insertMembership(db, coordinator.id, organization.id, "owner");
    const open = await insertOpportunity(db, organization.id);
    const another = await insertOpportunity(db, organization.id);

    // Before the account: a response by address only, with a coordinator's note naming them.
    expect(await respondToOpportunity(open.slug)({ name: person.name, email: person.email, phone: person.phone, message: `I'm ${person.name}.`, consent: true })).toMatchObject({ ok: true });
    const [early] = await db.select().from(responses).where(eq(responses.email, person.email));
    await db.insert(responseEvents).values({ responseId: early!.id, organizationId: organization.id, actorUserId: coordinator.id, kind: "note", note: `Called ${person.name} at ${person.phone}` });
    await db.insert(responseEvents).values({ responseId: early!.id, organizationId: organization.id, actorUserId: coordinator.id, kind: "status", fromStatus: "new", toStatus: "contacted" });

    // The account, its profile, a saved search, a contact request, an invitation to the address, and a linked response.
    const user = await insertUser(db, { name: person.name, email: person.email, passwordHash: await hashPassword("my own passphrase") });
    await db.insert(volunteerProfiles).values({ userId: user.id, phone: person.phone, skills: ["driving"], availability: "Weekends", discoverable: true });
    await db.insert(savedSearches).values({ userId: user.id, query: "county=york", frequency: "weekly" });
    await db.insert(contactRequests).values({ organizationId: organization.id, volunteerUserId: user.id, senderUserId: coordinator.id, message: `Hello ${person.name.split(" ")[0]}, can you drive on Saturdays?` });
    await db.insert(invitations).values({ organizationId: organization.id, email: person.email, tokenHash: "not-a-real-hash", expiresAt: new Date(Date.now() + DAY) });
    await db.insert(responses).values({ opportunityId: another.id, organizationId: organization.id, userId: user.id, name: person.name, email: person.email, phone: person.phone, consentedAt: new Date(), confirmedAt: new Date() });
    await db.update(outbox).set({ status: "sent", sentAt: new Date() }).where(eq(outbox.to, person.email));

    for (const needle of [person.email, "555-0177", person.name]) expect(Object.keys(await tablesHolding(needle)).length, needle).toBeGreaterThan(0);

    signInAs(user.id);
    expect(await deleteMyAccount({ password: "not my passphrase" })).toMatchObject({ ok: false, fieldErrors: { password: ["That is not your password."] } });
    expect(await db.$count(users, eq(users.id, user.id))).toBe(1);
    expect(await deleteMyAccount({ password: "my own passphrase" })).toEqual({ ok: true });

    for (const needle of [person.email, "555-0177", person.name, "Ashby"]) expect(await tablesHolding(needle), needle).toEqual({});
    // What organizations keep: that the responses existed, and their status history.
    expect(await db.$count(responses, eq(responses.organizationId, organization.id))).toBe(2);
    expect(await db.$count(responseEvents, eq(responseEvents.responseId, early!.id))).toBe(1);
  });

  it("is refused to the last owner of an organization, and changes nothing", async () => {
    const organization = await insertOrganization(db);
    const owner = await insertUser(db, { passwordHash: await hashPassword("owner passphrase") });
    await insertMembership(db, owner.id, organization.id, "owner");
    signInAs(owner.id);
    expect(await deleteMyAccount({ password: "owner passphrase" })).toMatchObject({ ok: false, message: expect.stringMatching(/only owner/) });
    expect(await db.$count(users, eq(users.id, owner.id))).toBe(1);
  });
});

describe("the last admin", () => {
  it("cannot delete their account until there is another admin", async () => {
    const admin = await insertUser(db, { role: "admin", passwordHash: await hashPassword("admin passphrase") });
    signInAs(admin.id);
    expect(await deleteMyAccount({ password: "admin passphrase" })).toMatchObject({ ok: false, message: expect.stringMatching(/only admin/) });
    expect(await db.$count(users, eq(users.id, admin.id))).toBe(1);
    await insertUser(db, { role: "admin" });
    expect(await deleteMyAccount({ password: "admin passphrase" })).toEqual({ ok: true });
    expect(await db.$count(users, eq(users.id, admin.id))).toBe(0);
  });
});

describe("the retention job", () => {
  it("wipes the contact data of responses to postings closed long enough ago, and keeps the others", async () => {
    const organization = await insertOrganization(db);
    const old = await insertOpportunity(db, organization.id, { status: "closed", closedAt: new Date(Date.now() - 400 * DAY), expiresAt: new Date(Date.now() - 380 * DAY) });
    const recent = await insertOpportunity(db, organization.id);
    const gone = { name: "Rowan Thistlewood", email: "rowan.thistlewood@example.net", phone: "(207) 555-0166" };
    const kept = { name: "Sky Underhill", email: "sky.underhill@example.net", phone: "(207) 555-0155" };
    const [oldResponse] = await db
      .insert(responses)
      .values({ opportunityId: old.id, organizationId: organization.id, ...gone, message: `From ${gone.name}`, consentedAt: new Date(Date.now() - 420 * DAY), confirmedAt: new Date(Date.now() - 420 * DAY), createdAt: new Date(Date.now() - 420 * DAY) })
      .returning();
    await db.insert(responseEvents).values({ responseId: oldResponse!.id, organizationId: organization.id, kind: "note", note: `Met ${gone.name}` });
    await db.insert(outbox).values({ to: gone.email, subject: "We passed on your interest", text: `Hello ${gone.name}`, status: "sent", sentAt: new Date(Date.now() - 420 * DAY), createdAt: new Date(Date.now() - 420 * DAY) });
    expect(await respondToOpportunity(recent.slug)({ ...kept, consent: true })).toMatchObject({ ok: true });

    const report = await runRetention(365);
    expect(report.responsesWiped).toBe(1);
    for (const needle of [gone.email, "555-0166", gone.name]) expect(await tablesHolding(needle), needle).toEqual({});
    // The posting that is still open keeps its volunteer's details, and the mail still due to them.
    for (const needle of [kept.email, "555-0155", kept.name]) expect(await tablesHolding(needle), needle).toHaveProperty("responses", 1);
    expect(await db.$count(outbox, eq(outbox.to, kept.email))).toBe(1);
    expect(await db.$count(responses, eq(responses.opportunityId, old.id))).toBe(1);
    // Run again: nothing left to wipe.
    expect((await runRetention(365)).responsesWiped).toBe(0);
    void opportunities;
  });
});
