import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/require";
import { organizationStatusLabels } from "@/lib/organizations/status";

export const metadata: Metadata = { title: "Dashboard" };

/** A host's place: their organization, or the choice between several; someone with none is pointed to their account first. */
export default async function DashboardPage() {
  const viewer = await requireViewer("/dashboard");
  if (viewer.memberships.length === 1) redirect(`/dashboard/${viewer.memberships[0]!.organization.slug}`);
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">Dashboard</h1>
      {viewer.memberships.length === 0 ? (
        <div className="mt-6 space-y-3">
          <p>The dashboard is where host organizations work; you are not part of one.</p>
          <p>
            <Link href="/me" className="button">
              Go to your account
            </Link>{" "}
            for your responses, e-mail alerts and databank profile.
          </p>
          <h2 className="pt-4 text-xl font-semibold">Hosting volunteers?</h2>
          <p>
            <Link href="/host">Apply to host volunteers</Link> for your organization. If a colleague has invited you, open the
            link in their invitation e-mail.
          </p>
        </div>
      ) : (
        <>
          <p className="mt-2">Choose an organization.</p>
          <ul className="mt-4 divide-y divide-slate-200 rounded border border-slate-200">
            {viewer.memberships.map((membership) => (
              <li key={membership.organizationId} className="flex flex-wrap items-center justify-between gap-2 p-4">
                <Link href={`/dashboard/${membership.organization.slug}`} className="font-semibold">
                  {membership.organization.name}
                </Link>
                <span className="text-sm text-slate-700">{organizationStatusLabels[membership.organization.status]}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
