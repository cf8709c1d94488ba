import type { Metadata } from "next";
import { OpportunityForm } from "@/components/opportunity-form";
import { requireOrganizationAccess } from "@/lib/auth/require";
import { listCounties } from "@/lib/counties/queries";
import { newPostingFormValues } from "@/lib/opportunities/form-values";
import { createPostingAction } from "../actions";

export const metadata: Metadata = { title: "New posting" };

type Props = { params: Promise<{ organization: string }> };

export default async function NewPostingPage(props: Props) {
  const { organization: slug } = await props.params;
  const access = await requireOrganizationAccess(slug, "draft", `/dashboard/${slug}/postings/new`);
  const counties = (await listCounties()).map((county) => ({ value: county.slug, label: county.name }));
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold">New posting</h1>
      <p className="mt-2 text-slate-700">It is saved as a draft. You can preview it before anyone else sees it.</p>
      <div className="mt-6">
        <OpportunityForm
          action={createPostingAction.bind(null, access.organization.slug)}
          counties={counties}
          organizationId={access.organizationId}
          initial={newPostingFormValues()}
          submitLabel="Save draft"
        />
      </div>
    </div>
  );
}
