import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb, type Database } from "@/db/client";
import { contactRequests, counties, organizationCounties, organizations, users, volunteerCounties, volunteerProfiles } from "@/db/schema";
import { insertMembership, insertOrganization, insertUser } from "@/lib/testing/fixtures";
import { organizationAccess, type OrganizationAccess } from "@/lib/auth/permissions";
import { loadViewer } from "@/lib/auth/viewer";
import type { VolunteerSkill } from "@/lib/vocabulary";
import { countiesServedBy, findVolunteers, getFindableVolunteer, type FoundVolunteer } from "./find";
import { parseFindParams, type FindFilters } from "./find-schemas";

vi.mock("@/lib/auth/session", () => import("@/lib/auth/testing/session-mock"));

type Profile = { discoverable: boolean; counties: string[]; skills: VolunteerSkill[]; availability: string | null; disabled?: boolean; name?: string };

let db: Database;
let countySlugs: string[];

/** A user with a databank profile and counties, with personal data the results must never carry. */
async function insertVolunteer(profile: Profile) {
  const user = await insertUser(db, { name: profile.name ?? "Robin Alder-Whitcomb", disabledAt: profile.disabled ? new Date() : null });
  await db.insert(volunteerProfiles).values({
    userId: user.id,
    phone: `(207) 555-${String(1000 + user.id).slice(-4)}`,
    skills: profile.skills,
    credentials: `Licensed clinician, license LCSW-${user.id}`,
    languages: "English, French",
    availability: profile.availability,
    discoverable: profile.discoverable,
  });
  if (profile.counties.length > 0) {
    const ids = await db.select({ id: counties.id }).from(counties).where(inArray(counties.slug, profile.counties));
    await db.insert(volunteerCounties).values(ids.map(({ id }) => ({ userId: user.id, countyId: id })));
  }
  return { ...user, profile };
}

async function accessFor(userId: number, organizationId: number, capability: "findVolunteers" | "view" = "findVolunteers") {
  return organizationAccess(await loadViewer(db, { userId, signedInAt: new Date(), sessionId: crypto.randomUUID() }), organizationId, capability);
}

/** The counties an organization serves, by slug. */
async function serveCounties(organizationId: number, slugs: string[]) {
  const ids = await db.select({ id: counties.id }).from(counties).where(inArray(counties.slug, slugs));
  await db.insert(organizationCounties).values(ids.map(({ id }) => ({ organizationId, countyId: id })));
}

async function coordinatorOf(status: "pending" | "approved" | "rejected" | "suspended", served: string[] = ["york"]) {
  const organization = await insertOrganization(db, { status });
  await serveCounties(organization.id, served);
  const coordinator = await insertUser(db);
  await insertMembership(db, coordinator.id, organization.id);
  return { organization, coordinator, served };
}

/** Every result of a search, page after page. */
async function everyResult(access: OrganizationAccess, filters: Omit<FindFilters, "page">): Promise<FoundVolunteer[]> {
  const all: FoundVolunteer[] = [];
  for (let page = 1; ; page++) {
    const result = await findVolunteers(access, { ...filters, page });
    all.push(...result.items);
    if (page >= result.pageCount) return all;
  }
}

/** Every subset of a list, the empty one included. */
function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((all, item) => [...all, ...all.map((subset) => [...subset, item])], [[]]);
}

const FILTER_COUNTIES = ["york", "cumberland", "aroostook"];
const FILTER_SKILLS: VolunteerSkill[] = ["counseling", "driving", "legal"];
const FILTER_WORDS = [undefined, "weekends", "SATURDAY mornings", "100%", "a_b", "evenings weekends"];

type Coordinator = { organization: { id: number }; coordinator: { id: number }; served: string[] };
let approvedA: Coordinator;
let approvedB: Coordinator;
let visible: Awaited<ReturnType<typeof insertVolunteer>>[];
let hidden: Awaited<ReturnType<typeof insertVolunteer>>[];

beforeAll(async () => {
  db = await getDb();
  countySlugs = (await db.select({ slug: counties.slug }).from(counties)).map((county) => county.slug);
  approvedA = await coordinatorOf("approved", [...FILTER_COUNTIES, "knox", "waldo", "piscataquis"]);
  // B serves only part of A's counties, and one A does not.
  approvedB = await coordinatorOf("approved", ["york", "penobscot", "waldo"]);
  // Each hidden one would match every filter a visible one matches, and more.
  const everything = { counties: FILTER_COUNTIES, skills: FILTER_SKILLS, availability: "Weekends and evenings, Saturday mornings, 100% flexible, a_b" };
  hidden = [
    await insertVolunteer({ discoverable: false, ...everything, name: "Hidden Person" }),
    await insertVolunteer({ discoverable: false, counties: ["york"], skills: ["counseling"], availability: "weekends" }),
    await insertVolunteer({ discoverable: true, disabled: true, ...everything, name: "Disabled Person" }),
    // No county: no organization serves them.
    await insertVolunteer({ discoverable: true, counties: [], skills: ["legal"], availability: "weekends" }),
  ];
  visible = [
    await insertVolunteer({ discoverable: true, counties: ["york"], skills: ["counseling"], availability: "Weekends", name: "Alexandra Quinn-Smith" }),
    await insertVolunteer({ discoverable: true, counties: ["cumberland", "york"], skills: ["driving", "legal"], availability: "Saturday mornings and evenings" }),
    await insertVolunteer({ discoverable: true, counties: ["aroostook"], skills: [], availability: "100% remote, weekends" }),
    await insertVolunteer({ discoverable: true, counties: ["hancock"], skills: ["legal"], availability: null }),
    await insertVolunteer({ discoverable: true, counties: ["penobscot"], skills: ["trades"], availability: "axb evenings" }),
  ];
  // A user with no profile at all is not in the databank either.
  await insertUser(db, { name: "No Profile" });
});

/** Whether the organization serves one of the volunteer's counties. */
function inCountiesOf(organization: Coordinator, volunteer: { profile: Profile }): boolean {
  return volunteer.profile.counties.some((slug) => organization.served.includes(slug));
}

/** What the organization's search should return, worked out here without SQL. */
function expectedIds(organization: Coordinator, filters: Omit<FindFilters, "page">): number[] {
  const words = (filters.availability ?? "").toLowerCase().split(" ").filter(Boolean);
  return visible
    .filter((volunteer) => inCountiesOf(organization, volunteer))
    .filter(({ profile }) => filters.counties.length === 0 || filters.counties.some((slug) => profile.counties.includes(slug)))
    .filter(({ profile }) => filters.skills.length === 0 || filters.skills.some((skill) => profile.skills.includes(skill)))
    .filter(({ profile }) => words.every((word) => (profile.availability ?? "").toLowerCase().includes(word)))
    .map((volunteer) => volunteer.id)
    .sort((a, b) => a - b);
}

describe("Find volunteers", () => {
  it("never shows a volunteer who has not opted in, is disabled or lives outside the organization's counties, for any filters and any organization", async () => {
    const hiddenIds = new Set(hidden.map((volunteer) => volunteer.id));
    let searches = 0;
    for (const organization of [approvedA, approvedB]) {
      const access = (await accessFor(organization.coordinator.id, organization.organization.id))!;
      for (const countyFilter of subsets(FILTER_COUNTIES)) {
        for (const skillFilter of subsets(FILTER_SKILLS)) {
          for (const availability of FILTER_WORDS) {
            const filters = { counties: countyFilter, skills: skillFilter, availability };
            const results = await everyResult(access, filters);
            expect(results.filter((volunteer) => hiddenIds.has(volunteer.id))).toEqual([]);
            // And the query is not simply empty: exactly the opted-in volunteers that match.
            expect(results.map((volunteer) => volunteer.id).sort((a, b) => a - b), JSON.stringify(filters)).toEqual(expectedIds(organization, filters));
            searches++;
          }
        }
      }
      for (const volunteer of hidden) expect(await getFindableVolunteer(access, volunteer.id)).toBeNull();
      for (const volunteer of visible) {
        if (inCountiesOf(organization, volunteer)) expect(await getFindableVolunteer(access, volunteer.id)).not.toBeNull();
        else expect(await getFindableVolunteer(access, volunteer.id)).toBeNull();
      }
    }
    // Each organization misses someone the other finds: the county rule is not vacuous.
    expect(visible.filter((volunteer) => inCountiesOf(approvedA, volunteer) !== inCountiesOf(approvedB, volunteer)).length).toBeGreaterThan(1);
    expect(searches).toBe(2 * 8 * 8 * FILTER_WORDS.length);
  });

  it("takes a volunteer out at once when they opt out or are disabled, and back when they return", async () => {
    const access = (await accessFor(approvedA.coordinator.id, approvedA.organization.id))!;
    const someone = await insertVolunteer({ discoverable: true, counties: ["knox"], skills: ["medical"], availability: "mornings" });
    const search = { counties: ["knox"], skills: [], availability: undefined };
    expect((await everyResult(access, search)).map((volunteer) => volunteer.id)).toContain(someone.id);

    await db.update(volunteerProfiles).set({ discoverable: false }).where(eq(volunteerProfiles.userId, someone.id));
    expect((await everyResult(access, search)).map((volunteer) => volunteer.id)).not.toContain(someone.id);
    expect(await getFindableVolunteer(access, someone.id)).toBeNull();

    await db.update(volunteerProfiles).set({ discoverable: true }).where(eq(volunteerProfiles.userId, someone.id));
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, someone.id));
    expect((await everyResult(access, search)).map((volunteer) => volunteer.id)).not.toContain(someone.id);

    await db.update(users).set({ disabledAt: null }).where(eq(users.id, someone.id));
    expect((await everyResult(access, search)).map((volunteer) => volunteer.id)).toContain(someone.id);
  });

  it("finds a volunteer only once the organization serves one of their counties", async () => {
    const { organization, coordinator } = await coordinatorOf("approved", ["oxford"]);
    const access = (await accessFor(coordinator.id, organization.id))!;
    const someone = await insertVolunteer({ discoverable: true, counties: ["franklin"], skills: ["mentoring_youth"], availability: "after school" });
    const byCounty = { counties: ["franklin"], skills: [] as VolunteerSkill[], availability: undefined };
    const unfiltered = { counties: [], skills: [] as VolunteerSkill[], availability: undefined };
    expect((await everyResult(access, byCounty)).map((volunteer) => volunteer.id)).not.toContain(someone.id);
    expect((await everyResult(access, unfiltered)).map((volunteer) => volunteer.id)).not.toContain(someone.id);
    expect(await getFindableVolunteer(access, someone.id)).toBeNull();

    await serveCounties(organization.id, ["franklin"]);
    expect((await everyResult(access, byCounty)).map((volunteer) => volunteer.id)).toEqual([someone.id]);
    expect(await getFindableVolunteer(access, someone.id)).not.toBeNull();
    expect(await countiesServedBy(access)).toEqual([
      { slug: "franklin", name: "Franklin" },
      { slug: "oxford", name: "Oxford" },
    ]);
  });

  it("returns a first name, counties, skills and availability, and nothing else about a volunteer", async () => {
    const access = (await accessFor(approvedA.coordinator.id, approvedA.organization.id))!;
    const results = await everyResult(access, { counties: [], skills: [], availability: undefined });
    const alexandra = results.find((volunteer) => volunteer.id === visible[0]!.id)!;
    expect(alexandra).toEqual({ id: visible[0]!.id, firstName: "Alexandra", counties: ["York"], skills: ["counseling"], availability: "Weekends", requestStatus: null });
    const text = JSON.stringify(results);
    const personal = await db.select({ email: users.email, name: users.name, phone: volunteerProfiles.phone, credentials: volunteerProfiles.credentials }).from(volunteerProfiles).innerJoin(users, eq(users.id, volunteerProfiles.userId));
    for (const row of personal) {
      expect(text).not.toContain(row.email);
      expect(text).not.toContain(row.phone!);
      expect(text).not.toContain(row.credentials!);
    }
    expect(text).not.toContain("Quinn-Smith");
    expect(text).not.toContain("Alder-Whitcomb");
    expect(text).not.toContain("French");
    for (const volunteer of results) expect(Object.keys(volunteer).sort()).toEqual(["availability", "counties", "firstName", "id", "requestStatus", "skills"]);
  });

  it("says which volunteers this organization already wrote to, and only to this organization", async () => {
    const accessA = (await accessFor(approvedA.coordinator.id, approvedA.organization.id))!;
    const accessB = (await accessFor(approvedB.coordinator.id, approvedB.organization.id))!;
    const someone = await insertVolunteer({ discoverable: true, counties: ["waldo"], skills: ["driving"], availability: null });
    await db.insert(contactRequests).values({ organizationId: approvedA.organization.id, volunteerUserId: someone.id, senderUserId: approvedA.coordinator.id, message: "We would love your help with driving." });
    expect((await getFindableVolunteer(accessA, someone.id))?.requestStatus).toBe("pending");
    expect((await getFindableVolunteer(accessB, someone.id))?.requestStatus).toBeNull();
    await db.update(contactRequests).set({ status: "declined" }).where(eq(contactRequests.volunteerUserId, someone.id));
    // A decline stays: the organization sees it and cannot write again.
    expect((await getFindableVolunteer(accessA, someone.id))?.requestStatus).toBe("declined");
  });

  it("pages by 20", async () => {
    const access = (await accessFor(approvedA.coordinator.id, approvedA.organization.id))!;
    for (let i = 0; i < 23; i++) await insertVolunteer({ discoverable: true, counties: ["piscataquis"], skills: ["fundraising"], availability: "paging test" });
    const search = { counties: ["piscataquis"], skills: [] as VolunteerSkill[], availability: "paging test" };
    const first = await findVolunteers(access, { ...search, page: 1 });
    const second = await findVolunteers(access, { ...search, page: 2 });
    expect(first).toMatchObject({ total: 23, pageCount: 2 });
    expect(first.items).toHaveLength(20);
    expect(second.items).toHaveLength(3);
    expect(new Set([...first.items, ...second.items].map((volunteer) => volunteer.id)).size).toBe(23);
  });

  it("gives no access to coordinators of pending, rejected or suspended organizations, to other users or when signed out", async () => {
    for (const status of ["pending", "rejected", "suspended"] as const) {
      const { organization, coordinator } = await coordinatorOf(status);
      expect(await accessFor(coordinator.id, organization.id)).toBeNull();
      // Their dashboard frame opens, but that access does not open the databank.
      const view = await accessFor(coordinator.id, organization.id, "view");
      expect(view).not.toBeNull();
      await expect(findVolunteers(view!, { counties: [], skills: [], availability: undefined, page: 1 })).rejects.toThrow();
    }
    const volunteer = await insertUser(db);
    expect(await accessFor(volunteer.id, approvedA.organization.id)).toBeNull();
    // A coordinator of one organization has none in another.
    expect(await accessFor(approvedB.coordinator.id, approvedA.organization.id)).toBeNull();
    expect(organizationAccess(null, approvedA.organization.id, "findVolunteers")).toBeNull();
    // A disabled coordinator is signed out.
    const disabled = await insertUser(db, { disabledAt: new Date() });
    await insertMembership(db, disabled.id, approvedA.organization.id);
    expect(await loadViewer(db, { userId: disabled.id, signedInAt: new Date(), sessionId: crypto.randomUUID() })).toBeNull();
  });

  it("loses access the moment the organization is suspended", async () => {
    const { organization, coordinator } = await coordinatorOf("approved");
    const before = (await accessFor(coordinator.id, organization.id))!;
    expect(before).not.toBeNull();
    await db.update(organizations).set({ status: "suspended" }).where(eq(organizations.id, organization.id));
    expect(await accessFor(coordinator.id, organization.id)).toBeNull();
  });

  it("reads the address leniently: unknown counties and skills, long words and odd pages are dropped", () => {
    expect(parseFindParams({ county: ["york", "atlantis", "York"], skill: ["legal", "juggling", "legal"], availability: "  week\u0000ends  ", page: "2" }, countySlugs)).toEqual({
      counties: ["york"],
      skills: ["legal"],
      availability: "week ends",
      page: 2,
    });
    expect(parseFindParams({ availability: "x".repeat(101), page: "-1" }, countySlugs)).toEqual({ counties: [], skills: [], availability: undefined, page: 1 });
    expect(parseFindParams({ page: ["3", "4"], county: "cumberland" }, countySlugs)).toMatchObject({ counties: ["cumberland"], page: 3 });
  });
});
