import "server-only";
import { notFound, redirect } from "next/navigation";
import { adminAccess, organizationAccess, type AdminAccess, type Capability, type OrganizationAccess } from "./permissions";
import { getViewer, type Viewer } from "./viewer";

/**
 * The one way pages and route handlers get the access values that private
 * queries demand (lib/auth/permissions.ts). Each reads the viewer from the
 * database on this request; a page's refusal redirects or answers 404, a
 * route handler's is a plain `Response` with the same status.
 */

const signInPath = (returnTo: string) => `/signin?${new URLSearchParams({ returnTo })}`;

/**
 * For pages: the signed-in viewer, or a redirect to sign in that comes back
 * to `returnTo`. The database decides, not the cookie alone.
 */
export async function requireViewer(returnTo: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(signInPath(returnTo));
  return viewer;
}

async function findOrganizationAccess<C extends Capability>(slug: string, capability: C): Promise<OrganizationAccess<C> | "signed out" | null> {
  const viewer = await getViewer();
  if (!viewer) return "signed out";
  return organizationAccess(viewer, slug, capability);
}

/**
 * For pages: the viewer's access to one organization for one capability.
 * Anyone without it gets the same 404 as for an organization that does not
 * exist, so a page reveals nothing about other organizations.
 */
export async function requireOrganizationAccess<C extends Capability>(slug: string, capability: C, returnTo: string): Promise<OrganizationAccess<C>> {
  const access = await findOrganizationAccess(slug, capability);
  if (access === "signed out") redirect(signInPath(returnTo));
  if (!access) notFound();
  return access;
}

/**
 * For route handlers: the same access as `requireOrganizationAccess`, or the
 * answer to send instead: a redirect to sign in (303) for someone signed out,
 * the same 404 as for an organization that does not exist for anyone else.
 */
export async function organizationAccessForRoute<C extends Capability>(slug: string, capability: C, returnTo: string): Promise<OrganizationAccess<C> | Response> {
  const access = await findOrganizationAccess(slug, capability);
  if (access === "signed out") return new Response(null, { status: 303, headers: { Location: signInPath(returnTo), "Cache-Control": "no-store" } });
  if (!access) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  return access;
}

/** Where an admin without a second factor sets one up, coming back to `returnTo` after. */
function secondFactorSetupPath(returnTo: string): string {
  return `${SECOND_FACTOR_SETUP}?${new URLSearchParams({ returnTo })}`;
}
export const SECOND_FACTOR_SETUP = "/me/security";

/**
 * For admin pages: an admin with a second factor. Anyone else gets the same
 * 404 as for a page that does not exist; an admin without a second factor is
 * sent to set one up first, then comes back.
 */
export async function requireAdmin(returnTo: string): Promise<AdminAccess> {
  const access = adminAccess(await requireViewer(returnTo));
  if (access === "not an admin") notFound();
  if (access === "no second factor") redirect(secondFactorSetupPath(returnTo));
  return access;
}
