/**
 * The access values of lib/auth/permissions.ts for integration tests, granted
 * the real way: the user is loaded from the database as a fresh session of
 * theirs would load them, then asked for access. A refusal throws, so a test
 * that meant to hold access cannot go on without it.
 */
import type { Database } from "@/db/client";
import { adminAccess, organizationAccess, type AdminAccess, type Capability, type OrganizationAccess } from "../permissions";
import { loadViewer, type Viewer } from "../viewer";

/** The user as a new session of theirs reads them; null when they could not be signed in (disabled). */
export function viewerOf(db: Database, userId: number): Promise<Viewer | null> {
  return loadViewer(db, { userId, signedInAt: new Date(), sessionId: crypto.randomUUID() });
}

export async function adminAccessOf(db: Database, userId: number): Promise<AdminAccess> {
  const access = adminAccess(await viewerOf(db, userId));
  if (typeof access === "string") throw new Error(`user ${userId} is refused admin access: ${access}`);
  return access;
}

export async function organizationAccessOf<C extends Capability>(db: Database, userId: number, organizationId: number, capability: C): Promise<OrganizationAccess<C>> {
  const access = organizationAccess(await viewerOf(db, userId), organizationId, capability);
  if (!access) throw new Error(`user ${userId} is refused "${capability}" in organization ${organizationId}`);
  return access;
}
