import type { ReactNode } from "react";
import { OrganizationSwitcher } from "@/components/organization-switcher";
import { allows } from "@/lib/auth/permissions";
import { requireOrganizationAccess } from "@/lib/auth/require";
import { getViewer } from "@/lib/auth/viewer";
import { organizationStatusLabels } from "@/lib/organizations/status";
import { SectionNav } from "@/components/section-nav";

type Props = { children: ReactNode; params: Promise<{ organization: string }> };

/**
 * The frame of one organization's dashboard: its name, its status, and the
 * sections the member's role and the organization's status allow. Each page
 * checks its own access again; this frame only draws.
 */
export default async function OrganizationDashboardLayout(props: Props) {
  const { organization: slug } = await props.params;
  const access = await requireOrganizationAccess(slug, "view", `/dashboard/${slug}`);
  const viewer = (await getViewer())!;
  const base = `/dashboard/${access.organization.slug}`;
  const sections = [
    { href: base, label: "Postings", pages: [`${base}/postings`], show: true },
    { href: `${base}/responses`, label: "Responses", show: allows(access, "responses") },
    { href: `${base}/volunteers`, label: "Find volunteers", show: allows(access, "findVolunteers") },
    { href: `${base}/team`, label: "Team", show: true },
    { href: `${base}/profile`, label: "Profile", show: allows(access, "profile") },
    { href: `${base}/embed`, label: "On your website", show: true },
  ].filter((section) => section.show);

  return (
    <div>
      <div className="flex flex-wrap items-start justify-between gap-4 border-b border-slate-200 pb-4">
        <div>
          <p className="text-sm text-slate-700">Dashboard</p>
          <p className="text-2xl font-bold">{access.organization.name}</p>
          <p className="text-sm">
            Status: <strong>{organizationStatusLabels[access.organization.status]}</strong> · You are {access.role === "owner" ? "the owner" : "a coordinator"}
          </p>
        </div>
        {viewer.memberships.length > 1 && <OrganizationSwitcher current={access.organization.slug} organizations={viewer.memberships.map((m) => ({ slug: m.organization.slug, name: m.organization.name }))} />}
      </div>
      <StatusBanner status={access.organization.status} reason={access.organization.statusReason} />
      <SectionNav label="Dashboard" sections={sections} />
      <div className="mt-6">{props.children}</div>
    </div>
  );
}

function StatusBanner({ status, reason }: { status: keyof typeof organizationStatusLabels; reason: string | null }) {
  if (status === "approved") return null;
  const text = {
    pending:
      "Your application is waiting for a person on our team to check it. You can prepare postings as drafts and invite your colleagues; nothing is public until the organization is approved.",
    rejected: "Your application was not approved, so nothing of this organization can be published.",
    suspended: "This organization is suspended: its postings are hidden from the public and it cannot publish or see responses.",
  }[status];
  return (
    <div role="status" className="mt-4 rounded border-2 border-amber-600 bg-amber-50 p-4">
      <p>{text}</p>
      {reason && (
        <p className="mt-2">
          <strong>Reason given:</strong> {reason}
        </p>
      )}
    </div>
  );
}
