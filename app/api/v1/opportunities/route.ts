import type { NextRequest } from "next/server";
import { listCounties } from "@/lib/counties/queries";
import { parseSearchParamsStrict, rawParamsOf } from "@/lib/search/params";
import { searchOpportunities } from "@/lib/search/search";
import { toApiResult } from "@/lib/search/api";

export const dynamic = "force-dynamic";

/** The public search as JSON: the parameters of /opportunities, public fields only (README, "API"). */
export async function GET(request: NextRequest) {
  const raw = rawParamsOf(request.nextUrl.searchParams);
  const counties = await listCounties();
  const parsed = parseSearchParamsStrict(raw, counties.map((c) => c.slug));
  if (!parsed.ok) {
    return Response.json({ error: "invalid_parameters", issues: parsed.issues }, { status: 400 });
  }
  const result = await searchOpportunities(parsed.params);
  return Response.json(toApiResult(result, request.nextUrl.origin), {
    // Not cached: a suspended organization's postings must leave the API at once.
    headers: { "Cache-Control": "no-store" },
  });
}
