import type { NextRequest } from "next/server";
import { renderIcs } from "@/lib/feeds/ics";
import { answerWithEtag } from "@/lib/http/conditional";
import { getPublicOpportunity } from "@/lib/opportunities/queries";

export const dynamic = "force-dynamic";

/** "Add to calendar" for a public one-time event; 404 for anything else. */
export async function GET(request: NextRequest, context: { params: Promise<{ slug: string }> }) {
  const opportunity = await getPublicOpportunity((await context.params).slug);
  if (!opportunity?.startsAt) return new Response("Not found", { status: 404 });
  const where = opportunity.statewide ? "Statewide" : opportunity.counties.map((c) => `${c.name} County`).join(", ");
  const ics = renderIcs({
    uid: `${opportunity.slug}@${request.nextUrl.host}`,
    title: opportunity.title,
    description: `${opportunity.summary}\n\n${opportunity.organization.name}\n${request.nextUrl.origin}/opportunities/${opportunity.slug}`,
    // Town and county only: never an address (invariant 2).
    location: [opportunity.town, `${where}, Maine`].filter(Boolean).join(", "),
    url: `${request.nextUrl.origin}/opportunities/${opportunity.slug}`,
    startsAt: opportunity.startsAt,
    endsAt: opportunity.endsAt,
    updatedAt: opportunity.updatedAt,
  });
  return answerWithEtag(request, ics, {
    "Content-Type": "text/calendar; charset=utf-8",
    "Content-Disposition": `attachment; filename="${opportunity.slug}.ics"`,
  });
}
