/**
 * Saved searches with e-mail alerts: the forms' schemas and the words people
 * read. Safe to import on the client.
 */
import { z } from "@/lib/zod";
import { idSchema, plainText } from "@/lib/forms/schema-parts";
import { ALERT_FREQUENCIES, type AlertFrequency } from "@/lib/vocabulary";
import { parseSearchParamsStrict, rawParamsOf, toQueryString, type SearchParams } from "@/lib/search/params";

export const MAX_ALERT_QUERY_LENGTH = 2000;
/** Enough for anyone; a cap keeps one account from making the digest run endless searches. */
export const MAX_ALERTS_PER_USER = 20;

export const alertFrequencyLabels: Record<AlertFrequency, string> = {
  daily: "Daily",
  weekly: "Weekly",
};

/**
 * The "Alert me" form. Whether the query is a valid search depends on the
 * counties the database knows, so `parseAlertQuery` checks that part on the
 * server; this schema checks the shape.
 */
export const saveAlertSchema = z.object({
  query: plainText("one line").max(MAX_ALERT_QUERY_LENGTH, "This search is too long to save."),
  frequency: z.enum(ALERT_FREQUENCIES, { error: "Choose daily or weekly." }),
});

export const deleteAlertSchema = z.object({ alertId: idSchema });

export const INVALID_UNSUBSCRIBE_LINK = "This link is not valid. It may have been cut short when it was copied from the e-mail.";

/** The unsubscribe link's token as a form or a mail program posts it: `<alert id>.<mac>` (its signature is checked on the server). */
export const unsubscribeSchema = z.object({
  token: z.string({ error: INVALID_UNSUBSCRIBE_LINK }).regex(/^[1-9][0-9]{0,9}\.[A-Za-z0-9_-]{43}$/, INVALID_UNSUBSCRIBE_LINK),
});

export type AlertQuery = { ok: true; params: SearchParams; query: string } | { ok: false; messages: string[] };

/**
 * A search's query string ("?q=…&county=…", with or without the "?") read
 * with the API's strict rules. The page and the sort are dropped first: an
 * alert is about which postings match, and its digest lists the newest first.
 * `query` is the canonical form the site's own links use, so the same search
 * saved twice is the same text.
 */
export function parseAlertQuery(query: string, countySlugs: readonly string[]): AlertQuery {
  const raw = rawParamsOf(new URLSearchParams(query));
  delete raw.page;
  delete raw.sort;
  const parsed = parseSearchParamsStrict(raw, countySlugs);
  if (!parsed.ok) return { ok: false, messages: parsed.issues.map((issue) => `${issue.param}: ${issue.message}`) };
  const params = { ...parsed.params, sort: undefined, page: 1 };
  return { ok: true, params, query: toQueryString(params) };
}
