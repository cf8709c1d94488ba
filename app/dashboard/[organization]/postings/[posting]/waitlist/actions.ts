"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { fieldsOf, UNREADABLE_FORM } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/result";
import { offerNextPlace } from "@/lib/responses/waitlist";

/** "Offer the next place": the mutation checks access, the free place and who is next; back on the list on success. */
export async function offerPlaceAction(_previous: FormState, form: unknown): Promise<FormState> {
  const fields = fieldsOf(form);
  if (!fields) return UNREADABLE_FORM;
  const result = await offerNextPlace(fields);
  if (!result || !("responseId" in result)) return result;
  const dashboard = `/dashboard/${result.organizationSlug}`;
  revalidatePath(dashboard, "layout");
  redirect(`${dashboard}/postings/${result.opportunityId}/waitlist?done=offered`);
}
