"use server";

import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/result";
import { updateOrganizationProfile } from "@/lib/organizations/apply";
import { parseSlug } from "@/lib/slug";

export async function updateProfileAction(slug: string, previous: FormState, form: unknown): Promise<FormState> {
  const path = `/dashboard/${parseSlug(String(slug)) ?? ""}`;
  return formAction(updateOrganizationProfile, {
    lists: ["counties"],
    success: (result) => ({ revalidate: { path, type: "layout" }, redirect: `${path}/profile?saved=${"held" in result && result.held ? "held" : "1"}` }),
  })(previous, form);
}
