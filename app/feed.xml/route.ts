import type { NextRequest } from "next/server";
import { renderRss } from "@/lib/feeds/rss";
import { answerWithEtag } from "@/lib/http/conditional";
import { listCounties } from "@/lib/counties/queries";
import { parseSearchParamsStrict, rawParamsOf } from "@/lib/search/params";
import { searchOpportunities } from "@/lib/search/search";

export const dynamic = "force-dynamic";

/**
 * The newest public postings as RSS; takes the search's parameters (e.g.
 * ?county=york&skill=none). Sent as application/xml: a browser shows
 * application/rss+xml as plain text, but applies the feed's stylesheet
 * (/feed.xsl) to XML; feed readers take either.
 */
export async function GET(request: NextRequest) {
  const raw = rawParamsOf(request.nextUrl.searchParams);
  const parsed = parseSearchParamsStrict(raw, (await listCounties()).map((c) => c.slug));
  if (!parsed.ok) return Response.json({ error: "invalid_parameters", issues: parsed.issues }, { status: 400 });
  const result = await searchOpportunities({ ...parsed.params, sort: "newest", page: 1 }, { pageSize: 50, facets: false, localFirst: false });
  const selfPath = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  // Read afresh every time (a posting that stops being public leaves at once); the ETag spares a reader an unchanged feed.
  return answerWithEtag(request, renderRss(result.items, request.nextUrl.origin, selfPath), { "Content-Type": "application/xml; charset=utf-8" });
}
