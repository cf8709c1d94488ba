import type { Metadata } from "next";
import Link from "next/link";
import { ActionButtonForm } from "@/components/action-button-form";
import { getInvitationPreview } from "@/lib/organizations/team-queries";
import { acceptInvitationAction, signInWithAnotherAccountAction } from "./actions";

export const metadata: Metadata = { title: "Your invitation", robots: { index: false } };

type Props = { params: Promise<{ token: string }> };

/**
 * Where an invitation's link lands. Opening it changes nothing: accepting is
 * a button, since mail scanners open links. A link that cannot be used says
 * one plain thing, whatever the reason.
 */
export default async function InvitationPage(props: Props) {
  const { token } = await props.params;
  const preview = await getInvitationPreview(token);

  if (!preview.usable) {
    return (
      <div className="max-w-2xl">
        <h1 className="text-3xl font-bold">This invitation cannot be used</h1>
        <p className="mt-4">The link has expired, was already used or was withdrawn. Ask the person who invited you to send a new one.</p>
      </div>
    );
  }

  const here = `/invitations/${token}`;
  const returnTo = new URLSearchParams({ returnTo: here });
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">Join {preview.organizationName}</h1>
      <p className="mt-4">
        {preview.invitedBy ? `${preview.invitedBy} has invited you` : "You have been invited"} to join {preview.organizationName} as a coordinator on this site.
        Coordinators write the organization&rsquo;s volunteer opportunities and answer the people who respond to them.
      </p>

      {preview.viewer.kind === "signed-out" && (
        <>
          <p className="mt-4">To accept, sign in with the e-mail address the invitation was sent to. If you do not have an account yet, create one with that address.</p>
          <div className="mt-6 flex flex-wrap gap-4">
            <Link href={`/signin?${returnTo}`} className="button">
              Sign in
            </Link>
            <Link href={`/signup?${returnTo}`} className="button-secondary">
              Create an account
            </Link>
          </div>
        </>
      )}

      {preview.viewer.kind === "other-address" && (
        <div role="alert" className="notice mt-6">
          <p>You are signed in with a different e-mail address from the one this invitation was sent to. Sign in with the invited address to accept it.</p>
          <form action={signInWithAnotherAccountAction} className="mt-4">
            <input type="hidden" name="token" value={token} />
            <button type="submit" className="button-secondary">
              Sign out and sign in with another account
            </button>
          </form>
        </div>
      )}

      {preview.viewer.kind === "invited" && (
        <>
          <p className="mt-4">The invitation was sent to {preview.viewer.email}, the address you are signed in with.</p>
          <div className="mt-6">
            <ActionButtonForm action={acceptInvitationAction} fields={{ token }} pendingLabel="Accepting…">
              Accept invitation
            </ActionButtonForm>
          </div>
        </>
      )}
    </div>
  );
}
