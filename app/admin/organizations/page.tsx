import type { Metadata } from "next";
import Link from "next/link";
import { ListTable } from "@/components/list-table";
import { ApproveStepForm, DecisionStepForm } from "@/components/admin-step-form";
import { Pagination } from "@/components/pagination";
import { requireAdmin } from "@/lib/auth/require";
import { formatDate } from "@/lib/format";
import { organizationKindLabels } from "@/lib/vocabulary";
import { ChangeDecision, WaitingChanges } from "@/components/waiting-changes";
import { listOrganizationsForAdmin, listPendingOrganizations } from "@/lib/organizations/moderation-queries";
import { listOrganizationsWithChanges } from "@/lib/organizations/pending-changes";
import { organizationStatusLabels } from "@/lib/organizations/status";
import { listQueryString, parseListPage } from "@/lib/lists/lists";
import { moderateAction } from "./actions";
import { DONE } from "./messages";
import { Notice } from "@/components/notice";
import { noticeFor } from "@/lib/notices/notices";

export const metadata: Metadata = { title: "Organizations" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATUSES = ["pending", "approved", "suspended", "rejected"] as const;
type Status = (typeof STATUSES)[number];

export default async function AdminOrganizationsPage(props: Props) {
  const admin = await requireAdmin("/admin/organizations");
  const params = await props.searchParams;
  const status: Status = STATUSES.find((value) => value === params.status) ?? "pending";
  return (
    <div>
      <h1 className="text-3xl font-bold">{status === "pending" ? "Organizations waiting for approval" : `${organizationStatusLabels[status]} organizations`}</h1>
      <nav aria-label="Organizations by status" className="mt-4">
        <ul className="flex flex-wrap gap-4">
          {STATUSES.map((value) => (
            <li key={value}>
              <Link href={`/admin/organizations?status=${value}`} aria-current={value === status ? "page" : undefined} className="aria-[current=page]:font-bold aria-[current=page]:no-underline">
                {organizationStatusLabels[value]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {status === "pending" ? <PendingQueue admin={admin} params={params} /> : <OrganizationTable admin={admin} status={status} params={params} />}
    </div>
  );
}

async function OrganizationTable({ admin, status, params }: { admin: Awaited<ReturnType<typeof requireAdmin>>; status: Exclude<Status, "pending">; params: Record<string, string | string[] | undefined> }) {
  const q = typeof params.q === "string" ? params.q.trim().slice(0, 100) : "";
  const page = parseListPage(params.page);
  const { rows, total, pageCount } = await listOrganizationsForAdmin(admin, { status, q: q || undefined, page });
  return (
    <>
      <form method="get" action="/admin/organizations" className="mt-6 flex flex-wrap items-end gap-3" role="search" aria-label="Search organizations">
        <input type="hidden" name="status" value={status} />
        <div>
          <label htmlFor="q" className="block text-sm font-semibold">
            Name
          </label>
          <input id="q" name="q" type="search" defaultValue={q} className="mt-1 rounded border border-slate-500 px-3 py-2" />
        </div>
        <button type="submit" className="button-secondary">
          Search
        </button>
      </form>
      <p className="mt-6 font-semibold">
        {total} {total === 1 ? "organization" : "organizations"}
      </p>
      {rows.length > 0 && (
        <ListTable
          className="mt-2"
          caption={`${organizationStatusLabels[status]} organizations`}
          rows={rows}
          rowKey={(row) => row.id}
          rowHeader={{
            heading: "Organization",
            cell: (row) => (
              <Link href={`/admin/organizations/${row.id}`} className="font-semibold">
                {row.name}
              </Link>
            ),
          }}
          columns={[
            { heading: "Kind", cell: (row) => organizationKindLabels[row.kind] },
            { heading: "Town", cell: (row) => row.town },
            {
              heading: "Verified",
              cell: (row) => (
                <>
                  {row.verifiedAt ? formatDate(row.verifiedAt) : "Never"}
                  {row.dueForReview && <strong className="ml-2 text-amber-900">Due for review</strong>}
                </>
              ),
            },
          ]}
        />
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={(n) => `/admin/organizations${listQueryString({ status, q, page: n })}`} />
    </>
  );
}

async function PendingQueue({ admin, params }: { admin: Awaited<ReturnType<typeof requireAdmin>>; params: Record<string, string | string[] | undefined> }) {
  const [pending, changed] = await Promise.all([listPendingOrganizations(admin), listOrganizationsWithChanges(admin)]);
  const done = noticeFor(DONE, params.done);

  return (
    <div>
      <Notice>{done}</Notice>
      <h2 className="mt-6 text-2xl font-semibold">Changes to approved organizations</h2>
      {changed.length === 0 ? (
        <p className="notice mt-3">No changes are waiting.</p>
      ) : (
        <ol className="mt-3 space-y-6">
          {changed.map((organization) => (
            <li key={organization.id} className="rounded border border-slate-300 p-4">
              <h3 className="text-lg font-semibold">
                <Link href={`/admin/organizations/${organization.id}`}>{organization.name}</Link>
              </h3>
              <p className="text-sm text-slate-700">Asked {organization.changesRequestedAt ? formatDate(organization.changesRequestedAt) : ""}. The public sees the values under “Now” until you decide.</p>
              <WaitingChanges lines={organization.changes} caption={`Changes asked for ${organization.name}`} />
              <ChangeDecision action={moderateAction} organizationId={organization.id} name={organization.name} />
            </li>
          ))}
        </ol>
      )}
      <h2 className="mt-8 text-2xl font-semibold">Applications</h2>
      {pending.length === 0 ? (
        <p className="notice mt-6">No applications are waiting.</p>
      ) : (
        <ol className="mt-6 space-y-8">
          {pending.map((organization) => (
            <li key={organization.id} id={`organization-${organization.id}`} className="rounded border border-slate-300 p-4">
              <h2 className="text-xl font-semibold">
                <Link href={`/admin/organizations/${organization.id}`}>{organization.name}</Link>
              </h2>
              <p className="text-sm text-slate-700">
                {organizationKindLabels[organization.kind]} · applied {formatDate(organization.createdAt)}
              </p>
              <p className="mt-3 whitespace-pre-line">{organization.description}</p>
              <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
                <dt className="font-semibold">Town</dt>
                <dd>
                  {organization.town}
                  {organization.confidentialLocation ? " (location confidential)" : ""}
                </dd>
                <dt className="font-semibold">Counties</dt>
                <dd>{organization.counties.join(", ") || "None given"}</dd>
                <dt className="font-semibold">Website</dt>
                <dd>{organization.website ? <a href={organization.website} rel="noopener noreferrer nofollow" target="_blank">{organization.website}</a> : "None given"}</dd>
                <dt className="font-semibold">Phone</dt>
                <dd>{organization.phone ?? "None given"}</dd>
                <dt className="font-semibold">Public e-mail</dt>
                <dd>{organization.publicEmail ?? "None given"}</dd>
                <dt className="font-semibold">EIN</dt>
                <dd>{organization.ein ?? "None given"}</dd>
                <dt className="font-semibold">Applied by</dt>
                <dd>
                  {organization.members.length > 0
                    ? organization.members.map((member) => `${member.name} <${member.email}>`).join(", ")
                    : "Nobody: no account belongs to it, so nobody can sign in to work for it"}
                </dd>
              </dl>
              <div className="mt-4 flex flex-wrap items-start gap-6">
                <ApproveStepForm
                  action={moderateAction}
                  ids={{ organizationId: String(organization.id) }}
                  buttons={[{ step: "approve", label: `Approve ${organization.name}`, pendingLabel: "Approving…", className: "button" }]}
                  className=""
                />
                <DecisionStepForm
                  action={moderateAction}
                  ids={{ organizationId: String(organization.id) }}
                  text={{ name: "reason", id: `reason-${organization.id}`, label: "Reason for rejecting (the applicant reads it)" }}
                  buttons={[{ step: "reject", label: `Reject ${organization.name}`, pendingLabel: "Rejecting…", className: "button-danger" }]}
                />
              </div>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
