import Link from "next/link";
import { formatDate } from "@/lib/format";
import { organizationKindLabels, type OrganizationKind } from "@/lib/vocabulary";

export type OrganizationCardData = {
  slug: string;
  name: string;
  kind: OrganizationKind;
  description: string;
  website: string | null;
  phone: string | null;
  publicEmail: string | null;
  town: string | null;
  verifiedAt: Date | null;
};

/** An organization's public card: what it is and how to reach it. Never a street address. */
export function OrganizationCard({ organization, linkName = true }: { organization: OrganizationCardData; linkName?: boolean }) {
  return (
    <section aria-labelledby="organization-heading" className="rounded-lg border border-slate-200 bg-slate-50 p-4">
      <h2 id="organization-heading" className="text-lg font-semibold">
        {linkName ? <Link href={`/organizations/${organization.slug}`}>{organization.name}</Link> : organization.name}
      </h2>
      <p className="text-sm text-slate-700">
        {organizationKindLabels[organization.kind]}
        {organization.town ? ` · ${organization.town}` : " · Location kept confidential"}
      </p>
      {organization.verifiedAt && (
        <p className="mt-2 text-sm font-medium text-brand-800">Verified on {formatDate(organization.verifiedAt)}</p>
      )}
      <p className="mt-3 text-sm whitespace-pre-line">{organization.description}</p>
      <dl className="mt-3 space-y-1 text-sm">
        {organization.website && (
          <div>
            <dt className="inline font-medium">Website: </dt>
            <dd className="inline">
              <a href={organization.website} rel="noreferrer">
                {organization.website.replace(/^https?:\/\//, "")}
              </a>
            </dd>
          </div>
        )}
        {organization.publicEmail && (
          <div>
            <dt className="inline font-medium">E-mail: </dt>
            <dd className="inline">
              <a href={`mailto:${organization.publicEmail}`}>{organization.publicEmail}</a>
            </dd>
          </div>
        )}
        {organization.phone && (
          <div>
            <dt className="inline font-medium">Phone: </dt>
            <dd className="inline">{organization.phone}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
