"use server";

import { formAction } from "@/lib/actions/form-action";
import { contactVolunteer } from "@/lib/volunteers/contact";

/**
 * The contact form. The mutation checks access, the volunteer and the limits;
 * where to go next comes from its answer (the organization's slug), never
 * from the form.
 */
export const contactVolunteerAction = formAction(contactVolunteer, {
  success: (result) => {
    const volunteers = `/dashboard/${result.organizationSlug}/volunteers`;
    return { revalidate: { path: volunteers, type: "layout" }, redirect: `${volunteers}/requests?sent=1` };
  },
});
