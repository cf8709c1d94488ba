"use server";

import { addressAction } from "@/lib/actions/form-action";
import { outboxQueryString, parseOutboxParams, retryMail } from "@/lib/email/admin";

/** The same filter and page of the list, which the form carries in hidden fields and the list's own parser reads. */
function listWith(fields: Record<string, string | string[]>, outcome: Record<string, string>): string {
  const list = outboxQueryString(parseOutboxParams({ status: fields.status, page: fields.page }));
  return `/admin/outbox${list ? `${list}&` : "?"}${new URLSearchParams(outcome)}`;
}

/** Sends a failed mail again. The outcome comes back in the address as a code (the form needs no JavaScript). */
export const retryMailAction = addressAction(retryMail, {
  revalidate: { path: "/admin/outbox" },
  success: (_result, fields) => ({ redirect: listWith(fields, { done: "retried" }) }),
  refused: (_refusal, fields) => listWith(fields, { error: "retry" }),
});
