"use server";

import { UNREADABLE_FORM } from "@/lib/actions/form-data";
import { addressAction, formAction } from "@/lib/actions/form-action";
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

type Fields = Record<string, string | string[]>;

/** The command a button posted, when it is one. */
function commandOf(fields: Fields): keyof typeof COMMANDS | null {
  return typeof fields.command === "string" && Object.hasOwn(COMMANDS, fields.command) ? (fields.command as keyof typeof COMMANDS) : null;
}

/**
 * The buttons on a posting's page. Each posts the command's name; the
 * answer comes back in the address as a notice or an error code, so the
 * buttons need no JavaScript.
 */
export async function postingCommandAction(slug: string, form: FormData): Promise<void> {
  const postingPath = (fields: Fields) => `${dashboardPath(slug)}/postings/${encodeURIComponent(typeof fields.opportunityId === "string" ? fields.opportunityId : "")}`;
  await addressAction(
    async (fields) => {
      const command = commandOf(fields);
      return command ? COMMANDS[command](fields) : UNREADABLE_FORM;
    },
    {
      revalidate: { path: dashboardPath(slug) },
      success: (result, fields) => ({
        redirect: "id" in result && commandOf(fields) === "duplicate" ? `${dashboardPath(slug)}/postings/${result.id}/edit?copied=1` : `${postingPath(fields)}?${new URLSearchParams({ done: commandOf(fields) ?? "" })}`,
      }),
      refused: (_refusal, fields) => `${postingPath(fields)}?${new URLSearchParams({ error: commandOf(fields) ?? "unknown" })}`,
    },
  )(form);
}
