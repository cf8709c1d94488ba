"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { fieldsOf, UNREADABLE_FORM, withValues } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/result";
import { signOut } from "@/lib/auth/config";
import { acceptInvitation } from "@/lib/organizations/team";
import { invitationTokenSchema } from "@/lib/organizations/team-schemas";

/** The "Accept invitation" button: a POST, never the link itself, since mail scanners open links. */
export async function acceptInvitationAction(_previous: FormState, form: unknown): Promise<FormState> {
  const fields = fieldsOf(form);
  if (!fields) return UNREADABLE_FORM;
  const result = await acceptInvitation(fields);
  if (!result || !("slug" in result)) return withValues(result, fields);
  // The new organization appears in the member's dashboard and switcher.
  revalidatePath("/dashboard", "layout");
  redirect(`/dashboard/${result.slug}`);
}

/** Signed in with another address: sign out, then sign in again and come back to the same invitation. */
export async function signInWithAnotherAccountAction(form: FormData): Promise<void> {
  const token = invitationTokenSchema.safeParse(fieldsOf(form)?.token);
  const returnTo = token.success ? `/invitations/${token.data}` : "/dashboard";
  await signOut({ redirectTo: `/signin?${new URLSearchParams({ returnTo })}` });
}
