import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OpportunityList } from "@/components/opportunity-list";
import { getCounty } from "@/lib/counties/queries";
import { parsePageParam } from "@/lib/search/page-param";
import type { RawParams } from "@/lib/search/params";
import { searchOpportunities } from "@/lib/search/search";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<RawParams> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const county = await getCounty((await props.params).slug);
  return { title: county ? `${county.name} County` : "Not found" };
}

export default async function CountyPage(props: Props) {
  const county = await getCounty((await props.params).slug);
  if (!county) notFound();
  const page = parsePageParam((await props.searchParams).page);
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
