import type { SearchResult } from "@/lib/search/search";
import { formatCount, plural } from "@/lib/format";
import { OpportunityCard } from "./opportunity-card";
import { Pagination } from "./pagination";

/** A page of open opportunities with its count and page links, for organization and county pages. */
export function OpportunityList({
  result,
  heading,
  emptyText,
  hrefFor,
}: {
  result: SearchResult;
  heading: string;
  emptyText: string;
  hrefFor: (page: number) => string;
}) {
  return (
    <section aria-labelledby="open-heading" className="mt-10">
      <h2 id="open-heading" className="text-xl font-semibold" data-testid="result-count">
        {heading}: {formatCount(result.total)} {plural(result.total.count, "opportunity", "opportunities")}
      </h2>
      {result.items.length === 0 ? (
        <p className="mt-4 rounded-lg border border-slate-200 bg-slate-50 p-4" data-testid="empty-results">
          {emptyText}
        </p>
      ) : (
        <ol className="mt-4 space-y-4">
          {result.items.map((opportunity) => (
            <li key={opportunity.slug}>
              <OpportunityCard opportunity={opportunity} />
            </li>
          ))}
        </ol>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} />
    </section>
  );
}
