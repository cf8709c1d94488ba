/**
 * What the embeds' addresses take. /embed/opportunities takes the search's own
 * parameters (lib/search/params.ts, the URL contract); an organization's embed
 * takes only `page`. Both are read strictly, like the API: a bad value is a 400
 * that names it, never a silent guess inside someone else's page.
 */
import { z } from "@/lib/zod";
import { pageParam, type ParamIssue, type RawParams } from "@/lib/search/params";

const organizationEmbedParamsSchema = z.object({ page: pageParam });

export function parseOrganizationEmbedParams(raw: RawParams): { ok: true; page: number } | { ok: false; issues: ParamIssue[] } {
  const result = organizationEmbedParamsSchema.safeParse({ page: raw.page });
  if (result.success) return { ok: true, page: result.data.page };
  return { ok: false, issues: [{ param: "page", message: result.error.issues[0]?.message ?? "Not a page number." }] };
}
