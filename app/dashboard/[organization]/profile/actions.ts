"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { fieldsOf, UNREADABLE_FORM, withValues } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/result";
import { updateOrganizationProfile } from "@/lib/organizations/apply";
import { parseSlug } from "@/lib/slug";

export async function updateProfileAction(slug: string, _previous: FormState, form: unknown): Promise<FormState> {
  const fields = fieldsOf(form, ["counties"]);
  if (!fields) return UNREADABLE_FORM;
  const result = await updateOrganizationProfile(fields);
  if (!result?.ok) return withValues(result, fields);
  const path = `/dashboard/${parseSlug(String(slug)) ?? ""}`;
  revalidatePath(path, "layout");
  redirect(`${path}/profile?saved=${"held" in result && result.held ? "held" : "1"}`);
}
