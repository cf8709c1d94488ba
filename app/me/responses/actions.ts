"use server";

import { formAction } from "@/lib/actions/form-action";
import { linkMyEarlierResponses, withdrawMyResponse } from "@/lib/volunteers/my-responses";

/*
 * The buttons of "My responses". Each mutation reads the viewer from the
 * database and touches only their rows; these only say where to go next.
 */

export const withdrawResponseAction = formAction(withdrawMyResponse, { success: () => ({ revalidate: { path: "/me" }, redirect: "/me?withdrawn=1" }) });

export const linkEarlierResponsesAction = formAction(linkMyEarlierResponses, { success: (result) => ({ revalidate: { path: "/me" }, redirect: `/me?linked=${"linked" in result ? result.linked : 0}` }) });
