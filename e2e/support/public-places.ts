/**
 * Every public place a posting shows, asked over HTTP with no session: the
 * search page, the API, its county's and its organization's pages, the feed,
 * the home page's newest list and its own page.
 */
import type { APIRequestContext } from "@playwright/test";

export type PublicPosting = { slug: string; title: string; organizationSlug: string; county: string };

export const PUBLIC_PLACES = ["search", "API", "county page", "organization page", "feed", "home page", "its own page"] as const;
export type PublicPlace = (typeof PUBLIC_PLACES)[number];

/** A link to the posting (and not to a longer slug that starts the same). */
function linksTo(body: string, slug: string): boolean {
  return new RegExp(`/opportunities/${slug}(?![a-z0-9-])`).test(body);
}

/** For each public place, whether it shows the posting right now. A page that answers 404 shows nothing. */
export async function wherePublic(request: APIRequestContext, posting: PublicPosting): Promise<Record<PublicPlace, boolean>> {
  const q = new URLSearchParams({ q: posting.title });
  const paths: Record<PublicPlace, string> = {
    search: `/opportunities?${q}`,
    API: `/api/v1/opportunities?${q}`,
    // Newest first: a posting published a moment ago is on the first page.
    "county page": `/counties/${posting.county}`,
    "organization page": `/organizations/${posting.organizationSlug}`,
    feed: "/feed.xml",
    "home page": "/",
    "its own page": `/opportunities/${posting.slug}`,
  };
  const shown = await Promise.all(
    PUBLIC_PLACES.map(async (place) => {
      const answer = await request.get(paths[place]);
      if (answer.status() === 404) return false;
      if (answer.status() !== 200) throw new Error(`${paths[place]} answered ${answer.status()}`);
      return place === "its own page" ? (await answer.text()).includes(posting.title) : linksTo(await answer.text(), posting.slug);
    }),
  );
  return Object.fromEntries(PUBLIC_PLACES.map((place, i) => [place, shown[i]])) as Record<PublicPlace, boolean>;
}

/** The answer of `wherePublic` for a posting that shows everywhere, or nowhere. */
export function everywhere(shown: boolean): Record<PublicPlace, boolean> {
  return Object.fromEntries(PUBLIC_PLACES.map((place) => [place, shown])) as Record<PublicPlace, boolean>;
}
