/**
 * Postings for the feeds' tests (the RSS feed, the calendar files, the
 * sitemap): public ones, one whose text holds control characters, XML's and
 * CDATA's special characters and emoji, and ones that must never show.
 */
import { NextRequest } from "next/server";
import type { Database } from "@/db/client";
import { insertOpportunity, insertOrganization } from "@/lib/testing/fixtures";

const DAY = 24 * 60 * 60 * 1000;

// Control characters a form would refuse but an older row or an import may hold, with XML's and CDATA's special characters and emoji.
const CONTROL = "\u0001\u0007\u000b\u000c\u001b[31m\u001f\u007f";
const TRICKY_TITLE = `Coats ]]> & <b>boots</b>${CONTROL} 🧥🥾`;
const TRICKY_SUMMARY = `Sort\tcoats;\r\nthen ${CONTROL}boots ]]> & more 🙂`;

export type FeedPostings = {
  open: { slug: string };
  event: { slug: string };
  tricky: { slug: string };
  hidden: { slug: string }[];
  suspendedSlug: string;
};

export async function insertFeedPostings(db: Database): Promise<FeedPostings> {
  const host = await insertOrganization(db, { name: "Bread & Roses <Coalition>" });
  const suspended = await insertOrganization(db, { status: "suspended" });
  const open = await insertOpportunity(db, host.id, { title: "Pantry & coat room <helper>", summary: "Sort coats & boots." }, ["york"]);
  const startsAt = new Date(Date.now() + 5 * DAY);
  const event = await insertOpportunity(db, host.id, { title: "Bean supper, kitchen crew", type: "one_time", startsAt, endsAt: new Date(startsAt.getTime() + 3 * 3_600_000), town: "Kittery" }, ["york"]);
  const tricky = await insertOpportunity(
    db,
    host.id,
    { title: TRICKY_TITLE, summary: TRICKY_SUMMARY, type: "one_time", startsAt, town: `Kit${CONTROL}tery` },
    ["york"],
  );
  const hidden = [
    await insertOpportunity(db, suspended.id, { title: "Suspended posting", type: "one_time", startsAt }),
    await insertOpportunity(db, host.id, { title: "Draft posting", status: "draft", publishedAt: null }),
    await insertOpportunity(db, host.id, { title: "Expired posting", expiresAt: new Date(Date.now() - DAY) }),
  ];
  return { open, event, tricky, hidden, suspendedSlug: suspended.slug };
}

/** Calls a route handler as Next would, with the posting's slug as its parameter. */
export const getRoute = (handler: (r: NextRequest, c: never) => Promise<Response>, path: string, slug?: string) =>
  handler(new NextRequest(`http://localhost${path}`), { params: Promise.resolve({ slug }) } as never);
