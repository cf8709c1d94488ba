import { describe, expect, it } from "vitest";
import type { Membership } from "./viewer";
import { homeOf, placesOf } from "./places";

const membership = { organizationId: 1, role: "owner", organization: { id: 1, slug: "a", name: "A", status: "approved", statusReason: null } } as Membership;

describe("each person's places", () => {
  it("an admin: the admins' pages first, then any organization, then the account", () => {
    expect(placesOf({ role: "admin", memberships: [] }).map((place) => place.label)).toEqual(["Admin", "My account"]);
    expect(placesOf({ role: "admin", memberships: [membership] }).map((place) => place.label)).toEqual(["Admin", "Dashboard", "My account"]);
    expect(homeOf({ role: "admin", memberships: [membership] })).toBe("/admin");
  });

  it("a coordinator lands on the dashboard, a volunteer on their account", () => {
    expect(homeOf({ role: "user", memberships: [membership] })).toBe("/dashboard");
    expect(placesOf({ role: "user", memberships: [] })).toEqual([{ href: "/me", label: "My account" }]);
    expect(homeOf({ role: "user", memberships: [] })).toBe("/me");
  });
});
