"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { fieldsOf, UNREADABLE_FORM, withValues } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/result";
import { saveMyProfile } from "@/lib/volunteers/profile";
import { PROFILE_LIST_FIELDS } from "@/lib/volunteers/profile-schemas";

export async function saveProfileAction(_previous: FormState, form: unknown): Promise<FormState> {
  const fields = fieldsOf(form, PROFILE_LIST_FIELDS);
  if (!fields) return UNREADABLE_FORM;
  const result = await saveMyProfile(fields);
  if (!result?.ok) return withValues(result, fields);
  revalidatePath("/me/profile");
  redirect("/me/profile?saved=1");
}
