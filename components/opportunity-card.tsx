import Link from "next/link";
import type { OpportunitySummary } from "@/lib/search/search";
import { formatDate, formatEventTime } from "@/lib/format";
import { opportunityTypeLabels, skillLevelLabels } from "@/lib/vocabulary";
import { Tag } from "./tag";

export function OpportunityCard({ opportunity }: { opportunity: OpportunitySummary }) {
  return (
    <article className="rounded-lg border border-slate-200 p-4 shadow-sm" data-testid="opportunity-card">
      <h3 className="text-lg font-semibold">
        <Link href={`/opportunities/${opportunity.slug}`}>{opportunity.title}</Link>
      </h3>
      <p className="mt-1 text-sm text-slate-700">
        {opportunity.organizationName} · <Where opportunity={opportunity} />
      </p>
      <p className="mt-2">{opportunity.summary}</p>
      <ul className="mt-3 flex flex-wrap gap-2" aria-label="Details">
        {opportunity.statewide && (
          <li>
            <Tag tone="reach">Statewide</Tag>
          </li>
        )}
        {opportunity.remote && (
          <li>
            <Tag tone="reach">Remote</Tag>
          </li>
        )}
        <li>
          <Tag>{skillLevelLabels[opportunity.skillLevel]}</Tag>
        </li>
        <li>
          <Tag>{opportunityTypeLabels[opportunity.type]}</Tag>
        </li>
        {opportunity.full && (
          <li>
            <Tag tone="reach">Full: waiting list</Tag>
          </li>
        )}
        {opportunity.startsAt && (
          <li>
            <Tag>{formatEventTime(opportunity.startsAt, opportunity.endsAt)}</Tag>
          </li>
        )}
      </ul>
      <p className="mt-2 text-xs text-slate-600">Open until {formatDate(opportunity.expiresAt)}</p>
    </article>
  );
}

export function Where({ opportunity }: { opportunity: Pick<OpportunitySummary, "statewide" | "town" | "counties"> }) {
  if (opportunity.statewide) return <>Statewide</>;
  const counties = opportunity.counties.map((county) => `${county.name} County`).join(", ");
  return <>{[opportunity.town, counties].filter(Boolean).join(" · ")}</>;
}
