import type { NextRequest } from "next/server";
import { listCounties } from "@/lib/counties/queries";
import { apiJson, corsPreflight } from "@/lib/http/conditional";
import { parseSearchParamsStrict, rawParamsOf } from "@/lib/search/params";
import { searchOpportunities } from "@/lib/search/search";
import { toApiResult } from "@/lib/search/api";

export const dynamic = "force-dynamic";

/**
 * The public search as JSON: the parameters of /opportunities, public fields only (README, "API";
 * described by /api/v1/openapi.json). Read afresh on every request, so a suspended organization's
 * postings leave it at once; the ETag only spares a client the bytes of an unchanged answer.
 */
export async function GET(request: NextRequest) {
  const raw = rawParamsOf(request.nextUrl.searchParams);
  const counties = await listCounties();
  const parsed = parseSearchParamsStrict(raw, counties.map((c) => c.slug));
  if (!parsed.ok) return apiJson(request, { error: "invalid_parameters", issues: parsed.issues }, 400);
  const result = await searchOpportunities(parsed.params);
  return apiJson(request, toApiResult(result, request.nextUrl.origin));
}

export function OPTIONS() {
  return corsPreflight();
}
