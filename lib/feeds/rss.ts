import type { OpportunitySummary } from "@/lib/search/search";
import { site } from "@/lib/site";
import { FEED_STYLESHEET_PATH } from "./stylesheet";

/**
 * Text as XML character data. Characters XML 1.0 forbids (C0 controls other
 * than tab and line breaks, lone surrogates, U+FFFE/U+FFFF) and DEL are
 * dropped: one would make the whole feed unreadable to a reader, whatever a
 * posting holds. The forms refuse them; older rows and imports may not have.
 */
const escapeXml = (text: string) =>
  text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "")
    .replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);

/** An RSS 2.0 feed of public postings; only the fields the API shows. A browser shows it through the site's stylesheet. */
export function renderRss(items: OpportunitySummary[], origin: string, selfPath: string): string {
  const entries = items.map((item) => {
    const link = `${origin}/opportunities/${item.slug}`;
    const where = item.statewide ? "Statewide" : item.counties.map((c) => `${c.name} County`).join(", ");
    return [
      "    <item>",
      `      <title>${escapeXml(item.title)}</title>`,
      `      <link>${escapeXml(link)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(link)}</guid>`,
      item.publishedAt ? `      <pubDate>${item.publishedAt.toUTCString()}</pubDate>` : "",
      `      <description>${escapeXml(`${item.summary} (${item.organizationName}; ${where})`)}</description>`,
      ...item.counties.map((c) => `      <category>${escapeXml(c.name)}</category>`),
      "    </item>",
    ]
      .filter(Boolean)
      .join("\n");
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<?xml-stylesheet type="text/xsl" href="${FEED_STYLESHEET_PATH}"?>`,
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "  <channel>",
    `    <title>${escapeXml(site.name)}: new opportunities</title>`,
    `    <link>${escapeXml(`${origin}/opportunities`)}</link>`,
    `    <atom:link href="${escapeXml(origin + selfPath)}" rel="self" type="application/rss+xml"/>`,
    `    <description>${escapeXml(site.tagline)}</description>`,
    "    <language>en-us</language>",
    ...entries,
    "  </channel>",
    "</rss>",
    "",
  ].join("\n");
}
