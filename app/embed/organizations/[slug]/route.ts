import type { NextRequest } from "next/server";
import { renderEmbedPage, renderEmbedProblem } from "@/lib/embed/render";
import { parseOrganizationEmbedParams } from "@/lib/embed/params";
import { answerWithEtag } from "@/lib/http/conditional";
import { getPublicOrganization } from "@/lib/organizations/queries";
import { rawParamsOf } from "@/lib/search/params";
import { searchOpportunities } from "@/lib/search/search";

export const dynamic = "force-dynamic";

const HTML = { "Content-Type": "text/html; charset=utf-8" };

/**
 * One organization's open postings, to sit in an <iframe> on its own site (README, "Embeds").
 * Read afresh on every request: a posting that stops being public, or an organization that is
 * suspended, leaves the frame on the next load. 404 for an organization that is not approved.
 */
export async function GET(request: NextRequest, context: { params: Promise<{ slug: string }> }) {
  const parsed = parseOrganizationEmbedParams(rawParamsOf(request.nextUrl.searchParams));
  if (!parsed.ok) {
    return new Response(renderEmbedProblem("This listing's address is not valid", parsed.issues.map((i) => `${i.param}: ${i.message}`)), { status: 400, headers: HTML });
  }
  const organization = await getPublicOrganization((await context.params).slug);
  if (!organization) {
    return new Response(renderEmbedProblem("Not found", ["There is no organization with public listings at this address."]), { status: 404, headers: HTML });
  }
  const result = await searchOpportunities({ organizationId: organization.id, page: parsed.page }, { facets: false });
  const base = `/embed/organizations/${organization.slug}`;
  const pageHref = (n: number) => `${base}${n > 1 ? `?page=${n}` : ""}`;
  const html = renderEmbedPage({
    heading: `Volunteer with ${organization.name}`,
    items: result.items,
    emptyText: `${organization.name} has no open opportunities right now.`,
    moreHref: `/organizations/${organization.slug}`,
    previousHref: result.page > 1 ? pageHref(result.page - 1) : null,
    nextHref: result.page < result.pageCount ? pageHref(result.page + 1) : null,
  });
  return answerWithEtag(request, html, HTML);
}
