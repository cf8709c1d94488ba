import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportForm } from "@/components/report-form";
import { REPORT_REASONS, reportReasonLabels } from "@/lib/reports/schemas";
import { getPublicOpportunity } from "@/lib/opportunities/queries";
import { site } from "@/lib/site";
import { reportAction } from "./actions";

// A page for acting on one listing, not for finding it.
export const metadata: Metadata = { title: "Report this listing", robots: { index: false } };

type Props = { params: Promise<{ slug: string }> };

/** The public "Report this listing" form; only a listing that is public can be reported. */
export default async function ReportPage(props: Props) {
  const { slug } = await props.params;
  const opportunity = await getPublicOpportunity(slug);
  if (!opportunity) notFound();

  return (
    <div className="max-w-2xl">
      <p className="text-sm">
        <Link href={`/opportunities/${opportunity.slug}`}>Back to the listing</Link>
      </p>
      <h1 id="report-heading" className="mt-2 text-3xl font-bold">
        Report this listing
      </h1>
      <p className="mt-4 text-lg">
        “{opportunity.title}”, posted by {opportunity.organization.name}.
      </p>
      <p className="mt-4">
        Tell us if something about this listing worries you. The {site.name} team reads every report and can take a listing
        off the site. We do not ask who you are, and we do not keep your e-mail or internet address with your report.
      </p>
      <div className="notice mt-4">
        <p className="font-semibold">If someone is in danger now, call 911.</p>
        <p className="mt-1">
          {site.hotline.name}: call <a href={`tel:${site.hotline.tel}`}>{site.hotline.phone}</a> or text {site.hotline.text}.
        </p>
      </div>
      <div className="mt-8">
        <ReportForm action={reportAction.bind(null, opportunity.slug)} reasons={REPORT_REASONS.map((value) => ({ value, label: reportReasonLabels[value] }))} />
      </div>
    </div>
  );
}
