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

export function allows(membership: Membership, capability: Capability): boolean {
  const rule: { statuses: OrganizationStatus[]; ownerOnly: boolean } = CAPABILITIES[capability];
  return rule.statuses.includes(membership.organization.status) && (!rule.ownerOnly || membership.role === "owner");
}

/**
 * Proof that a user may use one capability in one organization, made only
 * here, from a viewer that lib/auth/viewer.ts loaded from the database. Every
 * query of an organization's private data takes it, typed with the capability
 * it needs (`OrganizationAccess<"responses">`), and scopes every statement by
 * its organization id: a page that forgot to ask, or asked for less, does not
 * compile. The private field makes a hand-made or copied object a different
 * type, so the proof cannot be forged or pointed at another organization.
 */
class GrantedOrganizationAccess<C extends Capability> {
  readonly userId: number;
  readonly organizationId: number;
  readonly role: Membership["role"];
  readonly organization: Readonly<Membership["organization"]>;
  readonly capability: C;
  readonly #membership: Membership;

  constructor(userId: number, membership: Membership, capability: C) {
    this.userId = userId;
    this.organizationId = membership.organizationId;
    this.role = membership.role;
    this.organization = Object.freeze({ ...membership.organization });
    this.capability = capability;
    this.#membership = { organizationId: this.organizationId, role: this.role, organization: this.organization };
    Object.freeze(this);
  }

  /**
   * The same member's access to the same organization for another capability,
   * or null: for a page that shows more to those who may do more (the team
   * page lists open invitations to owners only).
   */
  forCapability<D extends Capability>(capability: D): OrganizationAccess<D> | null {
    return allows(this.#membership, capability) ? new GrantedOrganizationAccess(this.userId, this.#membership, capability) : null;
  }
}

export type OrganizationAccess<C extends Capability = Capability> = GrantedOrganizationAccess<C>;

/** The viewer's access to an organization (by id or slug) for one capability, or null. */
export function organizationAccess<C extends Capability>(viewer: Viewer | null, organization: number | string, capability: C): OrganizationAccess<C> | null {
  const membership = viewer?.memberships.find((m) =>
    typeof organization === "number" ? m.organizationId === organization : m.organization.slug === organization,
  );
  if (!viewer || !membership || !allows(membership, capability)) return null;
  return new GrantedOrganizationAccess(viewer.id, membership, capability);
}

/**
 * Proof that the user is an admin with a second factor on, made only by
 * `adminAccess` from a viewer loaded from the database. Every admin query
 * takes it, so an admin page that forgot to ask does not compile.
 */
class GrantedAdminAccess {
  readonly #userId: number;

  constructor(userId: number) {
    this.#userId = userId;
    Object.freeze(this);
  }

  get userId(): number {
    return this.#userId;
  }
}

export type AdminAccess = GrantedAdminAccess;

/**
 * Why someone is not granted admin access: not an admin at all (they are
 * told nothing), or an admin who has not set up a second factor yet (they are
 * told where to).
 */
type AdminRefusal = "not an admin" | "no second factor";

/** The viewer's admin access, or why not. */
export function adminAccess(viewer: Viewer | null): AdminAccess | AdminRefusal {
  if (viewer?.role !== "admin") return "not an admin";
  if (!viewer.secondFactor) return "no second factor";
  return new GrantedAdminAccess(viewer.id);
}
