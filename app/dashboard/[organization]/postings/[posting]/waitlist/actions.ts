"use server";

import { formAction } from "@/lib/actions/form-action";
import { offerNextPlace } from "@/lib/responses/waitlist";

/** "Offer the next place": the mutation checks access, the free place and who is next; back on the list on success. */
export const offerPlaceAction = formAction(offerNextPlace, {
  success: ({ organizationSlug, opportunityId }) => ({
    revalidate: { path: `/dashboard/${organizationSlug}`, type: "layout" },
    redirect: `/dashboard/${organizationSlug}/postings/${opportunityId}/waitlist?done=offered`,
  }),
});
