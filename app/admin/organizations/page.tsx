import type { Metadata } from "next";
import { requireAdmin } from "@/lib/auth/require";
import { formatDate } from "@/lib/format";
import { organizationKindLabels } from "@/lib/opportunities/vocabulary";
import { listPendingOrganizations } from "@/lib/organizations/moderation-queries";
import { decideAction } from "./actions";

export const metadata: Metadata = { title: "Organizations waiting for approval" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const DONE: Record<string, string> = { approve: "Approved. Its members have been told by e-mail.", reject: "Rejected. Its members have been told the reason by e-mail." };

export default async function AdminOrganizationsPage(props: Props) {
  const admin = await requireAdmin("/admin/organizations");
  const [pending, params] = await Promise.all([listPendingOrganizations(admin), props.searchParams]);
  const done = typeof params.done === "string" ? DONE[params.done] : undefined;
  const errorFor = typeof params.organization === "string" ? Number(params.organization) : null;
  const errorMessage = params.error === "reason" ? "Give a reason of at least 10 characters: the organization reads it." : "That did not work: the organization may have been decided already.";

  return (
    <div>
      <h1 className="text-3xl font-bold">Organizations waiting for approval</h1>
      {done && (
        <p role="status" className="notice-success mt-4">
          {done}
        </p>
      )}
      {pending.length === 0 ? (
        <p className="notice mt-6">No applications are waiting.</p>
      ) : (
        <ol className="mt-6 space-y-8">
          {pending.map((organization) => (
            <li key={organization.id} id={`organization-${organization.id}`} className="rounded border border-slate-300 p-4">
              <h2 className="text-xl font-semibold">{organization.name}</h2>
              <p className="text-sm text-slate-700">
                {organizationKindLabels[organization.kind]} · applied {formatDate(organization.createdAt)}
              </p>
              {errorFor === organization.id && params.error && (
                <p role="alert" className="mt-3 rounded border-2 border-red-700 bg-red-50 p-3">
                  {errorMessage}
                </p>
              )}
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
                <dd>{organization.members.map((member) => `${member.name} <${member.email}>`).join(", ")}</dd>
              </dl>
              <div className="mt-4 flex flex-wrap items-start gap-6">
                <form action={decideAction}>
                  <input type="hidden" name="organizationId" value={organization.id} />
                  <button type="submit" name="decision" value="approve" className="button">
                    Approve {organization.name}
                  </button>
                </form>
                <form action={decideAction} className="min-w-64 flex-1 space-y-2">
                  <input type="hidden" name="organizationId" value={organization.id} />
                  <label htmlFor={`reason-${organization.id}`} className="block text-sm font-semibold">
                    Reason for rejecting (the applicant reads it)
                  </label>
                  <textarea id={`reason-${organization.id}`} name="reason" rows={3} className="block w-full rounded border border-slate-500 px-3 py-2" />
                  <button type="submit" name="decision" value="reject" className="button-danger">
                    Reject {organization.name}
                  </button>
                </form>
              </div>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
