"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/lib/actions/result";
import { respondToOpportunity } from "@/lib/responses/respond";
import { interestFromFormData } from "@/lib/responses/schemas";

/** "I'm interested": the slug is bound by the page; the form's fields arrive as FormData. */
export async function respondAction(slug: string, _previous: FormState, form: FormData): Promise<FormState> {
  const input = interestFromFormData(form);
  const result = await respondToOpportunity(slug)(input);
  if (!result || !result.ok) return result && { ...result, values: textValues(input) };
  const outcome = "outcome" in result && result.outcome === "already" ? "?already=1" : "";
  redirect(`/opportunities/${encodeURIComponent(slug)}/thanks${outcome}`);
}

function textValues(input: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(input).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[0] !== "website"),
  );
}
