"use server";

import { formAction } from "@/lib/actions/form-action";
import { recordHours } from "@/lib/hours/hours";

/** "Record hours": the mutation checks access, the day and that each volunteer is placed on the posting. */
export const recordHoursAction = formAction(recordHours, {
  lists: ["responseIds"],
  success: ({ organizationSlug, opportunityId, recorded }) => ({
    revalidate: { path: `/dashboard/${organizationSlug}`, type: "layout" },
    redirect: `/dashboard/${organizationSlug}/postings/${opportunityId}/hours?recorded=${recorded}`,
  }),
});
