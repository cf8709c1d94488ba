import type { Metadata } from "next";
import Link from "next/link";
import { OpportunityCard } from "@/components/opportunity-card";
import { Pagination } from "@/components/pagination";
import { SearchFilters } from "@/components/search-filters";
import { formatCount, plural } from "@/lib/format";
import { listCounties } from "@/lib/counties/queries";
import { causeLabels, opportunityTypeLabels, skillLevelLabels } from "@/lib/opportunities/vocabulary";
import { parseSearchParamsLenient, toQueryString, type RawParams, type SearchParams } from "@/lib/search/params";
import { searchOpportunities } from "@/lib/search/search";

export const metadata: Metadata = { title: "Find volunteer opportunities" };

export default async function OpportunitiesPage(props: { searchParams: Promise<RawParams> }) {
  const counties = await listCounties();
  const { params, ignored } = parseSearchParamsLenient(await props.searchParams, counties.map((c) => c.slug));
  const result = await searchOpportunities(params);
  const countyName = new Map(counties.map((c) => [c.slug, c.name]));

  return (
    <div className="grid gap-8 lg:grid-cols-[18rem_1fr]">
      <div className="lg:col-span-2">
        <h1 className="text-3xl font-bold">Find volunteer opportunities</h1>
        {/* On a phone the filters come first; this skips past them. */}
        <p className="mt-2 lg:hidden">
          <a href="#results-heading">
            Skip to the {formatCount(result.total)} {plural(result.total.count, "result", "results")}
          </a>
        </p>
      </div>
      <aside aria-label="Filters">
        <SearchFilters params={params} facets={result.facets} />
      </aside>
      <section aria-labelledby="results-heading">
        <h2 id="results-heading" className="text-xl font-semibold" data-testid="result-count">
          {formatCount(result.total)} {plural(result.total.count, "opportunity", "opportunities")}
          {params.q ? ` for “${params.q}”` : ""}
        </h2>
        <ActiveFilters params={params} countyName={countyName} />
        <p className="mt-2 text-sm">
          <a href={`/feed.xml${toQueryString({ ...params, sort: undefined, page: 1 })}`}>Follow this search (RSS)</a>
        </p>
        {ignored.length > 0 && (
          <p className="mt-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm" role="status">
            Part of this address was not understood and was left out: {ignored.join(", ")}.
          </p>
        )}
        {result.items.length === 0 ? (
          <EmptyResults params={params} pastTheEnd={result.total.count > 0} />
        ) : (
          <>
            <ol className="mt-6 space-y-4">
              {result.items.map((opportunity) => (
                <li key={opportunity.slug}>
                  <OpportunityCard opportunity={opportunity} />
                </li>
              ))}
            </ol>
            <Pagination
              page={result.page}
              pageCount={result.pageCount}
              hrefFor={(page) => `/opportunities${toQueryString({ ...params, page })}`}
            />
          </>
        )}
      </section>
    </div>
  );
}

/** Each active filter, with a link that removes just that one. */
function ActiveFilters({ params, countyName }: { params: SearchParams; countyName: Map<string, string> }) {
  const chips: { label: string; without: Partial<SearchParams> }[] = [
    ...(params.q ? [{ label: `Keywords: ${params.q}`, without: { ...params, q: undefined } }] : []),
    ...params.county.map((slug) => ({
      label: `${countyName.get(slug)} County`,
      without: { ...params, county: params.county.filter((c) => c !== slug) },
    })),
    ...(params.skill ? [{ label: skillLevelLabels[params.skill], without: { ...params, skill: undefined } }] : []),
    ...(params.type ? [{ label: opportunityTypeLabels[params.type], without: { ...params, type: undefined } }] : []),
    ...(params.cause ? [{ label: causeLabels[params.cause], without: { ...params, cause: undefined } }] : []),
    ...(params.remote ? [{ label: "Remote only", without: { ...params, remote: false } }] : []),
  ];
  if (chips.length === 0) return null;
  return (
    <ul className="mt-3 flex flex-wrap gap-2" aria-label="Active filters">
      {chips.map((chip) => (
        <li key={chip.label}>
          <Link
            href={`/opportunities${toQueryString({ ...chip.without, page: 1 })}`}
            className="inline-block rounded-full border border-slate-300 px-3 py-1 text-sm no-underline"
          >
            {chip.label} <span aria-hidden="true">×</span>
            <span className="sr-only">(remove this filter)</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

function EmptyResults({ params, pastTheEnd }: { params: SearchParams; pastTheEnd: boolean }) {
  if (pastTheEnd) {
    return (
      <p className="mt-6">
        There are no results on this page. <Link href={`/opportunities${toQueryString({ ...params, page: 1 })}`}>Go to the first page</Link>.
      </p>
    );
  }
  const widen: { label: string; href: string }[] = [];
  if (params.county.length > 0) widen.push({ label: "Search every county", href: `/opportunities${toQueryString({ ...params, county: [], page: 1 })}` });
  if (params.skill) widen.push({ label: "Any skill level", href: `/opportunities${toQueryString({ ...params, skill: undefined, page: 1 })}` });
  if (params.q) widen.push({ label: "Drop the keywords", href: `/opportunities${toQueryString({ ...params, q: undefined, page: 1 })}` });
  return (
    <div className="mt-6 rounded-lg border border-slate-200 bg-slate-50 p-6" data-testid="empty-results">
      <p className="font-semibold">No opportunities match this search.</p>
      <p className="mt-2">Try fewer filters or other words. Many roles are remote or statewide.</p>
      <ul className="mt-3 list-inside list-disc space-y-1">
        {widen.map((option) => (
          <li key={option.label}>
            <Link href={option.href}>{option.label}</Link>
          </li>
        ))}
        <li>
          <Link href="/opportunities">See all opportunities</Link>
        </li>
      </ul>
    </div>
  );
}
