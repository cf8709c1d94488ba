import type { Metadata } from "next";
import Link from "next/link";
import { ListTable } from "@/components/list-table";
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
  const drafting = access.forCapability("draft");
  if (!drafting) {
    return (
      <div>
        <h1 className="text-2xl font-bold">Postings</h1>
        <p className="mt-4">This organization cannot post opportunities at the moment.</p>
      </div>
    );
  }
  const postings = await listOrganizationPostings(drafting);

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
        <ListTable
          className="mt-6"
          caption={<>The organization&rsquo;s postings, most recently changed first</>}
          rows={postings}
          rowKey={(posting) => posting.id}
          rowHeader={{
            heading: "Posting",
            cell: (posting) => (
              <Link href={`${base}/postings/${posting.id}`} className="font-semibold">
                {posting.title}
              </Link>
            ),
          }}
          columns={[
            { heading: "Status", cell: (posting) => <PostingStateTag state={posting.state} organizationStatus={access.organization.status} /> },
            {
              heading: "Responses",
              cell: (posting) => (
                <>
                  {posting.responses}
                  {posting.newResponses > 0 && <span className="ml-1 font-semibold">({posting.newResponses} new)</span>}
                </>
              ),
            },
            { heading: "Shown until", cell: (posting) => formatDate(posting.expiresAt) },
          ]}
        />
      )}
    </div>
  );
}
