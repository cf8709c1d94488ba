import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InterestForm } from "@/components/interest-form";
import { PostingView } from "@/components/posting-view";
import { getViewer } from "@/lib/auth/viewer";
import { jobPostingOf, jsonLdText } from "@/lib/opportunities/job-posting";
import { getPublicOpportunity } from "@/lib/opportunities/queries";
import { siteUrl } from "@/lib/site";
import { interestDefaults } from "@/lib/volunteers/profile";
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
    <>
      {/* schema.org JobPosting for search engines: data, never run, so the page's script policy does not apply to it. */}
      <script type="application/ld+json" data-testid="job-posting" dangerouslySetInnerHTML={{ __html: jsonLdText(jobPostingOf(opportunity, siteUrl())) }} />
      <PostingView
        opportunity={opportunity}
        organization={organization}
        interestForm={<InterestForm action={respondAction.bind(null, slug)} organizationName={organization.name} known={known} />}
      />
    </>
  );
}
