"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { fieldsOf } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/result";
import { allowRepublishing, unpublishPosting } from "@/lib/opportunities/moderation";
import { approveOrganization, rejectOrganization, reinstateOrganization, saveOrganizationReview, suspendOrganization } from "@/lib/organizations/moderation";

const DECISIONS = {
  approve: approveOrganization,
  reject: rejectOrganization,
  suspend: suspendOrganization,
  reinstate: reinstateOrganization,
  review: saveOrganizationReview,
  unpublish: unpublishPosting,
  allow: allowRepublishing,
} as const;

/**
 * Every admin step on an organization or its postings: the button names the
 * step; the outcome comes back in the address as a code, so the forms need
 * no JavaScript. `from` says which page to go back to (the queue or the
 * organization's page).
 */
export async function moderateAction(form: FormData): Promise<void> {
  const fields = fieldsOf(form) ?? {};
  const step = typeof fields.step === "string" && Object.hasOwn(DECISIONS, fields.step) ? (fields.step as keyof typeof DECISIONS) : null;
  const result: FormState = step ? await DECISIONS[step](fields) : null;
  const organizationId = typeof fields.organizationId === "string" && /^\d{1,10}$/.test(fields.organizationId) ? fields.organizationId : "";
  const back = fields.from === "detail" && organizationId ? `/admin/organizations/${organizationId}` : "/admin/organizations";
  revalidatePath("/admin/organizations", "layout");
  if (!result?.ok) {
    const code = result && !result.ok && result.fieldErrors.reason ? "reason" : "failed";
    redirect(`${back}?${new URLSearchParams({ error: code, ...(step ? { step } : {}), organization: organizationId })}`);
  }
  redirect(`${back}?${new URLSearchParams({ done: step! })}`);
}
