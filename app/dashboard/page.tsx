import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/require";
import { organizationStatusLabels } from "@/lib/organizations/status";

export const metadata: Metadata = { title: "Dashboard" };

/** Where a signed-in user lands: their organization, or the choice between several, or the way to apply. */
export default async function DashboardPage() {
  const viewer = await requireViewer("/dashboard");
  if (viewer.memberships.length === 1) redirect(`/dashboard/${viewer.memberships[0]!.organization.slug}`);
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">Dashboard</h1>
      {viewer.memberships.length === 0 ? (
        <div className="mt-6 space-y-3">
          <p>You are not part of a host organization yet.</p>
          <p>
            <Link href="/host" className="button">
              Apply to host volunteers
            </Link>
          </p>
          <p className="text-slate-700">If a colleague has invited you, open the link in their invitation e-mail.</p>
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
