import type { Membership, Viewer } from "./viewer";

type OrganizationStatus = Membership["organization"]["status"];

/**
 * What a member may do in an organization, by its status and their role.
 * A pending organization prepares drafts and its team but publishes nothing
 * and receives no responses; a rejected or suspended one can only read why.
 */
const CAPABILITIES = {
  /** The dashboard's front page, which says the organization's status. */
  view: { statuses: ["pending", "approved", "rejected", "suspended"], ownerOnly: false },
  /** Create and edit drafts, see the postings list. */
  draft: { statuses: ["pending", "approved"], ownerOnly: false },
  /** Publish, close, reopen, renew. */
  publish: { statuses: ["approved"], ownerOnly: false },
  /** Read and work the responses, export them. */
  responses: { statuses: ["approved"], ownerOnly: false },
  /** Edit the organization's profile. */
  profile: { statuses: ["pending", "approved"], ownerOnly: true },
  /** Invite and remove members. */
  team: { statuses: ["pending", "approved"], ownerOnly: true },
  /** Search the volunteers who asked to be found, and contact them through the site. */
  findVolunteers: { statuses: ["approved"], ownerOnly: false },
} satisfies Record<string, { statuses: OrganizationStatus[]; ownerOnly: boolean }>;

export type Capability = keyof typeof CAPABILITIES;

declare const accessBrand: unique symbol;

/**
 * Proof that a user may use a capability in one organization, made only by
 * `organizationAccess`. Queries of private data take it as their first
 * argument and scope every statement by its organization id.
 */
export type OrganizationAccess = Membership & { userId: number; capability: Capability; [accessBrand]: true };

export function allows(membership: Membership, capability: Capability): boolean {
  const rule: { statuses: OrganizationStatus[]; ownerOnly: boolean } = CAPABILITIES[capability];
  return rule.statuses.includes(membership.organization.status) && (!rule.ownerOnly || membership.role === "owner");
}

/** The viewer's access to an organization (by id or slug) for one capability, or null. */
export function organizationAccess(viewer: Viewer | null, organization: number | string, capability: Capability): OrganizationAccess | null {
  const membership = viewer?.memberships.find((m) =>
    typeof organization === "number" ? m.organizationId === organization : m.organization.slug === organization,
  );
  if (!viewer || !membership || !allows(membership, capability)) return null;
  return { ...membership, userId: viewer.id, capability } as OrganizationAccess;
}
