"use server";

import { formAction } from "@/lib/actions/form-action";
import { inviteCoordinator, leaveOrganization, makeOwner, removeMember, revokeInvitation } from "@/lib/organizations/team";

/*
 * The team page's forms. Each mutation checks access itself and answers the
 * organization's slug, so where to go next comes from the server's answer,
 * never from the form.
 */

const backToTeam = (slug: string, notice: Record<string, string>) => {
  const team = `/dashboard/${slug}/team`;
  return { revalidate: { path: team }, redirect: `${team}?${new URLSearchParams(notice)}` };
};

export const inviteAction = formAction(inviteCoordinator, { success: (result) => backToTeam(result.slug, { invited: String(result.invitationId) }) });

export const revokeInvitationAction = formAction(revokeInvitation, { success: (result) => backToTeam(result.slug, { done: "revoked" }) });

export const removeMemberAction = formAction(removeMember, { success: (result) => backToTeam(result.slug, { done: "removed" }) });

export const makeOwnerAction = formAction(makeOwner, { success: (result) => backToTeam(result.slug, { done: "owner" }) });

// The organization leaves the member's switcher and list too.
export const leaveOrganizationAction = formAction(leaveOrganization, { success: () => ({ revalidate: { path: "/dashboard", type: "layout" }, redirect: "/dashboard" }) });
