import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmStep } from "@/components/confirm-step";
import { requireOrganizationAccess } from "@/lib/auth/require";
import { listMembers } from "@/lib/organizations/team-queries";
import { leaveOrganizationAction } from "../actions";

export const metadata: Metadata = { title: "Leave this organization" };

type Props = { params: Promise<{ organization: string }> };

/** Asks before leaving, with a real form, so it works without JavaScript. */
export default async function LeaveOrganizationPage(props: Props) {
  const { organization: slug } = await props.params;
  const access = await requireOrganizationAccess(slug, "view", `/dashboard/${slug}/team/leave`);
  const team = `/dashboard/${access.organization.slug}/team`;
  // Said before the button rather than after it; the mutation checks again.
  const lastOwner = access.role === "owner" && (await listMembers(access)).filter((m) => m.role === "owner").length <= 1;

  if (lastOwner) {
    return (
      <div className="max-w-xl">
        <h1 className="text-3xl font-bold">You cannot leave this organization</h1>
        <p className="mt-4">You are the only owner of {access.organization.name}, so you cannot leave it. Make another member an owner on the Team page first.</p>
        <p className="mt-6">
          <Link href={team}>Back to the team</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold">Leave {access.organization.name}?</h1>
      <p className="mt-4">You will no longer have access to its dashboard. Its postings and responses stay as they are. An owner can invite you again later.</p>
      <ConfirmStep action={leaveOrganizationAction} fields={{ organizationId: access.organizationId }} className="button-danger" pendingLabel="Leaving…" cancel={team}>
        Leave
      </ConfirmStep>
    </div>
  );
}
