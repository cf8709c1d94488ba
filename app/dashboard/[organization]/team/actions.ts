"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { fieldsOf, UNREADABLE_FORM, withValues } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/result";
import { inviteCoordinator, leaveOrganization, makeOwner, removeMember, revokeInvitation } from "@/lib/organizations/team";

/*
 * The team page's forms. Each mutation checks access itself and answers the
 * organization's slug, so where to go next comes from the server's answer,
 * never from the form.
 */

export async function inviteAction(_previous: FormState, form: unknown): Promise<FormState> {
  const fields = fieldsOf(form);
  if (!fields) return UNREADABLE_FORM;
  const result = await inviteCoordinator(fields);
  if (!result || !("slug" in result)) return withValues(result, fields);
  backToTeam(result.slug, { invited: String(result.invitationId) });
}

export async function revokeInvitationAction(_previous: FormState, form: unknown): Promise<FormState> {
  const fields = fieldsOf(form);
  if (!fields) return UNREADABLE_FORM;
  const result = await revokeInvitation(fields);
  if (!result || !("slug" in result)) return withValues(result, fields);
  backToTeam(result.slug, { done: "revoked" });
}

export async function removeMemberAction(_previous: FormState, form: unknown): Promise<FormState> {
  const fields = fieldsOf(form);
  if (!fields) return UNREADABLE_FORM;
  const result = await removeMember(fields);
  if (!result || !("slug" in result)) return withValues(result, fields);
  backToTeam(result.slug, { done: "removed" });
}

export async function makeOwnerAction(_previous: FormState, form: unknown): Promise<FormState> {
  const fields = fieldsOf(form);
  if (!fields) return UNREADABLE_FORM;
  const result = await makeOwner(fields);
  if (!result || !("slug" in result)) return withValues(result, fields);
  backToTeam(result.slug, { done: "owner" });
}

export async function leaveOrganizationAction(_previous: FormState, form: unknown): Promise<FormState> {
  const fields = fieldsOf(form);
  if (!fields) return UNREADABLE_FORM;
  const result = await leaveOrganization(fields);
  if (!result?.ok) return withValues(result, fields);
  // The organization leaves the member's switcher and list too.
  revalidatePath("/dashboard", "layout");
  redirect("/dashboard");
}

function backToTeam(slug: string, notice: Record<string, string>): never {
  const team = `/dashboard/${slug}/team`;
  revalidatePath(team);
  redirect(`${team}?${new URLSearchParams(notice)}`);
}
