/**
 * The statewide figures against a real database. Every expected number is
 * worked out here, in JavaScript, from the rows this file made — never by
 * running the same SQL again — so a wrong query cannot agree with itself.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type Database } from "@/db/client";
import { counties, opportunities, opportunityCounties, organizations, responses, type NewOpportunity } from "@/db/schema";
import { insertMembership, insertOpportunity, insertOrganization, insertResponse, insertUser } from "@/lib/testing/fixtures";
import { adminAccess, type AdminAccess } from "@/lib/auth/permissions";
import { adminAccessOf, organizationAccessOf, viewerOf } from "@/lib/auth/testing/access";
import type { Viewer } from "@/lib/auth/viewer";
import { fromLocalInput, TIME_ZONE } from "@/lib/format";
import {
  countiesWithoutOpenOpportunities,
  MAX_WEEKS,
  openOpportunitiesByCounty,
  pendingOrganizations,
  responsesPerWeek,
  ANSWER_WITHIN_DAYS,
  RESPONSIVENESS_DAYS,
  responsivenessByOrganization,
  responsivenessOf,
} from "./statewide";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
type OrganizationStatus = (typeof organizations.$inferSelect)["status"];

let db: Database;
let admin: AdminAccess;
let coordinator: Viewer;
let allCounties: { slug: string; name: string }[];


// ---------------------------------------------------------------------------
// Postings of every kind: public or not, local or statewide.

type PostingSpec = { organization: OrganizationStatus; values: Partial<NewOpportunity>; counties: string[] };
const POSTINGS: PostingSpec[] = [
  { organization: "approved", values: {}, counties: ["york", "cumberland"] },
  { organization: "approved", values: {}, counties: ["york"] },
  { organization: "approved", values: { statewide: true }, counties: [] },
  // The form never saves counties with a statewide posting; if one did, it still counts once, as statewide.
  { organization: "approved", values: { statewide: true }, counties: ["lincoln"] },
  { organization: "approved", values: { status: "draft", publishedAt: null }, counties: ["knox"] },
  { organization: "approved", values: { statewide: true, status: "draft", publishedAt: null }, counties: [] },
  { organization: "approved", values: { publishedAt: new Date(Date.now() - 40 * DAY), expiresAt: new Date(Date.now() - HOUR) }, counties: ["knox", "york"] },
  { organization: "approved", values: { statewide: true, expiresAt: new Date(Date.now() - HOUR) }, counties: [] },
  { organization: "approved", values: { status: "closed", closedAt: new Date() }, counties: ["waldo"] },
  { organization: "pending", values: {}, counties: ["oxford", "york"] },
  { organization: "pending", values: { statewide: true }, counties: [] },
  { organization: "suspended", values: {}, counties: ["aroostook"] },
  { organization: "suspended", values: { statewide: true }, counties: [] },
  { organization: "rejected", values: {}, counties: ["hancock"] },
];

// ---------------------------------------------------------------------------
// Weeks in Maine, worked out with Intl rather than with the database.

const localDay = new Intl.DateTimeFormat("en-US", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit", weekday: "short" });
const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** The Monday (a calendar date in Maine, "2026-03-02") of the week a moment falls in. */
function mondayOf(moment: Date): string {
  const parts = Object.fromEntries(localDay.formatToParts(moment).map((part) => [part.type, part.value]));
  const date = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day));
  return new Date(date - WEEKDAYS.indexOf(parts.weekday!) * DAY).toISOString().slice(0, 10);
}
/** A calendar date `weeks` weeks from another. */
function addWeeks(calendarDate: string, weeks: number): string {
  return new Date(Date.parse(`${calendarDate}T00:00:00Z`) + weeks * 7 * DAY).toISOString().slice(0, 10);
}
/** Midnight at the start of a calendar date, on Maine's clock, as a moment. */
function mondayMidnight(calendarDate: string): Date {
  return fromLocalInput(`${calendarDate}T00:00`)!;
}

/** The median, as statisticians define it: the middle value, or the mean of the two middle ones. */
function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Every posting in the database with its organization's status and its counties, public or not decided here, by hand. */
async function madePostings() {
  const [postings, served, owners] = await Promise.all([
    db.select().from(opportunities),
    db.select({ opportunityId: opportunityCounties.opportunityId, slug: counties.slug }).from(opportunityCounties).innerJoin(counties, eq(counties.id, opportunityCounties.countyId)),
    db.select({ id: organizations.id, status: organizations.status }).from(organizations),
  ]);
  const now = Date.now();
  return postings.map((posting) => ({
    statewide: posting.statewide,
    counties: served.filter((row) => row.opportunityId === posting.id).map((row) => row.slug),
    isPublic: owners.find((owner) => owner.id === posting.organizationId)?.status === "approved" && posting.status === "published" && posting.expiresAt.getTime() > now,
  }));
}

// Named organizations of the responsiveness figures.
let oddOrganization: { id: number };
let evenOrganization: { id: number };
let silentOrganization: { id: number };
let pendingWithResponse: { id: number };
let suspendedWithResponse: { id: number };
// The Monday of each of the last 12 weeks, oldest first, read before the rows are made.
let mondays: string[];
let sundayNight: Date;

beforeAll(async () => {
  db = await getDb();
  admin = await adminAccessOf(db, (await insertUser(db, { role: "admin" })).id);
  coordinator = (await viewerOf(db, (await insertUser(db)).id))!;
  allCounties = await db.select({ slug: counties.slug, name: counties.name }).from(counties);

  // One organization of each status owns the postings of that status.
  const owners = new Map<OrganizationStatus, number>();
  for (const status of ["approved", "pending", "suspended", "rejected"] as const) {
    owners.set(status, (await insertOrganization(db, { status, name: `Postings of a ${status} organization` })).id);
  }
  for (const spec of POSTINGS) {
    await insertOpportunity(db, owners.get(spec.organization)!, spec.values, spec.counties);
  }

  // Responses placed in chosen weeks; responses of the other figures are made long before the window.
  const current = mondayOf(new Date());
  mondays = Array.from({ length: 12 }, (_, i) => addWeeks(current, i - 11));
  const weekly = await insertOrganization(db, { name: "Weekly counts" });
  const weeklyPosting = await insertOpportunity(db, weekly.id, {}, ["kennebec"]);
  const at = (createdAt: Date) => insertResponse(db, weeklyPosting.id, weekly.id, { createdAt });
  await at(new Date(Math.max(mondayMidnight(mondays[11]!).getTime() + 1000, Date.now() - 60_000)));
  await at(new Date(mondayMidnight(mondays[10]!).getTime() + 30 * 60_000));
  // Sunday 23:30 in Maine is already Monday in UTC: it must count in the week that ends.
  sundayNight = new Date(mondayMidnight(mondays[11]!).getTime() - 30 * 60_000);
  await at(sundayNight);
  for (let i = 0; i < 3; i++) await at(new Date(mondayMidnight(mondays[8]!).getTime() + 3 * DAY + 12 * HOUR + i * 60_000));
  await at(mondayMidnight(mondays[0]!));
  await at(new Date(mondayMidnight(mondays[0]!).getTime() - HOUR));
  await at(new Date(Date.now() - 200 * DAY));

  // Responsiveness: answered after a chosen number of days, within its 90 days but before the 12 weeks of the weekly counts.
  const answered = async (organizationId: number, days: (number | null)[], daysAgo = 88) => {
    const posting = await insertOpportunity(db, organizationId, {}, ["penobscot"]);
    for (const [i, wait] of days.entries()) {
      const createdAt = new Date(Date.now() - daysAgo * DAY + i * HOUR);
      await insertResponse(db, posting.id, organizationId, {
        createdAt,
        status: wait === null ? "new" : "contacted",
        firstStatusChangeAt: wait === null ? null : new Date(createdAt.getTime() + wait * DAY),
      });
    }
  };
  oddOrganization = await insertOrganization(db, { name: "Odd count" });
  await answered(oddOrganization.id, [10, 1, 3]);
  evenOrganization = await insertOrganization(db, { name: "Even count" });
  await answered(evenOrganization.id, [12, 0.5, null, 4, 2]);
  silentOrganization = await insertOrganization(db, { name: "Never answers" });
  await answered(silentOrganization.id, [null, null]);
  pendingWithResponse = await insertOrganization(db, { name: "Pending with a response", status: "pending" });
  await answered(pendingWithResponse.id, [50]);
  suspendedWithResponse = await insertOrganization(db, { name: "Suspended with a response", status: "suspended" });
  await answered(suspendedWithResponse.id, [60]);
  // Responses older than the window are not counted: this organization is not listed.
  await answered((await insertOrganization(db, { name: "Answered long ago" })).id, [1, 2], 200);
  // An approved organization with postings and no response is not listed.
  await insertOpportunity(db, (await insertOrganization(db, { name: "No responses" })).id, {}, ["piscataquis"]);

  // Pending organizations of chosen ages.
  await insertOrganization(db, { name: "Waiting ten days", status: "pending", createdAt: new Date(Date.now() - 10 * DAY - 2 * HOUR) });
  await insertOrganization(db, { name: "Waiting three days", status: "pending", createdAt: new Date(Date.now() - 3 * DAY - HOUR) });
  await insertOrganization(db, { name: "Approved long ago", status: "approved", createdAt: new Date(Date.now() - 90 * DAY) });
  await insertOrganization(db, { name: "Rejected long ago", status: "rejected", createdAt: new Date(Date.now() - 80 * DAY) });
});

describe("open opportunities by county", () => {
  it("lists all 16 counties, and counts only public postings: local per county, statewide apart", async () => {
    const figures = await openOpportunitiesByCounty(admin);

    const made = await madePostings();
    const publicPostings = made.filter((posting) => posting.isPublic);
    const statewide = publicPostings.filter((posting) => posting.statewide).length;
    const expected = [...allCounties]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((county) => {
        const local = publicPostings.filter((posting) => !posting.statewide && posting.counties.includes(county.slug)).length;
        return { slug: county.slug, name: county.name, local, statewide, total: local + statewide };
      });

    expect(allCounties).toHaveLength(16);
    expect(figures).toEqual(expected);
    // Said plainly: two live postings name York; the expired one and the pending organization's do not count.
    expect(figures.find((county) => county.slug === "york")).toMatchObject({ local: 2, statewide: 2, total: 4 });
    for (const slug of ["knox", "waldo", "oxford", "aroostook", "hancock", "lincoln"]) {
      expect(figures.find((county) => county.slug === slug)).toMatchObject({ local: 0, statewide: 2, total: 2 });
    }
  });

  it("names the counties no public posting names, statewide ones aside", async () => {
    const figures = await countiesWithoutOpenOpportunities(admin);
    const named = new Set((await madePostings()).filter((posting) => posting.isPublic && !posting.statewide).flatMap((posting) => posting.counties));
    const expected = allCounties
      .filter((county) => !named.has(county.slug))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map(({ slug, name }) => ({ slug, name }));

    expect(figures).toEqual(expected);
    expect(figures.map((county) => county.slug)).toEqual(expect.arrayContaining(["knox", "waldo", "oxford", "aroostook", "hancock", "lincoln"]));
    expect(figures.map((county) => county.slug)).not.toContain("york");
  });
});

describe("responses per week", () => {
  it("gives each of the last 12 weeks in Maine, Monday first, with 0 for a week without any", async () => {
    const figures = await responsesPerWeek(admin);

    const rows = await db.select({ createdAt: responses.createdAt }).from(responses);
    const expected = mondays.map((monday) => ({ weekStart: monday, responses: rows.filter((row) => mondayOf(row.createdAt) === monday).length }));

    expect(figures).toEqual(expected);
    expect(figures.map((week) => week.responses)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 3, 0, 2, 1]);
  });

  it("counts Sunday night in Maine in the week it ends, though it is Monday in UTC", async () => {
    expect(sundayNight.getUTCDay()).toBe(1);
    const figures = await responsesPerWeek(admin);
    expect(figures.find((week) => week.weekStart === mondays[10])?.responses).toBe(2);
  });

  it("gives as many weeks as asked, and refuses a number it cannot draw", async () => {
    expect(await responsesPerWeek(admin, 1)).toEqual([{ weekStart: mondays[11], responses: 1 }]);
    expect(await responsesPerWeek(admin, 20)).toHaveLength(20);
    for (const weeks of [0, -1, 1.5, MAX_WEEKS + 1, Number.NaN]) {
      await expect(responsesPerWeek(admin, weeks)).rejects.toThrow(RangeError);
    }
  });
});

describe("organizations waiting for approval", () => {
  it("lists each pending organization with its whole days of waiting, oldest first", async () => {
    const figures = await pendingOrganizations(admin);

    const made = await db.select({ id: organizations.id, name: organizations.name, status: organizations.status, createdAt: organizations.createdAt }).from(organizations);
    const expected = made
      .filter((organization) => organization.status === "pending")
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id)
      .map((organization) => ({ name: organization.name, ageDays: Math.floor((Date.now() - organization.createdAt.getTime()) / DAY) }));

    expect(figures.map(({ name, ageDays }) => ({ name, ageDays }))).toEqual(expected);
    expect(figures.slice(0, 2).map(({ name, ageDays }) => ({ name, ageDays }))).toEqual([
      { name: "Waiting ten days", ageDays: 10 },
      { name: "Waiting three days", ageDays: 3 },
    ]);
    expect(figures.map((organization) => organization.name)).not.toContain("Approved long ago");
    expect(figures.map((organization) => organization.name)).not.toContain("Rejected long ago");
  });
});

describe("how quickly organizations answer", () => {
  it("gives approved organizations with responses their counts and median, slowest first", async () => {
    const figures = await responsivenessByOrganization(admin);

    const [rows, made] = await Promise.all([
      db.select().from(responses),
      db.select({ id: organizations.id, slug: organizations.slug, name: organizations.name, status: organizations.status }).from(organizations),
    ]);
    const expected = made
      .filter((organization) => organization.status === "approved")
      .map((organization) => {
        const own = rows.filter((row) => row.organizationId === organization.id && row.confirmedAt && row.confirmedAt.getTime() >= Date.now() - RESPONSIVENESS_DAYS * DAY);
        const waits = own.filter((row) => row.firstStatusChangeAt).map((row) => (row.firstStatusChangeAt!.getTime() - row.confirmedAt!.getTime()) / DAY);
        const overdue = own.filter((row) => !row.firstStatusChangeAt && row.confirmedAt!.getTime() < Date.now() - ANSWER_WITHIN_DAYS * DAY).length;
        const judged = waits.length + overdue;
        return {
          ...organization,
          responses: own.length,
          answered: waits.length,
          medianDays: median(waits),
          stillNew: own.filter((row) => row.status === "new").length,
          answeredInTime: judged === 0 ? null : waits.filter((days) => days <= ANSWER_WITHIN_DAYS).length / judged,
          leftWaiting: overdue,
        };
      })
      .filter((organization) => organization.responses > 0)
      .sort(
        (a, b) =>
          (a.medianDays === null ? 0 : 1) - (b.medianDays === null ? 0 : 1) ||
          (b.medianDays ?? 0) - (a.medianDays ?? 0) ||
          b.stillNew - a.stillNew ||
          a.name.localeCompare(b.name),
      )
      .map(({ id, slug, name, responses, answered, medianDays, stillNew, answeredInTime, leftWaiting }) => ({ id, slug, name, responses, answered, medianDays, stillNew, answeredInTime, leftWaiting }));

    expect(figures.map((organization) => organization.id)).toEqual(expected.map((organization) => organization.id));
    for (const [i, organization] of figures.entries()) {
      const want = expected[i]!;
      expect(organization).toMatchObject({
        ...want,
        medianDays: want.medianDays === null ? null : expect.closeTo(want.medianDays, 9),
        answeredInTime: want.answeredInTime === null ? null : expect.closeTo(want.answeredInTime, 9),
      });
    }
  });

  it("takes the middle of an odd count and the mean of the two middle ones of an even count, ignoring the unanswered", async () => {
    const figures = await responsivenessByOrganization(admin);
    const of = (id: number) => figures.find((organization) => organization.id === id);

    // 1, 3, 10 days: the middle is 3.
    expect(of(oddOrganization.id)).toMatchObject({ responses: 3, answered: 3, stillNew: 0 });
    expect(of(oddOrganization.id)?.medianDays).toBeCloseTo(3, 9);
    // 0.5, 2, 4, 12 days, and one still new: (2 + 4) / 2 = 3. Counting the new one would give 4.
    expect(of(evenOrganization.id)).toMatchObject({ responses: 5, answered: 4, stillNew: 1 });
    expect(of(evenOrganization.id)?.medianDays).toBeCloseTo(3, 9);
    expect(of(silentOrganization.id)).toMatchObject({ responses: 2, answered: 0, stillNew: 2, medianDays: null });
    // Within 3 days: 1 and 3 of 1, 3, 10; 0.5 and 2 of 0.5, 2, 4, 12.
    expect(of(oddOrganization.id)?.answeredInTime).toBeCloseTo(2 / 3, 9);
    expect(of(evenOrganization.id)?.answeredInTime).toBeCloseTo(2 / 5, 9);
    expect(of(pendingWithResponse.id)).toBeUndefined();
    expect(figures.map((organization) => organization.name)).not.toContain("Answered long ago");
    expect(of(silentOrganization.id)).toMatchObject({ leftWaiting: 2, answeredInTime: 0 });
    expect(of(suspendedWithResponse.id)).toBeUndefined();
    // The ones that answered none come before any that answered.
    expect(figures.findIndex((organization) => organization.id === silentOrganization.id)).toBeLessThan(figures.findIndex((organization) => organization.id === oddOrganization.id));
  });
});

describe("an organization's own figures", () => {
  it("are the same as the admins' row for it, and count only its own responses", async () => {
    const member = await insertUser(db);
    await insertMembership(db, member.id, evenOrganization.id);
    const own = await responsivenessOf(await organizationAccessOf(db, member.id, evenOrganization.id, "responses"));
    const row = (await responsivenessByOrganization(admin)).find((organization) => organization.id === evenOrganization.id)!;
    expect({ ...own, id: row.id, slug: row.slug, name: row.name }).toEqual(row);
    expect(own).toMatchObject({ responses: 5, answered: 4, stillNew: 1, leftWaiting: 1 });
  });
});

describe("who may read them", () => {
  it("refuses anyone but an admin", async () => {
    expect(adminAccess(coordinator)).toBe("not an admin");
    // A signed-in viewer is not admin access: the compiler refuses each read.
    // @ts-expect-error a Viewer is not an AdminAccess
    void (() => openOpportunitiesByCounty(coordinator));
    // @ts-expect-error a Viewer is not an AdminAccess
    void (() => countiesWithoutOpenOpportunities(coordinator));
    // @ts-expect-error a Viewer is not an AdminAccess
    void (() => responsesPerWeek(coordinator));
    // @ts-expect-error a Viewer is not an AdminAccess
    void (() => pendingOrganizations(coordinator));
    // @ts-expect-error a Viewer is not an AdminAccess
    void (() => responsivenessByOrganization(coordinator));
  });
});
