import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminStatusTag } from "@/components/admin-status-tag";
import { ChangeRoleStepForm, DisableUserStepForm, EnableUserStepForm } from "@/components/admin-step-form";
import { requireAdmin } from "@/lib/auth/require";
import { formatDate, formatDateTime } from "@/lib/format";
import { idSchema } from "@/lib/forms/schema-parts";
import { organizationStatusLabels } from "@/lib/organizations/status";
import { getUserForAdmin } from "@/lib/users/admin";
import { USER_ADMIN_REFUSALS, USER_ROLES } from "@/lib/users/schemas";
import { userRoleLabels } from "@/lib/vocabulary";
import { userStepAction } from "../actions";
import { Notice } from "@/components/notice";
import { noticeFor } from "@/lib/notices/notices";

export const metadata: Metadata = { title: "User account" };

type Props = { params: Promise<{ user: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const DONE = {
  role: "The role was changed. It applies from their next page.",
  disabled: "The account is disabled. Its sessions have ended and it cannot sign in.",
  enabled: "The account is enabled again. Its owner signs in afresh to use it.",
} as const;

/** One account: who it is, its organizations, its history, and the admins' three changes, each with a reason. */
export default async function AdminUserPage(props: Props) {
  const { user: param } = await props.params;
  const admin = await requireAdmin(`/admin/users/${encodeURIComponent(param)}`);
  const id = idSchema.safeParse(param);
  const user = id.success ? await getUserForAdmin(admin, id.data) : null;
  if (!user) notFound();
  const params = await props.searchParams;

  const done = noticeFor(DONE, params.done);
  const isSelf = user.id === admin.userId;
  const ids = { userId: String(user.id) };

  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-3xl font-bold">
          {user.name}
          {isSelf && " (you)"}
        </h1>
        <p className="mt-1">
          <Link href="/admin/users">All users</Link>
        </p>
        <Notice>{done}</Notice>
        <dl className="mt-4 grid gap-x-6 gap-y-1 sm:grid-cols-[12rem_1fr]">
          <dt className="font-semibold">E-mail</dt>
          <dd className="break-all">{user.email}</dd>
          <dt className="font-semibold">Role</dt>
          <dd>{userRoleLabels[user.role]}</dd>
          <dt className="font-semibold">Account</dt>
          <dd>
            {user.disabledAt ? (
              <>
                <AdminStatusTag tone="danger">Disabled</AdminStatusTag> since {formatDateTime(user.disabledAt)}
              </>
            ) : (
              <AdminStatusTag tone="neutral">Active</AdminStatusTag>
            )}
          </dd>
          <dt className="font-semibold">E-mail confirmed</dt>
          <dd>{user.emailVerifiedAt ? formatDate(user.emailVerifiedAt) : "Not yet"}</dd>
          <dt className="font-semibold">Created</dt>
          <dd>{formatDate(user.createdAt)}</dd>
          <dt className="font-semibold">Organizations</dt>
          <dd>
            {user.organizations.length === 0 ? (
              "None"
            ) : (
              <ul>
                {user.organizations.map((organization) => (
                  <li key={organization.id}>
                    {organization.status === "approved" ? <Link href={`/organizations/${organization.slug}`}>{organization.name}</Link> : organization.name} ({organization.role},{" "}
                    {organizationStatusLabels[organization.status].toLowerCase()})
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
      </div>

      <section aria-labelledby="role-heading" id="role-form">
        <h2 id="role-heading" className="text-xl font-bold">
          Change role
        </h2>
        {isSelf && user.role === "admin" ? (
          <p className="notice mt-3 max-w-2xl">{USER_ADMIN_REFUSALS.ownRole}</p>
        ) : (
          <ChangeRoleStepForm
            action={userStepAction}
            ids={ids}
            select={{
              name: "role",
              id: "role",
              label: "New role",
              hint: "An admin vets organizations, manages users and reads the audit log.",
              options: USER_ROLES.map((role) => ({ value: role, label: userRoleLabels[role] })),
              defaultValue: user.role === "admin" ? "user" : "admin",
            }}
            text={reason("role-reason")}
            buttons={[{ step: "role", label: <>Change role<span className="sr-only"> of {user.name}</span></>, pendingLabel: "Changing…", className: "button" }]}
            className="mt-3 max-w-2xl space-y-4"
          />
        )}
      </section>

      {user.disabledAt ? (
        <section aria-labelledby="enable-heading" id="enable-form">
          <h2 id="enable-heading" className="text-xl font-bold">
            Enable account
          </h2>
          <EnableUserStepForm
            action={userStepAction}
            ids={ids}
            text={reason("enable-reason")}
            buttons={[{ step: "enable", label: <>Enable<span className="sr-only"> the account of {user.name}</span></>, pendingLabel: "Enabling…", className: "button" }]}
            className="mt-3 max-w-2xl space-y-4"
          />
        </section>
      ) : (
        <section aria-labelledby="disable-heading" id="disable-form">
          <h2 id="disable-heading" className="text-xl font-bold">
            Disable account
          </h2>
          {isSelf ? (
            <p className="notice mt-3 max-w-2xl">{USER_ADMIN_REFUSALS.ownAccount}</p>
          ) : (
            <>
              <p className="mt-3 max-w-2xl">They are signed out on their next page and cannot sign in until an admin enables the account again.</p>
              <DisableUserStepForm
                action={userStepAction}
                ids={ids}
                text={reason("disable-reason")}
                buttons={[{ step: "disable", label: <>Disable<span className="sr-only"> the account of {user.name}</span></>, pendingLabel: "Disabling…", className: "button-danger" }]}
                className="mt-3 max-w-2xl space-y-4"
              />
            </>
          )}
        </section>
      )}

      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="text-xl font-bold">
          History
        </h2>
        {user.history.length === 0 ? (
          <p className="mt-3">No admin has changed this account.</p>
        ) : (
          <ol className="mt-3 space-y-3">
            {user.history.map((entry) => (
              <li key={entry.id} className="border-l-4 border-slate-300 pl-3">
                <p className="text-sm text-slate-700">
                  <time dateTime={entry.createdAt.toISOString()}>{formatDateTime(entry.createdAt)}</time> · {entry.actorName ? `${entry.actorName} <${entry.actorEmail}>` : "system"}
                </p>
                <p className="font-semibold">{entry.action}</p>
                {entry.reason && <p className="whitespace-pre-line">{entry.reason}</p>}
              </li>
            ))}
          </ol>
        )}
        <p className="mt-3">
          <Link href="/admin/audit">The whole audit log</Link>
        </p>
      </section>
    </div>
  );
}

/** Each form's reason: the audit log keeps it for the next admin who asks. */
function reason(id: string) {
  return { name: "reason" as const, id, label: "Reason", hint: "At least 10 characters. Other admins read it in the audit log." };
}
