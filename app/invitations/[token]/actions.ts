"use server";

import { fieldsOf } from "@/lib/actions/form-data";
import { formAction } from "@/lib/actions/form-action";
import { signOut } from "@/lib/auth/config";
import { acceptInvitation } from "@/lib/organizations/team";
import { invitationTokenSchema } from "@/lib/organizations/team-schemas";

/** The "Accept invitation" button: a POST, never the link itself, since mail scanners open links. */
// The new organization appears in the member's dashboard and switcher.
export const acceptInvitationAction = formAction(acceptInvitation, { success: (result) => ({ revalidate: { path: "/dashboard", type: "layout" }, redirect: `/dashboard/${result.slug}` }) });

/** Signed in with another address: sign out, then sign in again and come back to the same invitation. */
export async function signInWithAnotherAccountAction(form: FormData): Promise<void> {
  const token = invitationTokenSchema.safeParse(fieldsOf(form)?.token);
  const returnTo = token.success ? `/invitations/${token.data}` : "/dashboard";
  await signOut({ redirectTo: `/signin?${new URLSearchParams({ returnTo })}` });
}
