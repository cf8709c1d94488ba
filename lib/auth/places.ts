import type { Viewer } from "./viewer";

/** A part of the site that belongs to the signed-in person. */
export type Place = { href: string; label: string };

/**
 * Where signing in leads when no page asked for the sign-in: `/start`, which
 * sends each person to where they work (`homeOf`).
 */
export const AFTER_SIGN_IN = "/start";

/** The places that are the person's own, in the header's order: what they administer, host, and their account. */
export function placesOf(viewer: Pick<Viewer, "role" | "memberships">): Place[] {
  const places: Place[] = [];
  if (viewer.role === "admin") places.push({ href: "/admin", label: "Admin" });
  if (viewer.memberships.length > 0) places.push({ href: "/dashboard", label: "Dashboard" });
  places.push({ href: "/me", label: "My account" });
  return places;
}

/** Where the person works: the admins' pages, their organizations, or their own account. */
export function homeOf(viewer: Pick<Viewer, "role" | "memberships">): string {
  return placesOf(viewer)[0]!.href;
}
