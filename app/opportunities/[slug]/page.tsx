import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InterestForm } from "@/components/interest-form";
import { OpportunityDetails } from "@/components/opportunity-details";
import { OrganizationCard } from "@/components/organization-card";
import { getViewer } from "@/lib/auth/viewer";
import { getPublicOpportunity } from "@/lib/opportunities/queries";
import { interestDefaults } from "@/lib/volunteers/profile";
import { site } from "@/lib/site";
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
  // Signed in, the form starts with what the account knows (the page runs per request anyway, on a nonce).
  const viewer = await getViewer();
  const known = viewer ? await interestDefaults(viewer) : undefined;

  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
      <article>
        <p className="text-sm">
          <Link href="/opportunities">All opportunities</Link>
        </p>
        <OpportunityDetails opportunity={opportunity} organizationName={organization.name} calendar />
      </article>

      <aside className="space-y-6" aria-label="About the organization">
        <OrganizationCard organization={organization} />
        <section aria-labelledby="respond-heading" className="rounded-lg border border-brand-100 bg-brand-50 p-4">
          <h2 id="respond-heading" className="text-lg font-semibold">
            I’m interested
          </h2>
          <p className="mt-1 mb-4 text-sm">
            Leave your details and {organization.name} will contact you. Only they will see them, and only once you confirm from the e-mail we
            send (at once when you are signed in).
          </p>
          <InterestForm action={respondAction.bind(null, slug)} organizationName={organization.name} known={known} />
        </section>
        <section aria-labelledby="report-listing-heading" className="text-sm">
          <h2 id="report-listing-heading" className="font-semibold">
            Something wrong with this listing?
          </h2>
          <p className="mt-1">
            <Link href={`/opportunities/${opportunity.slug}/report`}>Report this listing</Link> to the {site.name} team. We do not ask who you are.
          </p>
        </section>
      </aside>
    </div>
  );
}
