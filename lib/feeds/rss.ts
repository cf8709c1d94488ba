import type { OpportunitySummary } from "@/lib/search/search";
import { site } from "@/lib/site";

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);

/** An RSS 2.0 feed of public postings; only the fields the API shows. */
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
