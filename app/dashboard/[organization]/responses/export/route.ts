import type { NextRequest } from "next/server";
import { organizationAccessForRoute } from "@/lib/auth/require";
import { toLocalInput } from "@/lib/format";
import { exportResponsesCsv } from "@/lib/responses/csv";
import { parseInboxParams } from "@/lib/responses/inbox-schemas";
import { rawParamsOf } from "@/lib/search/params";

export const dynamic = "force-dynamic";

/**
 * The inbox as a CSV file, with the inbox's filters (a posting id and a
 * status: nothing about a volunteer is ever in this address). Access is read
 * from the database on each request; anyone without it gets the same 404 as
 * for an organization that does not exist.
 */
export async function GET(request: NextRequest, context: { params: Promise<{ organization: string }> }) {
  const { organization: slug } = await context.params;
  const access = await organizationAccessForRoute(slug, "responses", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  if (access instanceof Response) return access;

  const { opportunityId, status } = parseInboxParams(rawParamsOf(request.nextUrl.searchParams));
  const csv = await exportResponsesCsv(access, { opportunityId, status });
  const day = toLocalInput(new Date()).slice(0, 10);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="responses-${access.organization.slug}-${day}.csv"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
