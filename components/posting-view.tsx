import Link from "next/link";
import type { ReactNode } from "react";
import { OpportunityDetails, type OpportunityDetailsData } from "./opportunity-details";
import { OrganizationCard, type OrganizationCardData } from "./organization-card";
import { site } from "@/lib/site";

/**
 * A posting's public page: its details, the organization's card, "I'm
 * interested" and the way to report it. The public page and the coordinator's
 * preview both draw it, so the preview is exactly what volunteers will see.
 */
export function PostingView({
  opportunity,
  organization,
  interestForm,
  preview = false,
}: {
  opportunity: OpportunityDetailsData;
  organization: OrganizationCardData;
  /** The "I'm interested" form: sendable on the public page, shown but not sendable in a preview. */
  interestForm: ReactNode;
  /** A coordinator's preview: no links that would lead a draft's reader to pages that do not exist yet. */
  preview?: boolean;
}) {
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
      <article>
        {!preview && (
          <p className="flex flex-wrap justify-between gap-x-4 text-sm">
            <Link href="/opportunities">All opportunities</Link>
            {/* On a narrow screen the form comes after the whole posting: a way straight to it. */}
            <a href="#respond" className="font-semibold lg:hidden">
              Go to “I’m interested”
            </a>
          </p>
        )}
        <OpportunityDetails opportunity={opportunity} organizationName={organization.name} calendar={!preview} />
      </article>

      <aside className="space-y-6" aria-label="About the organization">
        <OrganizationCard organization={organization} linkName={!preview} />
        <section id="respond" aria-labelledby="respond-heading" className="scroll-mt-4 rounded-lg border border-brand-100 bg-brand-50 p-4">
          <h2 id="respond-heading" className="text-lg font-semibold">
            I’m interested
          </h2>
          <p className="mt-1 mb-4 text-sm">
            Leave your details and {organization.name} will contact you. Only they will see them, and only once you confirm from the e-mail we
            send (at once when you are signed in).
          </p>
          {opportunity.spots !== null && opportunity.placesTaken >= opportunity.spots && (
            <p className="notice mb-4 text-sm" data-testid="posting-full">
              <strong>This posting is full.</strong> Every place is taken for now: say you are interested to join its waiting list, and{" "}
              {organization.name} will write to you, in the order people joined, if a place frees up.
            </p>
          )}
          {interestForm}
        </section>
        <section aria-labelledby="report-listing-heading" className="text-sm">
          <h2 id="report-listing-heading" className="font-semibold">
            Something wrong with this listing?
          </h2>
          <p className="mt-1">
            {preview ? "Report this listing" : <Link href={`/opportunities/${opportunity.slug}/report`}>Report this listing</Link>} to the {site.name} team. We do
            not ask who you are.
          </p>
        </section>
      </aside>
    </div>
  );
}
