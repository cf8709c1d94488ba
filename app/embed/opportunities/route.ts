import type { NextRequest } from "next/server";
import { listCounties } from "@/lib/counties/queries";
import { renderEmbedPage, renderEmbedProblem } from "@/lib/embed/render";
import { answerWithEtag } from "@/lib/http/conditional";
import { parseSearchParamsStrict, rawParamsOf, toQueryString } from "@/lib/search/params";
import { searchOpportunities } from "@/lib/search/search";

export const dynamic = "force-dynamic";

const HTML = { "Content-Type": "text/html; charset=utf-8" };

/**
 * A search's postings, to sit in an <iframe> on another site: the parameters of /opportunities
 * (README, "The search"), read strictly (a bad one is a 400 naming it). Read afresh on every
 * request, so what stops being public leaves the frame on its next load.
 */
export async function GET(request: NextRequest) {
  const counties = await listCounties();
  const parsed = parseSearchParamsStrict(rawParamsOf(request.nextUrl.searchParams), counties.map((c) => c.slug));
  if (!parsed.ok) {
    return new Response(renderEmbedProblem("This listing's address is not valid", parsed.issues.map((i) => `${i.param}: ${i.message}`)), { status: 400, headers: HTML });
  }
  const params = parsed.params;
  const result = await searchOpportunities(params, { facets: false });
  const countyName = new Map(counties.map((c) => [c.slug, c.name]));
  const where = params.county.length > 0 ? ` in ${params.county.map((slug) => `${countyName.get(slug)} County`).join(" or ")}` : " in Maine";
  const pageHref = (n: number) => `/embed/opportunities${toQueryString({ ...params, page: n })}`;
  const html = renderEmbedPage({
    heading: `Volunteer opportunities${where}`,
    items: result.items,
    emptyText: "No open opportunities match right now.",
    moreHref: `/opportunities${toQueryString({ ...params, page: 1 })}`,
    previousHref: result.page > 1 ? pageHref(result.page - 1) : null,
    nextHref: result.page < result.pageCount ? pageHref(result.page + 1) : null,
  });
  return answerWithEtag(request, html, HTML);
}
