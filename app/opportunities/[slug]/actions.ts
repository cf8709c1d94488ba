"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/lib/actions/result";
import { respondToOpportunity } from "@/lib/responses/respond";
import { interestFromFormData } from "@/lib/responses/schemas";

/** "I'm interested": the slug is bound by the page; the form's fields arrive as FormData. */
export async function respondAction(slug: unknown, _previous: unknown, form: unknown): Promise<FormState> {
  // Anyone can call an action with any arguments: check them like any other input.
  if (typeof slug !== "string" || !(form instanceof FormData)) {
    return { ok: false, message: "This form could not be read. Please reload the page and try again.", fieldErrors: {} };
  }
  const input = interestFromFormData(form);
  const result = await respondToOpportunity(slug)(input);
  if (!result || !result.ok) return result && { ...result, values: { ...textValues(input), consent: input.consent ? "on" : "" } };
  // "to-confirm" is also the answer for an address that had answered before: the page never tells, the mail does.
  const sent = "outcome" in result && result.outcome !== "to-confirm";
  redirect(`/opportunities/${encodeURIComponent(slug)}/thanks${sent ? "?sent=1" : ""}`);
}

function textValues(input: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(input).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[0] !== "leave_blank"),
  );
}
