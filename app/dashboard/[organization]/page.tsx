import type { Metadata } from "next";
import Link from "next/link";
import { PostingStateTag } from "@/components/posting-state-tag";
import { allows } from "@/lib/auth/permissions";
import { requireOrganizationAccess } from "@/lib/auth/require";
import { formatDate } from "@/lib/format";
import { listOrganizationPostings } from "@/lib/opportunities/organization-queries";

export const metadata: Metadata = { title: "Postings" };

type Props = { params: Promise<{ organization: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PostingsPage(props: Props) {
  const { organization: slug } = await props.params;
  const access = await requireOrganizationAccess(slug, "view", `/dashboard/${slug}`);
  const applied = (await props.searchParams).applied === "1";
  const base = `/dashboard/${access.organization.slug}`;
  if (!allows(access, "draft")) {
    return (
      <div>
        <h1 className="text-2xl font-bold">Postings</h1>
        <p className="mt-4">This organization cannot post opportunities at the moment.</p>
      </div>
    );
  }
  const postings = await listOrganizationPostings(access);

  return (
    <div>
      {applied && (
        <p role="status" className="notice-success mb-6">
          Thank you: your application is in. We will e-mail you when a person on our team has checked it.
        </p>
      )}
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">Postings</h1>
        <Link href={`${base}/postings/new`} className="button">
          New posting
        </Link>
      </div>
      {postings.length === 0 ? (
        <div className="notice mt-6">
          <p>No postings yet.</p>
          <p className="mt-2">
            Start with what you need most. {allows(access, "publish") ? "You can publish it when it is ready." : "You can prepare it as a draft now and publish it once the organization is approved."}
          </p>
        </div>
      ) : (
        <div className="mt-6 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">The organization&rsquo;s postings, most recently changed first</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-4">
                  Posting
                </th>
                <th scope="col" className="py-2 pr-4">
                  Status
                </th>
                <th scope="col" className="py-2 pr-4">
                  Responses
                </th>
                <th scope="col" className="py-2 pr-4">
                  Shown until
                </th>
              </tr>
            </thead>
            <tbody>
              {postings.map((posting) => (
                <tr key={posting.id} className="border-b border-slate-200">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    <Link href={`${base}/postings/${posting.id}`} className="font-semibold">
                      {posting.title}
                    </Link>
                  </th>
                  <td className="py-2 pr-4">
                    <PostingStateTag state={posting.state} />
                  </td>
                  <td className="py-2 pr-4">
                    {posting.responses}
                    {posting.newResponses > 0 && <span className="ml-1 font-semibold">({posting.newResponses} new)</span>}
                  </td>
                  <td className="py-2 pr-4">{formatDate(posting.expiresAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
