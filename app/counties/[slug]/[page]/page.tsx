import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OpportunityList } from "@/components/opportunity-list";
import { getCounty } from "@/lib/counties/queries";
import { pageOfSegment } from "@/lib/search/page-param";
import { searchOpportunities } from "@/lib/search/search";

/** `/counties/<slug>?page=n`, which proxy.ts rewrites to `/counties/<slug>/<n>`. */
type Props = { params: Promise<{ slug: string; page: string }> };

// Rendered on its first visit, then served from the public page cache (lib/public-cache) until
// something public changes; never at build time.
export function generateStaticParams(): { slug: string; page: string }[] {
  return [];
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const county = await getCounty((await props.params).slug);
  return { title: county ? `${county.name} County` : "Not found" };
}

export default async function CountyPage(props: Props) {
  const county = await getCounty((await props.params).slug);
  if (!county) notFound();
  const page = pageOfSegment((await props.params).page);
  if (page === null) notFound();
  const result = await searchOpportunities({ county: [county.slug], page }, { facets: false });

  return (
    <>
      <h1 className="text-3xl font-bold">{county.name} County</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        Volunteer opportunities that serve {county.name} County, including statewide roles.{" "}
        <Link href={`/opportunities?county=${county.slug}`}>Search and filter them</Link>.
      </p>
      <OpportunityList
        result={result}
        heading={`Open in ${county.name} County`}
        emptyText={`Nothing is open in ${county.name} County right now. Some roles can be done remotely from anywhere in Maine: choose “Remote only” on the search page.`}
        hrefFor={(n) => `/counties/${county.slug}${n > 1 ? `?page=${n}` : ""}`}
      />
    </>
  );
}
