import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConfirmStep } from "@/components/confirm-step";
import { requireOrganizationAccess } from "@/lib/auth/require";
import { idSchema } from "@/lib/forms/schema-parts";
import { listMembers } from "@/lib/organizations/team-queries";
import { makeOwnerAction } from "../../actions";

export const metadata: Metadata = { title: "Make a coordinator an owner" };

type Props = { params: Promise<{ organization: string; user: string }> };

/** Asks before making someone an owner, with a real form, so it works without JavaScript. */
export default async function MakeOwnerPage(props: Props) {
  const { organization: slug, user } = await props.params;
  const access = await requireOrganizationAccess(slug, "team", `/dashboard/${slug}/team/owner/${encodeURIComponent(user)}`);
  const userId = idSchema.safeParse(user);
  if (!userId.success) notFound();
  // Only someone the owner could promote: an enabled coordinator of this organization.
  const member = (await listMembers(access)).find((m) => m.userId === userId.data && m.role === "coordinator" && !m.disabled && m.userId !== access.userId);
  if (!member) notFound();
  const team = `/dashboard/${access.organization.slug}/team`;

  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold">Make {member.name} an owner?</h1>
      <p className="mt-4">
        {member.name} ({member.email}) will be able to do everything an owner of {access.organization.name} can: invite and remove coordinators, and make other members owners.
      </p>
      <p className="mt-3">An owner cannot be removed by another owner, and cannot be made a coordinator again here. They can leave the organization themselves. We will send them an e-mail to say they are now an owner.</p>
      <ConfirmStep action={makeOwnerAction} fields={{ organizationId: access.organizationId, userId: member.userId }} className="button" pendingLabel="Saving…" cancel={team}>
        Make owner
      </ConfirmStep>
    </div>
  );
}
