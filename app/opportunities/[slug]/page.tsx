import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Where } from "@/components/opportunity-card";
import { InterestForm } from "@/components/interest-form";
import { OrganizationCard } from "@/components/organization-card";
import { Tag } from "@/components/tag";
import { formatDate, formatEventTime } from "@/lib/format";
import { causeLabels, opportunityTypeLabels, skillLevelLabels } from "@/lib/opportunities/vocabulary";
import { getPublicOpportunity } from "@/lib/opportunities/queries";
import { respondAction } from "./actions";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const opportunity = await getPublicOpportunity((await props.params).slug);
  return opportunity ? { title: opportunity.title, description: opportunity.summary } : { title: "Not found" };
}

export default async function OpportunityPage(props: Props) {
  const { slug } = await props.params;
  const opportunity = await getPublicOpportunity(slug);
  if (!opportunity) notFound();
  const { organization } = opportunity;

  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
      <article>
        <p className="text-sm">
          <Link href="/opportunities">All opportunities</Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold">{opportunity.title}</h1>
        <p className="mt-2 text-slate-700">
          {organization.name} · <Where opportunity={opportunity} />
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
              <a href={`/opportunities/${opportunity.slug}/calendar.ics`} className="text-sm">
                Add to your calendar
              </a>
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
          {opportunity.spots && <Detail term="Volunteers needed">{opportunity.spots}</Detail>}
          <Detail term="Open until">{formatDate(opportunity.expiresAt)}</Detail>
        </dl>
      </article>

      <aside className="space-y-6" aria-label="About the organization">
        <OrganizationCard organization={organization} />
        <section aria-labelledby="respond-heading" className="rounded-lg border border-brand-100 bg-brand-50 p-4">
          <h2 id="respond-heading" className="text-lg font-semibold">
            I’m interested
          </h2>
          <p className="mt-1 mb-4 text-sm">
            Leave your details and {organization.name} will contact you. Only they will see them.
          </p>
          <InterestForm action={respondAction.bind(null, slug)} organizationName={organization.name} />
        </section>
      </aside>
    </div>
  );
}

function Detail({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="font-semibold">{term}</dt>
      <dd>{children}</dd>
    </>
  );
}
