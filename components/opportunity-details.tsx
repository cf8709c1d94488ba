import type { ReactNode } from "react";
import { formatDate, formatEventTime } from "@/lib/format";
import { causeLabels, opportunityTypeLabels, skillLevelLabels, type Cause, type OpportunityType, type SkillLevel } from "@/lib/vocabulary";
import { Where } from "./opportunity-card";
import { Tag } from "./tag";

export type OpportunityDetailsData = {
  slug: string;
  title: string;
  summary: string;
  description: string;
  type: OpportunityType;
  skillLevel: SkillLevel;
  causes: Cause[];
  statewide: boolean;
  remote: boolean;
  /** Already masked when the organization's location is confidential. */
  town: string | null;
  counties: { slug: string; name: string }[];
  startsAt: Date | null;
  endsAt: Date | null;
  schedule: string | null;
  commitment: string | null;
  minimumAge: number | null;
  backgroundCheck: boolean;
  trainingProvided: boolean;
  trainingDetails: string | null;
  requirements: string | null;
  spots: number | null;
  /** Of `spots`, the places taken by volunteers scheduled or placed. */
  placesTaken: number;
  expiresAt: Date;
};

/**
 * A posting as volunteers read it: on its public page, and in the
 * coordinator's preview, so what they check is what will be shown.
 */
export function OpportunityDetails({ opportunity, organizationName, calendar = false }: { opportunity: OpportunityDetailsData; organizationName: string; calendar?: boolean }) {
  return (
    <>
      <h1 className="mt-2 text-3xl font-bold">{opportunity.title}</h1>
      <p className="mt-2 text-slate-700">
        {organizationName} · <Where opportunity={opportunity} />
        {opportunity.remote ? " · Remote" : ""}
      </p>
      <ul className="mt-3 flex flex-wrap gap-2" aria-label="At a glance">
        <li>
          <Tag>{skillLevelLabels[opportunity.skillLevel]}</Tag>
        </li>
        <li>
          <Tag>{opportunityTypeLabels[opportunity.type]}</Tag>
        </li>
        {opportunity.causes.map((cause) => (
          <li key={cause}>
            <Tag>{causeLabels[cause]}</Tag>
          </li>
        ))}
      </ul>
      <p className="mt-6 text-lg">{opportunity.summary}</p>
      <div className="mt-4 space-y-4 whitespace-pre-line">{opportunity.description}</div>

      <h2 className="mt-8 text-xl font-semibold">The details</h2>
      <dl className="mt-3 grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
        <Detail term="Where">
          <Where opportunity={opportunity} />
          {opportunity.remote ? " (can be done remotely)" : ""}
        </Detail>
        {opportunity.startsAt && (
          <Detail term="When">
            {formatEventTime(opportunity.startsAt, opportunity.endsAt)}{" "}
            {calendar && (
              <a href={`/opportunities/${opportunity.slug}/calendar.ics`} className="text-sm">
                Add to your calendar
              </a>
            )}
          </Detail>
        )}
        {opportunity.schedule && <Detail term="Schedule">{opportunity.schedule}</Detail>}
        {opportunity.commitment && <Detail term="Commitment">{opportunity.commitment}</Detail>}
        <Detail term="Skill level">{skillLevelLabels[opportunity.skillLevel]}</Detail>
        <Detail term="Training">
          {opportunity.trainingProvided ? (opportunity.trainingDetails ?? "Provided by the organization.") : "None provided."}
        </Detail>
        <Detail term="Background check">{opportunity.backgroundCheck ? "Required" : "Not required"}</Detail>
        <Detail term="Minimum age">{opportunity.minimumAge ? `${opportunity.minimumAge} or older` : "No minimum"}</Detail>
        {opportunity.requirements && <Detail term="Requirements">{opportunity.requirements}</Detail>}
        {opportunity.spots && <Detail term="Volunteers needed">{placesInWords(opportunity.spots, opportunity.placesTaken)}</Detail>}
        <Detail term="Open until">{formatDate(opportunity.expiresAt)}</Detail>
      </dl>
    </>
  );
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold">{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** "4 (1 place left)", or that it is full and new volunteers join a waiting list. */
function placesInWords(spots: number, taken: number): string {
  const left = spots - taken;
  if (left <= 0) return `${spots}: all places are taken. Say you are interested to join the waiting list.`;
  return `${spots} (${left === 1 ? "1 place" : `${left} places`} left)`;
}
