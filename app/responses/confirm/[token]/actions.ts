"use server";

import { formAction } from "@/lib/actions/form-action";
import { confirmResponse } from "@/lib/responses/confirm";

/** "Send my details": a POST, never the link itself, since mail scanners open links. */
export const confirmResponseAction = formAction(confirmResponse, { success: (result) => ({ redirect: `/opportunities/${encodeURIComponent(result.slug)}/thanks?sent=1` }) });
