import type { Metadata } from "next";
import Link from "next/link";
import { OrganizationForm } from "@/components/organization-form";
import { getViewer } from "@/lib/auth/viewer";
import { listCounties } from "@/lib/counties/queries";
import { site } from "@/lib/site";
import { applyAction } from "./actions";

export const metadata: Metadata = { title: "Host volunteers" };

export default async function HostPage() {
  const viewer = await getViewer();
  const counties = (await listCounties()).map((county) => ({ value: county.slug, label: county.name }));
  return (
    <article className="max-w-3xl">
      <h1 className="text-3xl font-bold">Host volunteers</h1>
      <p className="mt-4 text-lg">
        The databank connects people across {site.state} who want to help with the organizations that respond to human
        trafficking and exploitation, and to those who are at risk of it.
      </p>

      <h2 className="mt-8 text-xl font-semibold">Who can host</h2>
      <p className="mt-2">
        Shelters; sexual and domestic violence agencies; mental health and substance use providers; youth mentoring
        programs for foster and homeless youth; legal services; and groups that advocate for policy. Needs can be as
        simple as a Saturday bake sale or as skilled as a licensed clinician.
      </p>

      <h2 className="mt-8 text-xl font-semibold">How it works</h2>
      <ol className="mt-2 list-inside list-decimal space-y-2">
        <li>You describe your organization: what it does, the towns and counties it serves, and how to reach it.</li>
        <li>
          A person on the databank team checks it before anything is public. This keeps people who would exploit
          vulnerable people from posing as an agency.
        </li>
        <li>Once approved, you post opportunities and hear from volunteers who are interested.</li>
      </ol>

      <h2 className="mt-8 text-xl font-semibold">Your location stays yours</h2>
      <p className="mt-2">
        Postings show a town and county, never a street address. If your location is confidential, only your county is
        shown.
      </p>

      <section aria-labelledby="apply-heading" className="mt-10 border-t border-slate-200 pt-8">
        <h2 id="apply-heading" className="text-2xl font-bold">
          Apply to host
        </h2>
        {viewer ? (
          <>
            <p className="mt-2">
              Tell us about your organization. You will be its owner on the databank and can invite your colleagues later.
            </p>
            <div className="mt-6">
              <OrganizationForm action={applyAction} counties={counties} submitLabel="Send application" />
            </div>
          </>
        ) : (
          <div className="mt-4 space-y-2">
            <p>First, create an account for yourself (or sign in); then you describe your organization.</p>
            <p className="flex flex-wrap gap-4">
              <Link href="/signup?returnTo=%2Fhost" className="button">
                Create an account
              </Link>
              <Link href="/signin?returnTo=%2Fhost" className="button-secondary">
                Sign in
              </Link>
            </p>
          </div>
        )}
      </section>
    </article>
  );
}
