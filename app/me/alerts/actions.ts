"use server";

import { formAction } from "@/lib/actions/form-action";
import { deleteAlert } from "@/lib/alerts/alerts";

/** Deletes one of the signed-in user's alerts; deleteAlert checks whose it is. */
export const deleteAlertAction = formAction(deleteAlert, { success: () => ({ revalidate: { path: "/me/alerts" }, redirect: "/me/alerts?done=deleted" }) });
