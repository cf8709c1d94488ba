"use server";

import { formAction } from "@/lib/actions/form-action";
import { saveAlert } from "@/lib/alerts/alerts";

/** "Alert me" on the results page. saveAlert checks the session and the search itself. */
export const saveAlertAction = formAction(saveAlert, { success: (result) => ({ revalidate: { path: "/me/alerts" }, redirect: `/me/alerts?done=${result.created ? "saved" : "updated"}` }) });
