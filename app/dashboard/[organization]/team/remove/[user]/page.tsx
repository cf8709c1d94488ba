import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConfirmStep } from "@/components/confirm-step";
import { requireOrganizationAccess } from "@/lib/auth/require";
import { idSchema } from "@/lib/forms/schema-parts";
import { listMembers } from "@/lib/organizations/team-queries";
import { removeMemberAction } from "../../actions";

export const metadata: Metadata = { title: "Remove a coordinator" };

type Props = { params: Promise<{ organization: string; user: string }> };

/** Asks before a removal, with a real form, so it works without JavaScript. */
export default async function RemoveMemberPage(props: Props) {
  const { organization: slug, user } = await props.params;
  const access = await requireOrganizationAccess(slug, "team", `/dashboard/${slug}/team/remove/${encodeURIComponent(user)}`);
  const userId = idSchema.safeParse(user);
  if (!userId.success) notFound();
  // Only someone the owner could remove: a coordinator of this organization.
  const member = (await listMembers(access)).find((m) => m.userId === userId.data && m.role === "coordinator" && m.userId !== access.userId);
  if (!member) notFound();
  const team = `/dashboard/${access.organization.slug}/team`;

  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold">Remove {member.name} from the team?</h1>
      <p className="mt-4">
        {member.name} ({member.email}) will no longer have access to the dashboard of {access.organization.name}. The organization&rsquo;s postings and responses stay as they are. You can invite them again later.
      </p>
      <ConfirmStep action={removeMemberAction} fields={{ organizationId: access.organizationId, userId: member.userId }} className="button-danger" pendingLabel="Removing…" cancel={team}>
        Remove
      </ConfirmStep>
    </div>
  );
}
