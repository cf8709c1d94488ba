import type { SearchResult } from "./search";

/**
 * The JSON shape of /api/v1/opportunities. Written out field by field so a
 * new column never reaches the API by accident.
 */
export function toApiResult(result: SearchResult, origin: string) {
  return {
    total: result.total.count,
    totalIsLowerBound: result.total.capped,
    page: result.page,
    pageSize: result.pageSize,
    pageCount: result.pageCount,
    sort: result.sort,
    facets: result.facets && {
      county: result.facets.counties.map((c) => ({ slug: c.slug, name: c.name, count: c.count, countIsLowerBound: c.capped })),
      skill: result.facets.skills.map((s) => ({ value: s.value, count: s.count, countIsLowerBound: s.capped })),
    },
    items: result.items.map((item) => ({
      slug: item.slug,
      url: `${origin}/opportunities/${item.slug}`,
      title: item.title,
      summary: item.summary,
      type: item.type,
      skillLevel: item.skillLevel,
      causes: item.causes,
      statewide: item.statewide,
      remote: item.remote,
      town: item.town,
      counties: item.counties.map((c) => c.slug),
      startsAt: item.startsAt?.toISOString() ?? null,
      endsAt: item.endsAt?.toISOString() ?? null,
      publishedAt: item.publishedAt?.toISOString() ?? null,
      expiresAt: item.expiresAt.toISOString(),
      full: item.full,
      organization: { slug: item.organizationSlug, name: item.organizationName },
    })),
  };
}
