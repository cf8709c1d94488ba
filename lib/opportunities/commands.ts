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

/** A published posting can be renewed in its last days: its team is reminded then (lib/reminders). */
export const RENEW_WITHIN_DAYS = 7;

/** A published posting that leaves the public site within RENEW_WITHIN_DAYS. */
export function expiresSoon(state: PostingState, expiresAt: Date, now = new Date()): boolean {
  return state === "published" && expiresAt.getTime() - now.getTime() <= RENEW_WITHIN_DAYS * 86_400_000;
}

/**
 * The commands a posting allows: its state's, and "renew" for a published
 * one that expires soon; only "duplicate" without the right to publish (a
 * pending organization, say).
 */
export function commandsFor(posting: { state: PostingState; expiresAt: Date }, canPublish: boolean, now = new Date()): PostingCommand[] {
  const commands = expiresSoon(posting.state, posting.expiresAt, now) ? ["renew" as const, ...BY_STATE.published] : BY_STATE[posting.state];
  return commands.filter((command) => command === "duplicate" || canPublish);
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
  renew: `Renewed: the posting is shown for ${DEFAULT_LIFETIME_DAYS} days from today.`,
};
