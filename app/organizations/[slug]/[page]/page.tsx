import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OpportunityList } from "@/components/opportunity-list";
import { OrganizationCard } from "@/components/organization-card";
import { getPublicOrganization } from "@/lib/organizations/queries";
import { pageOfSegment } from "@/lib/search/page-param";
import { searchOpportunities } from "@/lib/search/search";

/** `/organizations/<slug>?page=n`, which proxy.ts rewrites to `/organizations/<slug>/<n>`. */
type Props = { params: Promise<{ slug: string; page: string }> };

// Rendered on its first visit, then served from the public page cache (lib/public-cache) until
// something public changes; never at build time.
export function generateStaticParams(): { slug: string; page: string }[] {
  return [];
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const organization = await getPublicOrganization((await props.params).slug);
  return { title: organization?.name ?? "Not found" };
}

export default async function OrganizationPage(props: Props) {
  const organization = await getPublicOrganization((await props.params).slug);
  if (!organization) notFound();
  const page = pageOfSegment((await props.params).page);
  if (page === null) notFound();
  const result = await searchOpportunities({ organizationId: organization.id, page }, { facets: false });

  return (
    <>
      <h1 className="text-3xl font-bold">{organization.name}</h1>
      {organization.counties.length > 0 && (
        <p className="mt-2 text-slate-700">Serves {organization.counties.map((c) => `${c.name} County`).join(", ")}</p>
      )}
      <div className="mt-6 max-w-3xl">
        <OrganizationCard organization={organization} linkName={false} />
      </div>
      <OpportunityList
        result={result}
        heading="Open opportunities"
        emptyText={`${organization.name} has no open opportunities right now.`}
        hrefFor={(n) => `/organizations/${organization.slug}${n > 1 ? `?page=${n}` : ""}`}
      />
    </>
  );
}
