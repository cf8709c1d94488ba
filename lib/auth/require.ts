import "server-only";
import { notFound, redirect } from "next/navigation";
import { organizationAccess, type Capability, type OrganizationAccess } from "./permissions";
import { getViewer, type Viewer } from "./viewer";

/**
 * For pages: the signed-in viewer, or a redirect to sign in that comes back
 * to `returnTo`. The database decides, not the cookie alone.
 */
export async function requireViewer(returnTo: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/signin?${new URLSearchParams({ returnTo })}`);
  return viewer;
}

/**
 * For pages: the viewer's access to one organization for one capability.
 * Anyone without it gets the same 404 as for an organization that does not
 * exist, so a page reveals nothing about other organizations.
 */
export async function requireOrganizationAccess(slug: string, capability: Capability, returnTo: string): Promise<OrganizationAccess> {
  const viewer = await requireViewer(returnTo);
  const access = organizationAccess(viewer, slug, capability);
  if (!access) notFound();
  return access;
}

/** Where an admin without a second factor sets one up, coming back to `returnTo` after. */
export function secondFactorSetupPath(returnTo: string): string {
  return `${SECOND_FACTOR_SETUP}?${new URLSearchParams({ returnTo })}`;
}
export const SECOND_FACTOR_SETUP = "/me/security";

/**
 * For admin pages and admin-only route handlers: an admin with a second
 * factor. Anyone else gets the same 404 as for a page that does not exist; an
 * admin without a second factor is sent to set one up first, then comes back.
 */
export async function requireAdmin(returnTo: string): Promise<Viewer & { role: "admin" }> {
  const viewer = await requireViewer(returnTo);
  if (viewer.role !== "admin") notFound();
  if (!viewer.secondFactor) redirect(secondFactorSetupPath(returnTo));
  return viewer as Viewer & { role: "admin" };
}
