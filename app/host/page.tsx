import type { Metadata } from "next";
import { HostApplyStart } from "@/components/host-apply-start";
import { site } from "@/lib/site";

export const metadata: Metadata = { title: "Host volunteers" };

/** The same for every visitor, so it is prerendered; the way to apply fills itself in. */
export default function HostPage() {
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
        <HostApplyStart />
      </section>
    </article>
  );
}
