"use server";

import { formAction } from "@/lib/actions/form-action";
import { applyToHost } from "@/lib/organizations/apply";

export const applyAction = formAction(applyToHost, { lists: ["counties"], success: (result) => ({ redirect: `/dashboard/${result.slug}?applied=1` }) });
