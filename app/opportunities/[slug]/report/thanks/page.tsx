import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { site } from "@/lib/site";
import { parseSlug } from "@/lib/slug";

export const metadata: Metadata = { title: "Thank you for your report", robots: { index: false } };

type Props = { params: Promise<{ slug: string }> };

/**
 * After a report. It reads nothing from the database: the listing may be
 * taken down at any moment, and the page must not say whether it was.
 */
export default async function ReportThanksPage(props: Props) {
  const slug = parseSlug((await props.params).slug);
  if (!slug) notFound();
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">Thank you for your report</h1>
      <p className="mt-4 text-lg">The {site.name} team will look at this listing and decide what to do.</p>
      <p className="mt-4">
        If someone is in danger now, call 911. {site.hotline.name}: call <a href={`tel:${site.hotline.tel}`}>{site.hotline.phone}</a> or text{" "}
        {site.hotline.text}.
      </p>
      <p className="mt-6">
        <Link href="/opportunities">Find opportunities</Link>
      </p>
    </div>
  );
}
