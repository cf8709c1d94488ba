"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { fieldsOf, UNREADABLE_FORM, withValues } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/result";
import { contactVolunteer } from "@/lib/volunteers/contact";

/**
 * The contact form. The mutation checks access, the volunteer and the limits;
 * where to go next comes from its answer (the organization's slug), never
 * from the form.
 */
export async function contactVolunteerAction(_previous: FormState, form: unknown): Promise<FormState> {
  const fields = fieldsOf(form);
  if (!fields) return UNREADABLE_FORM;
  const result = await contactVolunteer(fields);
  if (!result || !("requestId" in result)) return withValues(result, fields);
  const volunteers = `/dashboard/${result.organizationSlug}/volunteers`;
  revalidatePath(volunteers, "layout");
  redirect(`${volunteers}/requests?sent=1`);
}
