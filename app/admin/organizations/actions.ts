"use server";

import { bySteps, formAction, stepOf } from "@/lib/actions/form-action";
import { allowRepublishing, unpublishPosting } from "@/lib/opportunities/moderation";
import { approveOrganization, confirmVerification, rejectOrganization, reinstateOrganization, saveOrganizationReview, suspendOrganization } from "@/lib/organizations/moderation";
import { approveOrganizationChanges, rejectOrganizationChanges } from "@/lib/organizations/pending-changes";
import { parseId } from "@/lib/forms/schema-parts";

const DECISIONS = {
  approve: approveOrganization,
  reject: rejectOrganization,
  suspend: suspendOrganization,
  reinstate: reinstateOrganization,
  reverify: confirmVerification,
  review: saveOrganizationReview,
  unpublish: unpublishPosting,
  allow: allowRepublishing,
  approveChanges: approveOrganizationChanges,
  rejectChanges: rejectOrganizationChanges,
} as const;

/**
 * Every admin step on an organization or its postings: the button names the
 * step. A refusal comes back to the form, next to its field and with what was
 * typed; success goes back to the page (`from` says which: the queue or the
 * organization's page) with a code for its message.
 */
export const moderateAction = formAction(bySteps(DECISIONS), {
  revalidate: { path: "/admin/organizations", type: "layout" },
  success: (result, fields) => {
    const step = stepOf(DECISIONS, fields) ?? "";
    const organizationId = parseId(fields.organizationId);
    const back = fields.from === "detail" && organizationId ? `/admin/organizations/${organizationId}` : "/admin/organizations";
    // A decision that could tell nobody (no member with a working account) says so, rather than claim they were told.
    const done = "membersTold" in result && result.membersTold === 0 ? `${step}-untold` : step;
    return { redirect: `${back}?${new URLSearchParams({ done })}` };
  },
});
