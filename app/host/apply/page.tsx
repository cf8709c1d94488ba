import type { Metadata } from "next";
import { OrganizationForm } from "@/components/organization-form";
import { requireViewer } from "@/lib/auth/require";
import { listCounties } from "@/lib/counties/queries";
import { applyAction } from "../actions";

export const metadata: Metadata = { title: "Apply to host volunteers" };

/** The application to host, for a signed-in person: what the organization does, where, and how to reach it. */
export default async function ApplyToHostPage() {
  await requireViewer("/host/apply");
  const counties = (await listCounties()).map((county) => ({ value: county.slug, label: county.name }));
  return (
    <article className="max-w-3xl">
      <h1 className="text-3xl font-bold">Apply to host volunteers</h1>
      <p className="mt-2">
        Tell us about your organization. You will be its owner on the databank and can invite your colleagues later. A person on the
        databank team checks it before anything is public.
      </p>
      <div className="mt-6">
        <OrganizationForm action={applyAction} counties={counties} submitLabel="Send application" />
      </div>
    </article>
  );
}
