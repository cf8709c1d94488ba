import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OpportunityForm } from "@/components/opportunity-form";
import { requireOrganizationAccess } from "@/lib/auth/require";
import { listCounties } from "@/lib/counties/queries";
import { postingFormValues } from "@/lib/opportunities/form-values";
import { getOrganizationPosting } from "@/lib/opportunities/organization-queries";
import { updatePostingAction } from "../../actions";
import { parseId } from "@/lib/forms/schema-parts";

export const metadata: Metadata = { title: "Edit posting" };

type Props = { params: Promise<{ organization: string; posting: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditPostingPage(props: Props) {
  const { organization: slug, posting: postingId } = await props.params;
  const access = await requireOrganizationAccess(slug, "draft", `/dashboard/${slug}/postings/${postingId}/edit`);
  const id = parseId(postingId);
  const posting = id === null ? null : await getOrganizationPosting(access, id);
  if (!posting) notFound();
  const copied = (await props.searchParams).copied === "1";
  const counties = (await listCounties()).map((county) => ({ value: county.slug, label: county.name }));
  const base = `/dashboard/${access.organization.slug}/postings/${posting.id}`;
  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href={base}>Back to the posting</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">Edit “{posting.title}”</h1>
      {copied && (
        <p role="status" className="notice-success mt-4">
          This is a new draft copied from the posting. Change what differs, then save.
        </p>
      )}
      {posting.state === "published" && <p className="notice mt-4">This posting is published: your changes show on the public site as soon as you save.</p>}
      <div className="mt-6">
        <OpportunityForm
          action={updatePostingAction.bind(null, access.organization.slug)}
          counties={counties}
          organizationId={access.organizationId}
          opportunityId={posting.id}
          initial={postingFormValues(posting)}
          submitLabel="Save changes"
        />
      </div>
    </div>
  );
}
