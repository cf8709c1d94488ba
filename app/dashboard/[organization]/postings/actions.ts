"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { fieldsOf } from "@/lib/actions/form-data";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/result";
import { closePosting, createPosting, duplicatePosting, publishPosting, renewPosting, reopenPosting, updatePosting } from "@/lib/opportunities/manage";
import { OPPORTUNITY_LIST_FIELDS } from "@/lib/opportunities/schemas";
import { parseSlug } from "@/lib/slug";

/** The organization's slug comes bound by the page; it only builds the address to return to. */
function dashboardPath(slug: unknown): string {
  return `/dashboard/${typeof slug === "string" ? (parseSlug(slug) ?? "") : ""}`;
}

/** The posting form, new or edited: on success, the posting's page with its "saved" notice. */
function savePosting(slug: unknown, save: typeof createPosting | typeof updatePosting) {
  return formAction(save, {
    lists: OPPORTUNITY_LIST_FIELDS,
    success: (result) => ({ revalidate: { path: dashboardPath(slug) }, redirect: `${dashboardPath(slug)}/postings/${"id" in result ? result.id : ""}?saved=1` }),
  });
}

export async function createPostingAction(slug: string, previous: FormState, form: unknown): Promise<FormState> {
  return savePosting(slug, createPosting)(previous, form);
}

export async function updatePostingAction(slug: string, previous: FormState, form: unknown): Promise<FormState> {
  return savePosting(slug, updatePosting)(previous, form);
}

const COMMANDS = {
  publish: publishPosting,
  close: closePosting,
  reopen: reopenPosting,
  renew: renewPosting,
  duplicate: duplicatePosting,
} as const;

/**
 * The buttons on a posting's page. Each posts the command's name; the
 * answer comes back in the address as a notice or an error code, so the
 * buttons need no JavaScript.
 */
export async function postingCommandAction(slug: string, form: FormData): Promise<void> {
  const fields = fieldsOf(form) ?? {};
  const name = typeof fields.command === "string" ? fields.command : "";
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name as keyof typeof COMMANDS] : null;
  const opportunityId = typeof fields.opportunityId === "string" ? fields.opportunityId : "";
  const postingPath = `${dashboardPath(slug)}/postings/${encodeURIComponent(opportunityId)}`;
  if (!command) redirect(`${postingPath}?error=unknown`);
  const result = await command(fields);
  revalidatePath(dashboardPath(slug));
  if (!result?.ok) redirect(`${postingPath}?${new URLSearchParams({ error: name })}`);
  if (name === "duplicate" && "id" in result) redirect(`${dashboardPath(slug)}/postings/${result.id}/edit?copied=1`);
  redirect(`${postingPath}?${new URLSearchParams({ done: name })}`);
}
