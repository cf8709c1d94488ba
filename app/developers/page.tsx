import type { Metadata } from "next";
import { PLAIN_SETTINGS } from "@/settings.mjs";
import { CAUSES, OPPORTUNITY_TYPES, SKILL_LEVELS } from "@/lib/vocabulary";
import { MAX_PAGE, MAX_QUERY_LENGTH, PAGE_SIZE, SORTS, type SEARCH_KEYS } from "@/lib/search/params";
import { site } from "@/lib/site";

export const metadata: Metadata = { title: "Open data: API, feeds and embeds" };

/** Every parameter of the URL contract, in words (a new one fails to compile until it is described here). */
const PARAMETERS: Record<(typeof SEARCH_KEYS)[number], string> = {
  q: `Keywords, with web-search syntax: "bake sale", mentor -online, legal or interpreter (${MAX_QUERY_LENGTH} characters at most).`,
  county: "A county's slug (york, cumberland, …); repeat it for several. Statewide postings match every county.",
  skill: SKILL_LEVELS.join(", "),
  type: OPPORTUNITY_TYPES.join(", "),
  cause: CAUSES.join(", "),
  remote: "1 for remote postings only.",
  local: "1 leaves out statewide and remote postings.",
  open: "1 for postings with places still open (no limit, or fewer volunteers scheduled or placed than needed).",
  youth: "1 for postings open to volunteers under 18.",
  nocheck: "1 for postings that need no background check.",
  training: "1 for postings that provide training.",
  sort: `${SORTS.join(", ")}. relevance is the default with keywords, newest without.`,
  page: `1 to ${MAX_PAGE}, ${PAGE_SIZE} results a page.`,
};

const EXAMPLE = `{
  "total": 42, "totalIsLowerBound": false, "page": 1, "pageSize": 20, "pageCount": 3, "sort": "newest",
  "facets": { "county": [{ "slug": "york", "name": "York", "count": 12, "countIsLowerBound": false }], "skill": [ … ] },
  "items": [{
    "slug": "…", "url": "…/opportunities/…", "title": "…", "summary": "…",
    "type": "one_time", "skillLevel": "none", "causes": ["basic_needs"], "statewide": false, "remote": false,
    "town": "Biddeford", "counties": ["york"], "startsAt": "2026-12-05T14:00:00.000Z", "endsAt": null,
    "publishedAt": "…", "expiresAt": "…", "full": false, "organization": { "slug": "…", "name": "…" }
  }]
}`;

function Code({ children }: { children: string }) {
  return <pre className="mt-2 overflow-x-auto rounded border border-slate-300 bg-slate-50 p-3 text-sm">{children}</pre>;
}

/** For people who build on the databank's public data: what each endpoint gives, how to ask, the limits and the attribution asked. */
export default function DevelopersPage() {
  return (
    <article className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">Open data: API, feeds and embeds</h1>
      <p className="text-lg">
        The volunteer opportunities on the {site.name} are public, and you may use them in your own site, app or research. No key or
        account is needed. Everything below lists exactly what the site shows: a posting that closes, expires or is withdrawn, or
        whose organization is suspended, leaves every answer at once.
      </p>
      <p>
        The full, machine-readable description is the OpenAPI 3.1 document at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.
      </p>

      <h2 className="pt-4 text-xl font-semibold">Search API: GET /api/v1/opportunities</h2>
      <p>The search of the site as JSON, with the same parameters as the search page&rsquo;s address. All are optional; unknown ones are ignored.</p>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Search parameters</caption>
        <thead>
          <tr>
            <th scope="col" className="border-b border-slate-300 py-1 pr-4">Parameter</th>
            <th scope="col" className="border-b border-slate-300 py-1">Values</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(PARAMETERS).map(([name, values]) => (
            <tr key={name}>
              <th scope="row" className="border-b border-slate-200 py-1 pr-4 font-mono font-normal">{name}</th>
              <td className="border-b border-slate-200 py-1">{values}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>For example, postings in York County that need no experience:</p>
      <Code>GET /api/v1/opportunities?county=york&amp;skill=none</Code>
      <Code>{EXAMPLE}</Code>
      <p>
        <code>totalIsLowerBound: true</code> means &ldquo;at least <code>total</code>&rdquo; (counts stop at 1,000). <code>town</code> is
        null where an organization keeps its location confidential; there is never a street address. A bad parameter is answered
        with <code>400</code> naming each one:
      </p>
      <Code>{`{ "error": "invalid_parameters", "issues": [{ "param": "county", "message": "Unknown county." }] }`}</Code>

      <h2 className="pt-4 text-xl font-semibold">Feeds and calendar files</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <a href="/feed.xml">/feed.xml</a>: RSS of the 50 newest postings; takes the same filters (<code>/feed.xml?county=york</code>).{" "}
          <a href="/feeds">How to follow a feed</a>.
        </li>
        <li>
          <code>/opportunities/&lt;slug&gt;/calendar.ics</code>: an opportunity with a date, as a calendar event (town and county, never an address).
        </li>
        <li>
          <a href="/sitemap.xml">/sitemap.xml</a>: every public page, for search engines. Each posting&rsquo;s page also carries schema.org{" "}
          <code>JobPosting</code> data.
        </li>
      </ul>

      <h2 className="pt-4 text-xl font-semibold">Embeds: listings on your own site</h2>
      <p>
        A small page made to sit in an <code>&lt;iframe&gt;</code> on any site: no cookies, no script, and links that open each posting
        here in a new tab.
      </p>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <code>/embed/organizations/&lt;slug&gt;</code>: an organization&rsquo;s open postings. Its members find the HTML to copy, with a
          preview, under &ldquo;On your website&rdquo; in their dashboard.
        </li>
        <li>
          <code>/embed/opportunities?&lt;search&gt;</code>: any search, with the parameters above.
        </li>
      </ul>
      <Code>{`<iframe src="…/embed/opportunities?county=york" title="Volunteer opportunities in York County" width="100%" height="480" style="border:1px solid #e2e8f0;max-width:40rem" loading="lazy"></iframe>`}</Code>

      <h2 className="pt-4 text-xl font-semibold">From a browser, and asking again</h2>
      <p>
        The API answers any origin (<code>Access-Control-Allow-Origin: *</code>, no credentials), so a page on your site can call it
        directly. Every answer of the API, the feeds and the embeds carries an <code>ETag</code>: send it back in{" "}
        <code>If-None-Match</code> and an unchanged answer comes back as <code>304 Not Modified</code>, with no body.
      </p>

      <h2 className="pt-4 text-xl font-semibold">Limits</h2>
      <p>
        Each address may make {PLAIN_SETTINGS.PUBLIC_READS_PER_MINUTE(undefined)} public reads a minute (searches, API calls, feeds and embeds together, unless
        the site&rsquo;s operators set another figure). Past that the answer is <code>429</code> with <code>Retry-After</code>, in
        seconds. Please ask no more often than you need: the postings change a few times a day, and a 304 costs little.
      </p>

      <h2 className="pt-4 text-xl font-semibold">Licence and credit</h2>
      <p>
        The listings are offered under the Creative Commons Attribution 4.0 licence (CC BY 4.0). Wherever you show them, please credit
        the &ldquo;{site.name}&rdquo; and link each posting to its page here (the <code>url</code> of each item), so that volunteers
        answer through the databank and their details stay protected. Do not copy listings into a place where they outlive their
        expiry: show what the API says now.
      </p>
    </article>
  );
}
