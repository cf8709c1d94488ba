/**
 * What a coordinator can do with a posting in each state: the dashboard offers
 * exactly these, and lib/opportunities/manage.ts checks again in the
 * database when one is sent. Safe to import anywhere (no database here).
 */
import type { PostingState } from "./organization-queries";
import { DEFAULT_LIFETIME_DAYS } from "./schemas";

export type PostingCommand = "publish" | "close" | "reopen" | "renew" | "duplicate";

const BY_STATE: Record<PostingState, PostingCommand[]> = {
  draft: ["publish", "duplicate"],
  published: ["close", "duplicate"],
  closed: ["reopen", "duplicate"],
  expired: ["renew", "duplicate"],
  unpublished: ["duplicate"],
};

/** The commands a posting's state allows; only "duplicate" without the right to publish (a pending organization, say). */
export function commandsFor(state: PostingState, canPublish: boolean): PostingCommand[] {
  return BY_STATE[state].filter((command) => command === "duplicate" || canPublish);
}

export const postingCommandLabels: Record<PostingCommand, string> = {
  publish: "Publish",
  close: "Close",
  reopen: "Reopen",
  renew: `Renew for ${DEFAULT_LIFETIME_DAYS} days`,
  duplicate: "Duplicate",
};

/** What the dashboard says after each command went through. */
export const postingCommandDone: Record<Exclude<PostingCommand, "duplicate">, string> = {
  publish: "Published: the posting is on the public site.",
  close: "Closed: the posting has left the public site and takes no more responses.",
  reopen: "Reopened: the posting is on the public site again.",
  renew: `Renewed: the posting is shown for another ${DEFAULT_LIFETIME_DAYS} days.`,
};
