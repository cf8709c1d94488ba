"use server";

import { addressAction, type Refusal } from "@/lib/actions/form-action";
import type { RefusalCode } from "@/lib/actions/result";
import { answerContactRequest, withdrawContactConsent } from "@/lib/volunteers/contact";

/** What the page says after a refusal, by the refusal's code; the address carries a short code, never a sentence. */
type Problem = "not-found" | "answered" | "unavailable" | "not-shared" | "limit" | "error";

/** Signed out: sign in and come back; anything else, the page with the problem's code. */
function refusedTo(problems: Partial<Record<RefusalCode, Problem>>) {
  return ({ code }: Refusal) => (code === "signed-out" ? `/signin?${new URLSearchParams({ returnTo: "/me/contacts" })}` : `/me/contacts?problem=${problems[code] ?? "error"}`);
}

/**
 * Accept or decline, from a plain form with no JavaScript: the page comes
 * back with what happened. The mutation checks that the request is the
 * signed-in volunteer's own and still waits.
 */
export const answerContactAction = addressAction(answerContactRequest, {
  success: ({ answer }) => ({ revalidate: { path: "/me/contacts" }, redirect: `/me/contacts?answered=${answer}` }),
  refused: refusedTo({ "not-found": "not-found", conflict: "answered", unavailable: "unavailable", "rate-limited": "limit" }),
});

/** "Stop sharing my details" on an accepted request, from a plain form. */
export const withdrawContactAction = addressAction(withdrawContactConsent, {
  success: () => ({ revalidate: { path: "/me/contacts" }, redirect: "/me/contacts?answered=withdrawn" }),
  refused: refusedTo({ "not-found": "not-shared", "rate-limited": "limit" }),
});
