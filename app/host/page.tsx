import type { Metadata } from "next";
import Link from "next/link";
import { site } from "@/lib/site";

export const metadata: Metadata = { title: "Host volunteers" };

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

      <p className="mt-8 rounded border border-slate-200 bg-slate-50 p-4">
        Online applications to host are not open yet. Meanwhile, <Link href="/opportunities">see what is posted</Link>.
      </p>
    </article>
  );
}
