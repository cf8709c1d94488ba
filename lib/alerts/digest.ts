import "server-only";
import { and, asc, eq, gt, isNull, lte, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { savedSearches, users } from "@/db/schema";
import { listCounties } from "@/lib/counties/queries";
import { enqueueMail } from "@/lib/email/outbox";
import { formatCount } from "@/lib/format";
import { parseSearchParamsLenient, rawParamsOf, toQueryString, type SearchParams } from "@/lib/search/params";
import { searchOpportunities, type OpportunitySummary, type SearchResult } from "@/lib/search/search";
import { setting } from "@/lib/settings";
import { site, siteUrl } from "@/lib/site";
import { describeSearch } from "./describe";
import { alertFrequencyLabels } from "./schemas";
import { unsubscribeToken } from "./unsubscribe-token";

/**
 * How far behind the clock the worker closes a window: a minute, so a posting
 * whose publishing is still committing at the window's end falls in the next
 * window and never between two; less when days are shortened for tests.
 */
export function digestLagMs(): number {
  return Math.min(60_000, dayMs() / 10);
}

/**
 * How long a "day" of the alerts' calendar lasts: ALERT_DAY_SECONDS, a day
 * unless set. The end-to-end tests shorten it so a daily digest comes within
 * seconds; nothing else should.
 */
function dayMs(): number {
  return setting("ALERT_DAY_SECONDS") * 1000;
}

const PERIOD_DAYS = { daily: 1, weekly: 7 } as const;
/** Postings listed in one mail; the rest are a link to the search. */
export const DIGEST_LIMIT = 50;
/** The same for everyone: a subject is never personal (lib/email/outbox.ts). */
export const DIGEST_SUBJECT = "New volunteer opportunities for your saved search";
/** Saved searches read per query; each is then handled on its own. */
const BATCH_SIZE = 100;

export type DigestReport = { checked: number; mailed: number; failed: number };

type DueAlert = {
  id: number;
  userId: number;
  query: string;
  frequency: keyof typeof PERIOD_DAYS;
  coveredUntil: Date;
  userActive: boolean;
};

/**
 * Mails the digest of every saved search that is due: daily ones a day after
 * the last window ended, weekly ones a week after. Call it on a timer from
 * every app server; see below for why two servers never mail the same digest.
 *
 * Each digest covers the postings published in (coveredUntil, now], found by
 * the site's own search (searchOpportunities, newest first) with the saved
 * parameters, so it lists exactly what the results page shows for them. The
 * next window starts where this one ended: a posting's publication time never
 * changes once set, so no posting is in two digests and none falls between two.
 *
 * The search runs before the transaction, then one short transaction per
 * alert locks its row (FOR UPDATE SKIP LOCKED), checks that the window it
 * searched is still the open one, queues the mail and moves the window on.
 * A server that finds the row locked, or already moved on, sends nothing.
 * The search cannot run inside the transaction: it reads through its own
 * connection, and PGlite has only one, which the transaction holds.
 */
export async function sendDueDigests(now: Date = new Date()): Promise<DigestReport> {
  const db = await getDb();
  const counties = await listCounties();
  const countySlugs = counties.map((county) => county.slug);
  const countyName = new Map(counties.map((county) => [county.slug, county.name]));
  const report: DigestReport = { checked: 0, mailed: 0, failed: 0 };

  // Walked by id, so an alert another server holds is passed over once, not retried in a loop.
  for (let afterId = 0; ; ) {
    const due: DueAlert[] = await db
      .select({
        id: savedSearches.id,
        userId: savedSearches.userId,
        query: savedSearches.query,
        frequency: savedSearches.frequency,
        coveredUntil: savedSearches.coveredUntil,
        userActive: sql<boolean>`${users.disabledAt} is null`,
      })
      .from(savedSearches)
      .innerJoin(users, eq(users.id, savedSearches.userId))
      .where(and(gt(savedSearches.id, afterId), isDue(now)))
      .orderBy(asc(savedSearches.id))
      .limit(BATCH_SIZE);
    if (due.length === 0) break;
    for (const alert of due) {
      afterId = alert.id;
      try {
        const { params } = parseSearchParamsLenient(rawParamsOf(new URLSearchParams(alert.query)), countySlugs);
        if (await sendDigest(alert, params, now, countyName)) report.mailed++;
        report.checked++;
      } catch (error) {
        // One broken alert must not hold up the others; it stays due and is tried again next time.
        report.failed++;
        console.error(`[alerts] digest of saved search ${alert.id} failed: ${error instanceof Error ? error.name : "unknown error"}`);
      }
    }
  }
  return report;
}

function isDue(now: Date) {
  return or(
    ...Object.entries(PERIOD_DAYS).map(([frequency, days]) =>
      and(eq(savedSearches.frequency, frequency as DueAlert["frequency"]), lte(savedSearches.coveredUntil, new Date(now.getTime() - days * dayMs()))),
    ),
  );
}

/** One alert's digest: true when a mail was queued. */
async function sendDigest(alert: DueAlert, params: SearchParams, now: Date, countyName: ReadonlyMap<string, string>): Promise<boolean> {
  const search = { ...params, sort: "newest", page: 1 } as const;
  // A disabled account gets no mail; its window still moves on, so nothing old arrives if it is enabled again.
  const result = alert.userActive
    ? await searchOpportunities({ ...search, publishedAfter: alert.coveredUntil, publishedUntil: now }, { pageSize: DIGEST_LIMIT, facets: false, primary: true, localFirst: false })
    : null;

  const db = await getDb();
  return db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ coveredUntil: savedSearches.coveredUntil })
      .from(savedSearches)
      .where(and(eq(savedSearches.id, alert.id), isDue(now)))
      .for("update", { skipLocked: true });
    // Another server is sending it or has sent it, or its owner deleted it.
    if (!locked || locked.coveredUntil.getTime() !== alert.coveredUntil.getTime()) return false;

    let mailed = false;
    if (result && result.items.length > 0) {
      const [user] = await tx
        .select({ email: users.email })
        .from(users)
        .where(and(eq(users.id, alert.userId), isNull(users.disabledAt)));
      if (user) {
        await enqueueMail(tx, {
          to: user.email,
          subject: DIGEST_SUBJECT,
          text: digestText(alert, search, result, countyName),
          // RFC 8058: the mail program's own "Unsubscribe" posts here, one click, no page to open.
          headers: {
            "List-Unsubscribe": `<${siteUrl()}/alerts/unsubscribe/one-click?token=${unsubscribeToken(alert.id)}>`,
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
          },
        });
        mailed = true;
      }
    }
    await tx
      .update(savedSearches)
      .set(mailed ? { coveredUntil: now, lastSentAt: now } : { coveredUntil: now })
      .where(eq(savedSearches.id, alert.id));
    return mailed;
  });
}

/** The mail. The unsubscribe link goes here only: never in a page, a log line or a subject. */
function digestText(alert: DueAlert, search: Partial<SearchParams>, result: SearchResult, countyName: ReadonlyMap<string, string>): string {
  const searchUrl = `${siteUrl()}/opportunities${toQueryString(search)}`;
  const more = result.total.count - result.items.length;
  const lines = [
    `New volunteer opportunities match a search you saved on the ${site.name}:`,
    describeSearch(search, countyName),
    "",
  ];
  result.items.forEach((opportunity, i) => {
    lines.push(`${i + 1}. ${opportunity.title}`, `   ${opportunity.organizationName}`, `   ${whereOf(opportunity)}`, `   ${siteUrl()}/opportunities/${opportunity.slug}`, "");
  });
  if (more > 0) lines.push(`And ${formatCount({ count: more, capped: result.total.capped })} more. See them all:`);
  else lines.push("See this search on the site:");
  lines.push(
    searchUrl,
    "",
    "--",
    `You get this e-mail ${alertFrequencyLabels[alert.frequency].toLowerCase()} because you asked for alerts on this search.`,
    `Stop these alerts (no need to sign in): ${siteUrl()}/alerts/unsubscribe?token=${unsubscribeToken(alert.id)}`,
    `See or change all your alerts: ${siteUrl()}/me/alerts`,
  );
  return lines.join("\n");
}

/** Where, as the result cards say it; a confidential location is already a county only. */
function whereOf(opportunity: OpportunitySummary): string {
  const place = opportunity.statewide
    ? "Statewide"
    : [opportunity.town, opportunity.counties.map((county) => `${county.name} County`).join(", ")].filter(Boolean).join(" · ");
  return [place, opportunity.remote ? "Remote" : ""].filter(Boolean).join(" · ") || site.state;
}
