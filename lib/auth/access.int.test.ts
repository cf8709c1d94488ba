/**
 * The one way to the access values that private reads demand
 * (lib/auth/require.ts over lib/auth/permissions.ts): each reads the viewer
 * from the database on the request, so a demoted admin, a removed or disabled
 * member, or a suspended organization is refused on the very next request,
 * whatever the session cookie says. Pages are refused with a redirect or a
 * 404; route handlers with the same statuses as plain answers.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb, type Database } from "@/db/client";
import { memberships, organizations, secondFactors, users } from "@/db/schema";
import { insertMembership, insertOrganization, insertUser } from "@/lib/testing/fixtures";
import { organizationAccessForRoute, requireAdmin, requireOrganizationAccess } from "./require";
import { signInAs } from "./testing/session-mock";

vi.mock("@/lib/auth/session", () => import("@/lib/auth/testing/session-mock"));

let db: Database;

beforeAll(async () => {
  db = await getDb();
});

/** What a page's check came to: granted, a 404, or a redirect and where to. */
async function pageOutcome(check: Promise<unknown>): Promise<string> {
  try {
    await check;
    return "granted";
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? error);
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return "404";
    const redirect = /^NEXT_REDIRECT;\w+;([^;]+);\d+;$/.exec(digest);
    if (redirect) return `redirect ${redirect[1]}`;
    throw error;
  }
}

/** What a route handler's check came to: granted, or the status (and Location) it answers with. */
async function routeOutcome(check: Promise<unknown>): Promise<string> {
  const result = await check;
  if (!(result instanceof Response)) return "granted";
  return [result.status, result.headers.get("location"), result.headers.get("cache-control")].filter(Boolean).join(" ");
}

async function team(status: "pending" | "approved" | "rejected" | "suspended" = "approved") {
  const organization = await insertOrganization(db, { status });
  const owner = await insertUser(db);
  const coordinator = await insertUser(db);
  await insertMembership(db, owner.id, organization.id, "owner");
  await insertMembership(db, coordinator.id, organization.id, "coordinator");
  return { organization, owner, coordinator };
}

describe("requireAdmin", () => {
  it("grants an admin with a second factor an access that names them", async () => {
    const admin = await insertUser(db, { role: "admin" });
    signInAs(admin.id);
    const access = await requireAdmin("/admin");
    expect(access.userId).toBe(admin.id);
    expect(Object.isFrozen(access)).toBe(true);
  });

  it("sends someone signed out to sign in, and comes back", async () => {
    signInAs(null);
    expect(await pageOutcome(requireAdmin("/admin/users"))).toBe("redirect /signin?returnTo=%2Fadmin%2Fusers");
  });

  it("answers 404 to a volunteer and to a member of an organization, even its owner", async () => {
    const { owner, coordinator } = await team();
    for (const user of [await insertUser(db), owner, coordinator]) {
      signInAs(user.id);
      expect(await pageOutcome(requireAdmin("/admin"))).toBe("404");
    }
  });

  it("sends an admin without a second factor to set one up first", async () => {
    const admin = await insertUser(db, { role: "admin" }, { secondFactor: false });
    signInAs(admin.id);
    expect(await pageOutcome(requireAdmin("/admin/audit"))).toBe("redirect /me/security?returnTo=%2Fadmin%2Faudit");
  });

  it("refuses on the next request an admin who was demoted, disabled or lost their second factor", async () => {
    const demoted = await insertUser(db, { role: "admin" });
    signInAs(demoted.id);
    expect(await pageOutcome(requireAdmin("/admin"))).toBe("granted");
    await db.update(users).set({ role: "user" }).where(eq(users.id, demoted.id));
    expect(await pageOutcome(requireAdmin("/admin"))).toBe("404");

    const disabled = await insertUser(db, { role: "admin" });
    signInAs(disabled.id);
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, disabled.id));
    expect(await pageOutcome(requireAdmin("/admin"))).toBe("redirect /signin?returnTo=%2Fadmin");

    const withoutFactor = await insertUser(db, { role: "admin" });
    signInAs(withoutFactor.id);
    await db.delete(secondFactors).where(eq(secondFactors.userId, withoutFactor.id));
    expect(await pageOutcome(requireAdmin("/admin"))).toBe("redirect /me/security?returnTo=%2Fadmin");
  });
});

describe("requireOrganizationAccess", () => {
  it("grants a member the capabilities their role and the organization's status allow, for that organization only", async () => {
    const { organization, owner, coordinator } = await team();
    signInAs(coordinator.id);
    const responses = await requireOrganizationAccess(organization.slug, "responses", "/here");
    expect({ organizationId: responses.organizationId, userId: responses.userId, capability: responses.capability, role: responses.role }).toEqual({
      organizationId: organization.id,
      userId: coordinator.id,
      capability: "responses",
      role: "coordinator",
    });
    expect(Object.isFrozen(responses)).toBe(true);
    expect(await pageOutcome(requireOrganizationAccess(organization.slug, "findVolunteers", "/here"))).toBe("granted");

    signInAs(owner.id);
    const team_ = await requireOrganizationAccess(organization.slug, "team", "/here");
    expect(team_.organizationId).toBe(organization.id);
    expect(team_.forCapability("profile")?.capability).toBe("profile");
  });

  it("answers 404 to a member without the capability: a coordinator asking for the owner's team or profile", async () => {
    const { organization, coordinator } = await team();
    signInAs(coordinator.id);
    expect(await pageOutcome(requireOrganizationAccess(organization.slug, "team", "/here"))).toBe("404");
    expect(await pageOutcome(requireOrganizationAccess(organization.slug, "profile", "/here"))).toBe("404");
    const view = await requireOrganizationAccess(organization.slug, "view", "/here");
    expect(view.forCapability("team")).toBeNull();
  });

  it("answers 404 to members of a suspended organization for all but its status, and of a pending one for responses", async () => {
    const suspended = await team("suspended");
    signInAs(suspended.owner.id);
    expect(await pageOutcome(requireOrganizationAccess(suspended.organization.slug, "view", "/here"))).toBe("granted");
    for (const capability of ["draft", "publish", "responses", "profile", "team", "findVolunteers"] as const) {
      expect(await pageOutcome(requireOrganizationAccess(suspended.organization.slug, capability, "/here")), capability).toBe("404");
    }
    const pending = await team("pending");
    signInAs(pending.owner.id);
    expect(await pageOutcome(requireOrganizationAccess(pending.organization.slug, "draft", "/here"))).toBe("granted");
    expect(await pageOutcome(requireOrganizationAccess(pending.organization.slug, "responses", "/here"))).toBe("404");
  });

  it("refuses on the next request a member who was removed, disabled, or whose organization was suspended", async () => {
    const { organization, owner, coordinator } = await team();
    signInAs(coordinator.id);
    expect(await pageOutcome(requireOrganizationAccess(organization.slug, "responses", "/here"))).toBe("granted");
    await db.delete(memberships).where(and(eq(memberships.userId, coordinator.id), eq(memberships.organizationId, organization.id)));
    expect(await pageOutcome(requireOrganizationAccess(organization.slug, "view", "/here"))).toBe("404");

    signInAs(owner.id);
    await db.update(organizations).set({ status: "suspended" }).where(eq(organizations.id, organization.id));
    expect(await pageOutcome(requireOrganizationAccess(organization.slug, "responses", "/here"))).toBe("404");
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, owner.id));
    expect(await pageOutcome(requireOrganizationAccess(organization.slug, "view", "/dashboard/x"))).toBe("redirect /signin?returnTo=%2Fdashboard%2Fx");
  });

  it("answers the same 404 to a volunteer, an admin, a member of another organization and for an organization that does not exist", async () => {
    const { organization } = await team();
    const other = await team();
    for (const user of [await insertUser(db), await insertUser(db, { role: "admin" }), other.owner]) {
      signInAs(user.id);
      expect(await pageOutcome(requireOrganizationAccess(organization.slug, "view", "/here"))).toBe("404");
    }
    expect(await pageOutcome(requireOrganizationAccess("no-such-organization", "view", "/here"))).toBe("404");
  });
});

describe("organizationAccessForRoute", () => {
  it("answers as a route handler: 303 to sign in when signed out, 404 without access, the access otherwise", async () => {
    const { organization, coordinator } = await team();
    signInAs(null);
    expect(await routeOutcome(organizationAccessForRoute(organization.slug, "responses", "/dashboard/x/responses/export?status=new"))).toBe(
      "303 /signin?returnTo=%2Fdashboard%2Fx%2Fresponses%2Fexport%3Fstatus%3Dnew no-store",
    );
    signInAs((await insertUser(db)).id);
    expect(await routeOutcome(organizationAccessForRoute(organization.slug, "responses", "/here"))).toBe("404 no-store");
    signInAs(coordinator.id);
    expect(await routeOutcome(organizationAccessForRoute(organization.slug, "team", "/here"))).toBe("404 no-store");
    const granted = await organizationAccessForRoute(organization.slug, "responses", "/here");
    expect(granted instanceof Response ? granted.status : granted.organizationId).toBe(organization.id);
    await db.update(organizations).set({ status: "suspended" }).where(eq(organizations.id, organization.id));
    expect(await routeOutcome(organizationAccessForRoute(organization.slug, "responses", "/here"))).toBe("404 no-store");
  });
});
