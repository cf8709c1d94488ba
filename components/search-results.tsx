import Link from "next/link";
import { causeLabels, opportunityTypeLabels, skillLevelLabels } from "@/lib/vocabulary";
import { toQueryString, type SearchParams } from "@/lib/search/params";

/** Each active filter, with a link that removes just that one. */
export function ActiveFilters({ params, countyName }: { params: SearchParams; countyName: Map<string, string> }) {
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
    ...(params.local ? [{ label: "No statewide or remote postings", without: { ...params, local: false } }] : []),
    ...(params.open ? [{ label: "Places still open", without: { ...params, open: false } }] : []),
    ...(params.youth ? [{ label: "Open to volunteers under 18", without: { ...params, youth: false } }] : []),
    ...(params.nocheck ? [{ label: "No background check", without: { ...params, nocheck: false } }] : []),
    ...(params.training ? [{ label: "Training provided", without: { ...params, training: false } }] : []),
  ];
  if (chips.length === 0) return null;
  return (
    <ul className="mt-3 flex flex-wrap gap-2" aria-label="Active filters">
      {chips.map((chip) => (
        <li key={chip.label}>
          <Link
            href={`/opportunities${toQueryString({ ...chip.without, page: 1 })}`}
            replace
            prefetch={false}
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

export function EmptyResults({ params, pastTheEnd }: { params: SearchParams; pastTheEnd: boolean }) {
  if (pastTheEnd) {
    return (
      <p className="mt-6">
        There are no results on this page.{" "}
        <Link href={`/opportunities${toQueryString({ ...params, page: 1 })}`} replace prefetch={false}>
          Go to the first page</Link>.
      </p>
    );
  }
  const widen: { label: string; href: string }[] = [];
  if (params.county.length > 0) widen.push({ label: "Search every county", href: `/opportunities${toQueryString({ ...params, county: [], page: 1 })}` });
  if (params.skill) widen.push({ label: "Any skill level", href: `/opportunities${toQueryString({ ...params, skill: undefined, page: 1 })}` });
  if (params.local) widen.push({ label: "Include statewide and remote postings", href: `/opportunities${toQueryString({ ...params, local: false, page: 1 })}` });
  if (params.q) widen.push({ label: "Drop the keywords", href: `/opportunities${toQueryString({ ...params, q: undefined, page: 1 })}` });
  return (
    <div className="mt-6 rounded-lg border border-slate-200 bg-slate-50 p-6" data-testid="empty-results">
      <p className="font-semibold">No opportunities match this search.</p>
      <p className="mt-2">Try fewer filters or other words. Many roles are remote or statewide.</p>
      <ul className="mt-3 list-inside list-disc space-y-1">
        {widen.map((option) => (
          <li key={option.label}>
            <Link href={option.href} replace prefetch={false}>
              {option.label}
            </Link>
          </li>
        ))}
        <li>
          <Link href="/opportunities">See all opportunities</Link>
        </li>
      </ul>
    </div>
  );
}

/**
 * With counties chosen, the results list their own postings first; this says
 * so, and offers to leave out the statewide and remote ones in one click.
 */
export function LocalFirstNote({ params, countyName }: { params: SearchParams; countyName: Map<string, string> }) {
  if (params.county.length === 0 || params.local || params.remote) return null;
  const names = params.county.map((slug) => `${countyName.get(slug)} County`);
  const place = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
  return (
    <p className="mt-2 text-sm">
      Postings in {place} come first, then statewide and remote ones.{" "}
      <Link href={`/opportunities${toQueryString({ ...params, local: true, page: 1 })}`} replace prefetch={false}>Show only postings in {place}</Link>
    </p>
  );
}
