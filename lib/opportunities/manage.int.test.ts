import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb, type Database } from "@/db/client";
import { opportunities } from "@/db/schema";
import { insertMembership, insertOpportunity, insertOrganization, insertUser } from "@/lib/testing/fixtures";
import { signInAs } from "@/lib/auth/testing/session-mock";
import { newPostingFormValues } from "./form-values";
import { closePosting, createPosting, duplicatePosting, publishPosting, renewPosting, reopenPosting, updatePosting } from "./manage";

vi.mock("@/lib/auth/session", () => import("@/lib/auth/testing/session-mock"));

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

function postingForm(organizationId: number, overrides: Record<string, unknown> = {}) {
  return {
    organizationId: String(organizationId),
    title: "Saturday bake sale helpers",
    summary: "Bake or staff a table at our spring sale.",
    description: "We need people to bake, set up tables and sell at our spring bake sale in Saco.",
    type: "one_time",
    skillLevel: "none",
    causes: ["basic_needs"],
    counties: ["york"],
    town: "Saco",
    startsAt: "2027-04-10T09:00",
    endsAt: "2027-04-10T13:00",
    expiresOn: inDays(60),
    ...overrides,
  };
}

let db: Database;
let coordinator: { id: number };
let organization: { id: number };

beforeAll(async () => {
  db = await getDb();
  organization = await insertOrganization(db);
  coordinator = await insertUser(db);
  await insertMembership(db, coordinator.id, organization.id);
});

describe("a coordinator's postings", () => {
  it("creates a draft from the form, with its counties", async () => {
    signInAs(coordinator.id);
    const result = await createPosting(postingForm(organization.id));
    expect(result).toMatchObject({ ok: true });
    const id = (result as { id: number }).id;
    const [row] = await db.select().from(opportunities).where(eq(opportunities.id, id));
    expect(row).toMatchObject({ status: "draft", organizationId: organization.id, title: "Saturday bake sale helpers", town: "Saco" });
    expect(row!.startsAt?.toISOString()).toBe("2027-04-10T13:00:00.000Z");
  });

  it("refuses bad input field by field and writes nothing", async () => {
    signInAs(coordinator.id);
    const before = await db.$count(opportunities);
    const result = await createPosting(postingForm(organization.id, { title: "", counties: [], causes: ["nonsense"], startsAt: "", endsAt: "2027-04-10T08:00", minimumAge: "-3", expiresOn: "2020-01-01" }));
    expect(result).toMatchObject({ ok: false });
    const fieldErrors = (result as { fieldErrors: Record<string, string[]> }).fieldErrors;
    expect(Object.keys(fieldErrors).sort()).toEqual(expect.arrayContaining(["title", "causes", "minimumAge"]));
    expect(await db.$count(opportunities)).toBe(before);
  });

  it("refuses a title too short to say what the help is", async () => {
    signInAs(coordinator.id);
    const before = await db.$count(opportunities);
    for (const title of ["X", "Help"]) {
      const result = await createPosting(postingForm(organization.id, { title }));
      expect(result, title).toMatchObject({ ok: false, fieldErrors: { title: [expect.stringContaining("at least 5 characters")] } });
    }
    expect(await db.$count(opportunities)).toBe(before);
    expect(await createPosting(postingForm(organization.id, { title: "Drive" }))).toMatchObject({ ok: true });
  });

  it("publishes, closes, reopens, renews and duplicates, each only from the right state", async () => {
    signInAs(coordinator.id);
    const draft = await insertOpportunity(db, organization.id, { status: "draft", publishedAt: null });
    const command = { organizationId: String(organization.id), opportunityId: String(draft.id) };
    expect(await closePosting(command)).toMatchObject({ ok: false, message: "Only a published posting can be closed." });
    expect(await publishPosting(command)).toMatchObject({ ok: true });
    expect(await closePosting(command)).toMatchObject({ ok: true });
    expect(await reopenPosting(command)).toMatchObject({ ok: true });
    expect(await renewPosting(command)).toMatchObject({ ok: false });
    await db.update(opportunities).set({ expiresAt: new Date(Date.now() - DAY) }).where(eq(opportunities.id, draft.id));
    expect(await renewPosting(command)).toMatchObject({ ok: true });
    const [renewed] = await db.select().from(opportunities).where(eq(opportunities.id, draft.id));
    expect(renewed!.status).toBe("published");
    expect(renewed!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 80 * DAY);
    const copy = await duplicatePosting(command);
    const [duplicate] = await db.select().from(opportunities).where(eq(opportunities.id, (copy as { id: number }).id));
    expect(duplicate).toMatchObject({ status: "draft", title: renewed!.title, publishedAt: null });
  });

  it("renews a published posting in its last 7 days, when its team is reminded, for 90 days from now; not earlier, and not a closed one", async () => {
    signInAs(coordinator.id);
    const posting = await insertOpportunity(db, organization.id, { expiresAt: new Date(Date.now() + 8 * DAY) });
    const command = { organizationId: String(organization.id), opportunityId: String(posting.id) };
    expect(await renewPosting(command)).toMatchObject({ ok: false, message: "Only an expired posting, or a published one in its last 7 days, can be renewed." });
    await db.update(opportunities).set({ expiresAt: new Date(Date.now() + 6 * DAY) }).where(eq(opportunities.id, posting.id));
    expect(await renewPosting(command)).toMatchObject({ ok: true });
    const [renewed] = await db.select().from(opportunities).where(eq(opportunities.id, posting.id));
    expect(renewed).toMatchObject({ status: "published", publishedAt: posting.publishedAt });
    expect(Math.abs(renewed!.expiresAt.getTime() - (Date.now() + 90 * DAY))).toBeLessThan(60_000);

    const closed = await insertOpportunity(db, organization.id, { status: "closed", expiresAt: new Date(Date.now() + 2 * DAY) });
    expect(await renewPosting({ organizationId: String(organization.id), opportunityId: String(closed.id) })).toMatchObject({ ok: false });
    expect((await db.select().from(opportunities).where(eq(opportunities.id, closed.id)))[0]).toMatchObject({ status: "closed", expiresAt: closed.expiresAt });
  });

  it("keeps the switch for event reminders as the form sets it, on for a new posting's form", async () => {
    signInAs(coordinator.id);
    const on = await createPosting(postingForm(organization.id, { eventReminders: "on" }));
    const off = await createPosting(postingForm(organization.id, {}));
    const reminders = async (result: unknown) => (await db.select().from(opportunities).where(eq(opportunities.id, (result as { id: number }).id)))[0]!.eventReminders;
    expect(await reminders(on)).toBe(true);
    expect(await reminders(off)).toBe(false);
    expect(newPostingFormValues().eventReminders).toBe(true);
  });

  it("changes nothing of another organization's posting", async () => {
    const other = await insertOrganization(db);
    const theirs = await insertOpportunity(db, other.id, { title: "Theirs" });
    signInAs(coordinator.id);
    // Their id with our organization: no row matches.
    const asOurs = { organizationId: String(organization.id), opportunityId: String(theirs.id) };
    expect(await closePosting(asOurs)).toMatchObject({ ok: false, message: "This posting was not found." });
    expect(await updatePosting({ ...postingForm(organization.id), opportunityId: String(theirs.id) })).toMatchObject({ ok: false });
    // Their organization's id: not a member.
    expect(await closePosting({ organizationId: String(other.id), opportunityId: String(theirs.id) })).toMatchObject({ ok: false, message: "This was not found, or you no longer have access to it." });
    const [row] = await db.select().from(opportunities).where(eq(opportunities.id, theirs.id));
    expect(row).toMatchObject({ title: "Theirs", status: "published" });
  });
});
