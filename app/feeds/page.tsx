import type { Metadata } from "next";
import Link from "next/link";
import { listCounties } from "@/lib/counties/queries";
import { parseSearchParamsLenient, toQueryString, type SearchParams } from "@/lib/search/params";
import { siteUrl } from "@/lib/site";

export const metadata: Metadata = { title: "Follow opportunities in a feed" };

// The search's filters come in the address, so the page is rendered per request.
export const dynamic = "force-dynamic";

/** In words, what a search's feed lists: "York County, no experience needed". */
function describe(params: SearchParams, countyName: Map<string, string>): string {
  const parts = [
    ...(params.q ? [`matching “${params.q}”`] : []),
    ...(params.county.length > 0 ? [`in ${params.county.map((slug) => `${countyName.get(slug)} County`).join(" or ")}`] : []),
    ...(params.skill || params.type || params.cause || params.remote || params.local ? ["with the other filters of your search"] : []),
  ];
  return parts.length > 0 ? `the newest opportunities ${parts.join(", ")}` : "the newest opportunities anywhere in Maine";
}

/**
 * What a feed is and how to follow one, reached from a search's "Follow this
 * search" link: the feed itself is XML, which means little to a person who
 * opens it. Takes the search's parameters, as the feed does.
 */
export default async function FeedsPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const counties = await listCounties();
  const { params } = parseSearchParamsLenient(await props.searchParams, counties.map((c) => c.slug));
  const query = toQueryString({ ...params, sort: undefined, page: 1 });
  const feedPath = `/feed.xml${query}`;
  const countyName = new Map(counties.map((c) => [c.slug, c.name]));

  return (
    <article className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">Follow opportunities in a feed</h1>
      <p className="text-lg">
        A feed is a list of the newest opportunities that a <strong>feed reader</strong> app checks for you. Add the feed once,
        and new opportunities show up in the app as they are posted. You do not need an account to follow one.
      </p>

      <section aria-labelledby="this-feed" className="rounded border-2 border-blue-700 bg-blue-50 p-4">
        <h2 id="this-feed" className="text-xl font-semibold">
          {query ? "The feed of your search" : "The feed of all opportunities"}
        </h2>
        <p className="mt-2">It lists {describe(params, countyName)}, up to 50 at a time. Copy this address into your feed reader:</p>
        <p className="mt-2 break-all rounded border border-slate-300 bg-white p-2 font-mono text-sm" data-testid="feed-address">
          {siteUrl()}
          {feedPath}
        </p>
        <p className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
          <a href={feedPath}>Open the feed</a>
          {query && <Link href={`/opportunities${query}`}>Back to your search</Link>}
        </p>
      </section>

      <h2 className="pt-4 text-xl font-semibold">How to follow it</h2>
      <ol className="list-decimal space-y-2 pl-6">
        <li>Open a feed reader: an app on your phone or computer, or a website. Many are free; some mail programs and browsers have one built in.</li>
        <li>Choose to add a feed or a subscription, and paste the address above.</li>
        <li>That is all. The reader shows each new opportunity with a link to its page here.</li>
      </ol>
      <p>
        If you open the feed in a browser, you see the list of opportunities it holds as a page; a feed reader shows the same
        list and keeps it up to date.
      </p>

      <h2 className="pt-4 text-xl font-semibold">Rather have an e-mail?</h2>
      <p>
        Under a search’s results, “Get e-mail alerts for this search” sends you its new opportunities by e-mail, daily or
        weekly. It needs an account: <Link href={`/me/alerts?${new URLSearchParams({ save: query })}`}>get e-mail alerts for this search</Link>.
      </p>

      <h2 className="pt-4 text-xl font-semibold">Dates in your calendar</h2>
      <p>An opportunity with a date has “Add to your calendar” on its page: a calendar file you can open in most calendar apps.</p>

      <h2 className="pt-4 text-xl font-semibold">Building something?</h2>
      <p>
        The same listings are open as a JSON API and as listings to embed in your own site: see <Link href="/developers">open data</Link>.
      </p>
    </article>
  );
}
