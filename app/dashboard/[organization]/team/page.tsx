import type { Metadata } from "next";
import Link from "next/link";
import { InviteForm } from "@/components/invite-form";
import { ActionButtonForm } from "@/components/action-button-form";
import { ListTable } from "@/components/list-table";
import { requireOrganizationAccess } from "@/lib/auth/require";
import { formatDate } from "@/lib/format";
import { invitationRefusal, isOnlyOwner } from "@/lib/organizations/team";
import { listMembers, listOpenInvitations } from "@/lib/organizations/team-queries";
import { inviteAction, revokeInvitationAction } from "./actions";
import { Notice } from "@/components/notice";
import { noticeFor } from "@/lib/notices/notices";

export const metadata: Metadata = { title: "Team" };

type Props = { params: Promise<{ organization: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const DONE = {
  revoked: "The invitation was withdrawn. Its link no longer works.",
  removed: "They were removed from the team.",
  owner: "They are now an owner of the organization. We sent them an e-mail to say so.",
} as const;

const ROLE_LABELS = { owner: "Owner", coordinator: "Coordinator" } as const;

/** Every member sees the team; the owner also invites, withdraws invitations, removes coordinators and makes them owners. */
export default async function TeamPage(props: Props) {
  const { organization: slug } = await props.params;
  const access = await requireOrganizationAccess(slug, "view", `/dashboard/${slug}/team`);
  const params = await props.searchParams;
  const managing = access.forCapability("team");
  const canManage = managing !== null;
  // Until the organization is approved, the form is not offered: the page says why instead.
  const cannotInvite = invitationRefusal(access);
  const [members, invitations] = await Promise.all([listMembers(access), managing ? listOpenInvitations(managing) : []]);
  const base = `/dashboard/${access.organization.slug}/team`;

  const invited = typeof params.invited === "string" ? invitations.find((invitation) => String(invitation.id) === params.invited) : undefined;
  const done = invited ? `Invitation sent to ${invited.email}.` : noticeFor(DONE, params.done);
  const lastOwner = isOnlyOwner(access, members);

  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-3xl font-bold">Team</h1>
        <Notice>{done}</Notice>
      </div>

      <section aria-labelledby="members-heading">
        <h2 id="members-heading" className="text-xl font-bold">
          Members
        </h2>
        <ListTable
          className="mt-3"
          caption={`Members of ${access.organization.name}`}
          rows={members}
          rowKey={(member) => member.userId}
          rowHeader={{
            heading: "Name",
            className: "font-semibold",
            cell: (member) => (
              <>
                {member.name}
                {member.userId === access.userId && " (you)"}
              </>
            ),
          }}
          columns={[
            { heading: "E-mail", cell: (member) => member.email, className: "break-all" },
            {
              heading: "Role",
              cell: (member) => (
                <>
                  {ROLE_LABELS[member.role]}
                  {member.disabled && " (account disabled)"}
                </>
              ),
            },
            { heading: "Member since", cell: (member) => formatDate(member.since) },
            ...(canManage
              ? [
                  {
                    heading: "Actions",
                    headingHidden: true,
                    cell: (member: (typeof members)[number]) =>
                      member.role === "coordinator" &&
                      member.userId !== access.userId && (
                        <span className="flex flex-wrap gap-x-4 gap-y-1">
                          {!member.disabled && (
                            <Link href={`${base}/owner/${member.userId}`}>
                              Make owner<span className="sr-only">: {member.name}</span>
                            </Link>
                          )}
                          <Link href={`${base}/remove/${member.userId}`}>
                            Remove<span className="sr-only"> {member.name}</span>
                          </Link>
                        </span>
                      ),
                  },
                ]
              : []),
          ]}
        />
      </section>

      {canManage && (
        <>
          <section aria-labelledby="invite-heading" className="max-w-xl">
            <h2 id="invite-heading" className="text-xl font-bold">
              Invite a coordinator
            </h2>
            <p className="mt-2 text-slate-700">Coordinators write and publish postings and answer the people who respond. Only an owner can change the team.</p>
            {cannotInvite ? (
              <p role="note" className="notice mt-4">
                {cannotInvite}
              </p>
            ) : (
              <div className="mt-4">
                {/* A new key after each invitation empties the field. */}
                <InviteForm key={invited?.id ?? "invite"} action={inviteAction} organizationId={access.organizationId} />
              </div>
            )}
          </section>

          <section aria-labelledby="invitations-heading">
            <h2 id="invitations-heading" className="text-xl font-bold">
              Open invitations
            </h2>
            {invitations.length === 0 ? (
              <p className="mt-2">There are no open invitations.</p>
            ) : (
              <ListTable
                className="mt-3"
                caption="Invitations that have not been accepted yet"
                rows={invitations}
                rowKey={(invitation) => invitation.id}
                rowHeader={{ heading: "E-mail", cell: (invitation) => invitation.email, className: "break-all" }}
                columns={[
                  { heading: "Invited by", cell: (invitation) => invitation.invitedBy ?? "A former member" },
                  { heading: "Link works until", cell: (invitation) => formatDate(invitation.expiresAt) },
                  {
                    heading: "Actions",
                    headingHidden: true,
                    cell: (invitation) => (
                      <ActionButtonForm
                        action={revokeInvitationAction}
                        fields={{ organizationId: access.organizationId, invitationId: invitation.id }}
                        className="button-secondary"
                        pendingLabel="Withdrawing…"
                      >
                        Revoke<span className="sr-only"> the invitation to {invitation.email}</span>
                      </ActionButtonForm>
                    ),
                  },
                ]}
              />
            )}
          </section>
        </>
      )}

      <section aria-labelledby="leave-heading" className="max-w-xl">
        <h2 id="leave-heading" className="text-xl font-bold">
          Leave this organization
        </h2>
        {lastOwner ? (
          <p className="mt-2">
            You are the only owner of this organization, so you cannot leave it.
            {canManage && <> Make another member an owner first: choose &ldquo;Make owner&rdquo; beside a coordinator in the list of members. If there is none yet, invite one.</>}
          </p>
        ) : (
          <>
            <p className="mt-2">You will no longer have access to its dashboard. An owner can invite you again later.</p>
            <p className="mt-3">
              <Link href={`${base}/leave`} className="button-secondary">
                Leave this organization
              </Link>
            </p>
          </>
        )}
      </section>
    </div>
  );
}
