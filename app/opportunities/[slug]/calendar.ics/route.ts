import type { NextRequest } from "next/server";
import { postingCalendarEvent, renderIcs } from "@/lib/feeds/ics";
import { answerWithEtag } from "@/lib/http/conditional";
import { getPublicOpportunity } from "@/lib/opportunities/queries";

export const dynamic = "force-dynamic";

/** "Add to calendar" for a public one-time event; 404 for anything else. */
export async function GET(request: NextRequest, context: { params: Promise<{ slug: string }> }) {
  const opportunity = await getPublicOpportunity((await context.params).slug);
  if (!opportunity?.startsAt) return new Response("Not found", { status: 404 });
  const ics = renderIcs(
    postingCalendarEvent({ ...opportunity, startsAt: opportunity.startsAt, organizationName: opportunity.organization.name }, request.nextUrl.origin),
  );
  return answerWithEtag(request, ics, {
    "Content-Type": "text/calendar; charset=utf-8",
    "Content-Disposition": `attachment; filename="${opportunity.slug}.ics"`,
  });
}
