import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getPublicOpportunity } from "@/lib/opportunities/queries";

export const metadata: Metadata = { title: "Thank you" };

type Props = { params: Promise<{ slug: string }> };

export default async function ThanksPage(props: Props) {
  const opportunity = await getPublicOpportunity((await props.params).slug);
  if (!opportunity) notFound();
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">Thank you</h1>
      <p className="mt-4 text-lg">
        {opportunity.organization.name} has your details and will contact you about “{opportunity.title}”. We sent you an
        e-mail to confirm.
      </p>
      <p className="mt-6">
        <Link href="/opportunities">Find more opportunities</Link>
      </p>
    </div>
  );
}
