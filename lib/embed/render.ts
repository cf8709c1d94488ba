/**
 * The embeddable listings (/embed/…): a whole, small HTML document for an
 * <iframe> on another organization's site. No header, footer or script, one
 * inline style sheet, and links that open the posting here in a new tab.
 * Written as a string rather than through the site's layout, which carries
 * the header, the footer and the quick exit (the page embedding it has its own).
 */
import { formatDate, formatEventTime } from "@/lib/format";
import { opportunityTypeLabels } from "@/lib/vocabulary";
import type { OpportunitySummary } from "@/lib/search/search";
import { site } from "@/lib/site";

/** Text for HTML: element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const STYLE = `
*{box-sizing:border-box}
body{margin:0;padding:12px;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#0f172a;background:#fff}
h1{font-size:16px;margin:0 0 8px}
ul{list-style:none;margin:0;padding:0}
li{border-top:1px solid #e2e8f0;padding:8px 0}
a{color:#1d4ed8}
a:focus{outline:2px solid #1d4ed8;outline-offset:2px}
.t{font-weight:600;font-size:15px}
.m{color:#475569;font-size:13px;margin:2px 0 0}
.s{margin:4px 0 0}
.f{border-top:1px solid #e2e8f0;padding-top:8px;font-size:13px;display:flex;flex-wrap:wrap;gap:4px 16px;justify-content:space-between}
`.replace(/\n/g, "");

export type EmbedPage = {
  /** The heading inside the frame, and the document's title. */
  heading: string;
  items: OpportunitySummary[];
  /** Said when there is nothing to list. */
  emptyText: string;
  /** Where "See all" goes on the databank: the same listing as a full page. */
  moreHref: string;
  /** Pages of the listing inside the frame, when there is more than one. */
  previousHref?: string | null;
  nextHref?: string | null;
};

function where(item: OpportunitySummary): string {
  if (item.statewide) return "Statewide";
  const counties = item.counties.map((county) => `${county.name} County`).join(", ");
  return [item.town, counties, item.remote ? "Remote" : null].filter(Boolean).join(" · ");
}

function entry(item: OpportunitySummary): string {
  const details = [
    item.organizationName,
    where(item),
    opportunityTypeLabels[item.type],
    item.startsAt ? formatEventTime(item.startsAt, item.endsAt) : `Open until ${formatDate(item.expiresAt)}`,
  ].filter(Boolean);
  // A new tab: the volunteer reads and answers on the databank, the host's page stays where it was.
  return (
    `<li><a class="t" href="/opportunities/${escapeHtml(item.slug)}" target="_blank" rel="noopener">${escapeHtml(item.title)}</a>` +
    `<p class="m">${details.map(escapeHtml).join(" · ")}</p>` +
    `<p class="s">${escapeHtml(item.summary)}</p></li>`
  );
}

/** The document of an embed. */
export function renderEmbedPage(page: EmbedPage): string {
  const list = page.items.length > 0 ? `<ul>${page.items.map(entry).join("")}</ul>` : `<p>${escapeHtml(page.emptyText)}</p>`;
  const paging = [
    page.previousHref ? `<a href="${escapeHtml(page.previousHref)}">Previous</a>` : "",
    page.nextHref ? `<a href="${escapeHtml(page.nextHref)}">Next</a>` : "",
  ].join(" ");
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="robots" content="noindex"><title>${escapeHtml(page.heading)} - ${escapeHtml(site.name)}</title><style>${STYLE}</style></head>` +
    `<body><h1>${escapeHtml(page.heading)}</h1>${list}` +
    `<p class="f"><span><a href="${escapeHtml(page.moreHref)}" target="_blank" rel="noopener">See all on the ${escapeHtml(site.name)}</a></span>` +
    (paging.trim() ? `<span>${paging}</span>` : "") +
    `</p></body></html>`
  );
}

/** The page of an embed that cannot be shown: a bad address or an organization that is not public. */
export function renderEmbedProblem(heading: string, lines: string[]): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>${escapeHtml(heading)} - ${escapeHtml(site.name)}</title><style>${STYLE}</style></head>` +
    `<body><h1>${escapeHtml(heading)}</h1>${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join("")}</body></html>`
  );
}

/** The HTML an organization copies into its own site: a frame of `path` on this databank, sized to sit in a column. */
export function embedSnippet(siteOrigin: string, path: string, title: string): string {
  return `<iframe src="${escapeHtml(`${siteOrigin}${path}`)}" title="${escapeHtml(title)}" width="100%" height="480" style="border:1px solid #e2e8f0;max-width:40rem" loading="lazy"></iframe>`;
}
