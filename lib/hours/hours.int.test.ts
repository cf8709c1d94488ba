/**
 * Hours given, through the real guard and database: recorded only for placed
 * volunteers of the organization's own posting, answered only by the volunteer
 * whose response it is, counted on the home page unless disputed, and kept as
 * anonymous minutes when the retention job wipes the response's contact data.
 */
import { eq, sql } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb, type Database } from "@/db/client";
import { opportunities, serviceHours } from "@/db/schema";
import { insertMembership, insertOpportunity, insertOrganization, insertResponse, insertUser } from "@/lib/testing/fixtures";
import { NO_ACCESS } from "@/lib/actions/guard";
import { signInAs } from "@/lib/auth/testing/session-mock";
import { loadViewer } from "@/lib/auth/viewer";
import { runRetention } from "@/lib/volunteers/retention";
import { adminAccessOf } from "@/lib/auth/testing/access";
import { answerHours, hoursByCountyAndMonth, hoursGivenThisYear, myHours, NOT_YOURS, ONLY_PLACED, recordHours, todayInMaine } from "./hours";

vi.mock("@/lib/auth/session", () => import("@/lib/auth/testing/session-mock"));

let db: Database;
let organization: { id: number };
let coordinator: { id: number };
let posting: { id: number };
let volunteer: { id: number };
let placed: { id: number };
let placedWithoutAccount: { id: number };
let contacted: { id: number };

const entriesOf = (responseId: number) => db.select().from(serviceHours).where(eq(serviceHours.responseId, responseId)).orderBy(serviceHours.id);
const today = todayInMaine();
const record = (values: Record<string, unknown>) =>
  recordHours({ organizationId: String(organization.id), opportunityId: String(posting.id), servedOn: today, hours: "3", description: "Sorted the coat drive", ...values });

beforeAll(async () => {
  db = await getDb();
  organization = await insertOrganization(db);
  coordinator = await insertUser(db);
  await insertMembership(db, coordinator.id, organization.id);
  posting = await insertOpportunity(db, organization.id, { title: "Winter coat drive" });
  volunteer = await insertUser(db, { name: "Robin Tate" });
  placed = await insertResponse(db, posting.id, organization.id, { status: "placed", userId: volunteer.id });
  placedWithoutAccount = await insertResponse(db, posting.id, organization.id, { status: "placed" });
  contacted = await insertResponse(db, posting.id, organization.id, { status: "contacted" });
});

beforeEach(() => signInAs(null));

describe("recording hours", () => {
  it("records the same day and hours for each placed volunteer at once, with or without an account", async () => {
    signInAs(coordinator.id);
    expect(await record({ responseIds: [String(placed.id), String(placedWithoutAccount.id)], hours: "2.5" })).toMatchObject({ ok: true, recorded: 2 });
    for (const response of [placed, placedWithoutAccount]) {
      expect(await entriesOf(response.id)).toEqual([expect.objectContaining({ minutes: 150, servedOn: today, status: "recorded", description: "Sorted the coat drive", recordedByUserId: coordinator.id })]);
    }
  });

  it("refuses a volunteer who is not placed, a day to come, odd hours and another organization's member, writing nothing", async () => {
    signInAs(coordinator.id);
    const before = (await db.select().from(serviceHours)).length;
    expect(await record({ responseIds: [String(placed.id), String(contacted.id)] })).toMatchObject({ ok: false, message: ONLY_PLACED });
    expect(await record({ responseIds: [String(placed.id)], servedOn: "2999-01-01" })).toMatchObject({ ok: false, fieldErrors: { servedOn: [expect.any(String)] } });
    expect(await record({ responseIds: [String(placed.id)], servedOn: "2026-02-30" })).toMatchObject({ ok: false, fieldErrors: { servedOn: ["That day does not exist."] } });
    expect(await record({ responseIds: [String(placed.id)], hours: "1.1" })).toMatchObject({ ok: false, fieldErrors: { hours: [expect.stringContaining("quarter hours")] } });
    expect(await record({ responseIds: [String(placed.id)], hours: "25" })).toMatchObject({ ok: false, fieldErrors: { hours: [expect.any(String)] } });
    expect(await record({ responseIds: [] })).toMatchObject({ ok: false, fieldErrors: { responseIds: ["Choose at least one volunteer."] } });

    const stranger = await insertUser(db);
    const other = await insertOrganization(db);
    await insertMembership(db, stranger.id, other.id, "owner");
    signInAs(stranger.id);
    expect(await record({ responseIds: [String(placed.id)] })).toMatchObject({ ok: false, message: NO_ACCESS });
    expect(await recordHours({ organizationId: String(other.id), opportunityId: String(posting.id), responseIds: [String(placed.id)], servedOn: today, hours: "1" })).toMatchObject({ ok: false, message: ONLY_PLACED });
    expect((await db.select().from(serviceHours)).length).toBe(before);
  });
});

describe("the volunteer's answer", () => {
  it("confirms their own entry once; a dispute needs a note; nobody else can answer it", async () => {
    signInAs(coordinator.id);
    await record({ responseIds: [String(placed.id)], hours: "1", description: "Drove the van" });
    const [, second] = await entriesOf(placed.id);
    const [first] = await entriesOf(placed.id);

    const someoneElse = await insertUser(db);
    signInAs(someoneElse.id);
    expect(await answerHours({ hoursId: String(first!.id), answer: "confirm" })).toMatchObject({ ok: false, message: NOT_YOURS });

    signInAs(volunteer.id);
    expect(await answerHours({ hoursId: String(first!.id), answer: "confirm" })).toMatchObject({ ok: true });
    expect(await answerHours({ hoursId: String(first!.id), answer: "dispute", note: "Too late" })).toMatchObject({ ok: false, message: NOT_YOURS });
    expect(await answerHours({ hoursId: String(second!.id), answer: "dispute" })).toMatchObject({ ok: false, fieldErrors: { note: [expect.any(String)] } });
    expect(await answerHours({ hoursId: String(second!.id), answer: "dispute", note: "I was there two hours, not one." })).toMatchObject({ ok: true });

    const viewer = await loadViewer(db, { userId: volunteer.id, signedInAt: new Date(), sessionId: crypto.randomUUID() });
    expect((await myHours(viewer!)).map((entry) => [entry.minutes, entry.status])).toEqual(expect.arrayContaining([[150, "confirmed"], [60, "disputed"]]));
  });

  it("counts this year's hours on the home page, disputed ones aside", async () => {
    const total = await hoursGivenThisYear();
    const [row] = await db
      .select({ minutes: sql<number>`coalesce(sum(minutes), 0)::int` })
      .from(serviceHours)
      .where(sql`status <> 'disputed' and extract(year from served_on) = ${Number(today.slice(0, 4))}`);
    expect(total).toBe(Math.floor(row!.minutes / 60));
    expect(total).toBeGreaterThanOrEqual(5);
  });
});

describe("the admins' statewide picture", () => {
  it("sums the hours per county and month, a posting counting in each county it serves, disputed ones aside", async () => {
    const served = await insertOpportunity(db, organization.id, { title: "Two-county hotline" }, ["york", "knox"]);
    const response = await insertResponse(db, served.id, organization.id, { status: "placed" });
    const entry = { responseId: response.id, organizationId: organization.id, opportunityId: served.id, servedOn: today };
    await db.insert(serviceHours).values([
      { ...entry, minutes: 60 },
      { ...entry, minutes: 30, status: "confirmed" },
      { ...entry, minutes: 240, status: "disputed" },
    ]);
    const admin = await adminAccessOf(db, (await insertUser(db, { role: "admin" })).id);
    const rows = await hoursByCountyAndMonth(admin);
    const month = today.slice(0, 7);
    expect(rows.filter((row) => row.month === month && ["York", "Knox"].includes(row.county))).toEqual([
      { county: "Knox", month, hours: 1.5 },
      { county: "York", month, hours: 1.5 },
    ]);
  });
});

describe("retention", () => {
  it("keeps the minutes as anonymous totals and wipes the words with the response's contact data", async () => {
    await db.update(opportunities).set({ status: "closed", closedAt: new Date(Date.now() - 400 * 86_400_000) }).where(eq(opportunities.id, posting.id));
    await runRetention(365);
    const entries = await entriesOf(placed.id);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(entry).toMatchObject({ description: null, disputeNote: null, minutes: expect.any(Number) });
  });
});
