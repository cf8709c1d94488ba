"use server";

import { formAction } from "@/lib/actions/form-action";
import { saveMyProfile } from "@/lib/volunteers/profile";
import { PROFILE_LIST_FIELDS } from "@/lib/volunteers/profile-schemas";

export const saveProfileAction = formAction(saveMyProfile, { lists: PROFILE_LIST_FIELDS, success: () => ({ revalidate: { path: "/me/profile" }, redirect: "/me/profile?saved=1" }) });
