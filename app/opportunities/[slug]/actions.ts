"use server";

import { UNREADABLE_FORM } from "@/lib/actions/form-data";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/result";
import { respondToOpportunity } from "@/lib/responses/respond";
import { interestFromFields } from "@/lib/responses/schemas";

/** "I'm interested": the slug is bound by the page; the form's fields arrive as FormData. */
export async function respondAction(slug: unknown, _previous: unknown, form: unknown): Promise<FormState> {
  // Anyone can call an action with any arguments: check them like any other input.
  if (typeof slug !== "string") return UNREADABLE_FORM;
  const respond = respondToOpportunity(slug);
  return formAction((fields) => respond(interestFromFields(fields)), {
    // The honeypot is never sent back: a bot learns nothing from the page it gets.
    withhold: ["leave_blank"],
    success: (result) => {
      // "to-confirm" is also the answer for an address that had answered before: the page never tells, the mail does.
      const sent = "outcome" in result && result.outcome !== "to-confirm";
      return { redirect: `/opportunities/${encodeURIComponent(slug)}/thanks${sent ? "?sent=1" : ""}` };
    },
  })(null, form);
}
