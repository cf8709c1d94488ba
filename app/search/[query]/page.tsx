import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OpportunityCard } from "@/components/opportunity-card";
import { Pagination } from "@/components/pagination";
import { SearchAlert } from "@/components/search-alert";
import { SearchFilters } from "@/components/search-filters";
import { ActiveFilters, EmptyResults, LocalFirstNote } from "@/components/search-results";
import { formatCount, plural } from "@/lib/format";
import { listCounties } from "@/lib/counties/queries";
import { queryOfSearchPageKey } from "@/lib/search/page-key";
import { MAX_QUERY_LENGTH, parseSearchParamsLenient, rawParamsOf, SEARCH_PARAM_NAMES, toQueryString } from "@/lib/search/params";
import { searchOpportunities } from "@/lib/search/search";
import { saveAlertAction } from "@/app/opportunities/alert-actions";

/** The search's feed, announced to browsers and feed readers (`<link rel="alternate" type="application/rss+xml">`). */
export async function generateMetadata(props: { params: Promise<{ query: string }> }): Promise<Metadata> {
  const query = queryOfSearchPageKey((await props.params).query);
  if (!query) return { title: "Find volunteer opportunities" };
  const { params } = parseSearchParamsLenient(rawParamsOf(query), (await listCounties()).map((c) => c.slug));
  return {
    title: "Find volunteer opportunities",
    alternates: { types: { "application/rss+xml": [{ url: `/feed.xml${toQueryString({ ...params, sort: undefined, page: 1 })}`, title: "New opportunities of this search" }] } },
  };
}

// Rendered per request: searches are too many and too varied for Next's page cache, whose upkeep
// costs more than the render under a crowd of distinct searches. proxy.ts marks the answer as the
// same for every visitor, and the front of the public page cache (lib/public-cache/front-cache.mjs)
// keeps it until something public changes. So this page must never read cookies or the session.
export const dynamic = "force-dynamic";

/**
 * `/opportunities?…`, which proxy.ts rewrites to `/search/<key>`. The page is
 * the same for every visitor: who is signed in only changes the islands that
 * fill themselves in ("Alert me", the header).
 */
export default async function OpportunitiesPage(props: { params: Promise<{ query: string }> }) {
  const query = queryOfSearchPageKey((await props.params).query);
  if (!query) notFound();
  const counties = await listCounties();
  const { params, ignored, shortened } = parseSearchParamsLenient(rawParamsOf(query), counties.map((c) => c.slug));
  const result = await searchOpportunities(params);
  const countyName = new Map(counties.map((c) => [c.slug, c.name]));

  return (
    <div className="grid gap-8 lg:grid-cols-[18rem_1fr]">
      <div className="lg:col-span-2">
        <h1 className="text-3xl font-bold">Find volunteer opportunities</h1>
        {/* The filters come first (sixteen counties to tab past): this skips them. On a wide screen
            the results are in sight, so the link shows only when the keyboard reaches it. */}
        <p className="mt-2 lg:sr-only lg:focus-within:not-sr-only">
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
        <LocalFirstNote params={params} countyName={countyName} />
        <p className="mt-2 text-sm">
          <a href={`/feeds${toQueryString({ ...params, sort: undefined, page: 1 })}`}>Follow this search in a feed reader</a>
        </p>
        <SearchAlert action={saveAlertAction} query={toQueryString({ ...params, sort: undefined, page: 1 })} />
        {shortened && (
          <p className="mt-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm" role="status">
            Your keywords were too long: the search used their first {MAX_QUERY_LENGTH} characters.
          </p>
        )}
        {ignored.length > 0 && (
          <p className="mt-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm" role="status">
            Part of this address was not understood, so the search left out {ignored.map((key) => SEARCH_PARAM_NAMES[key]).join(", ")}.
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
              replace
            />
          </>
        )}
      </section>
    </div>
  );
}
