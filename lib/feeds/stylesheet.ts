import { site } from "@/lib/site";

/** Where the feeds' stylesheet is served from; the feed names it in `<?xml-stylesheet?>`. */
export const FEED_STYLESHEET_PATH = "/feed.xsl";

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);

/**
 * An XSLT that lets a browser show the RSS feed as a readable page: what a
 * feed is, how to follow it, and the postings it lists. Feed readers ignore
 * it. No script (the quick exit is a plain link here) and only inline styles,
 * which the public pages' Content-Security-Policy allows.
 */
export function feedStylesheet(quickExitHref: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom">
  <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>
  <xsl:template match="/rss/channel">
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="robots" content="noindex"/>
        <title><xsl:value-of select="title"/> (feed)</title>
        <style>
          body { font-family: system-ui, sans-serif; line-height: 1.5; color: #0f172a; margin: 0; }
          main { max-width: 48rem; margin: 0 auto; padding: 1rem; }
          a { color: #1d4ed8; }
          .exit { display: block; background: #7f1d1d; color: #fff; text-align: center; padding: .5rem; font-weight: 600; }
          .about { border: 2px solid #1d4ed8; background: #eff6ff; border-radius: .25rem; padding: 1rem; }
          .address { display: block; overflow-wrap: anywhere; background: #fff; border: 1px solid #cbd5e1; padding: .5rem; margin-top: .5rem; font-family: ui-monospace, monospace; }
          ol { list-style: none; padding: 0; }
          li { border: 1px solid #e2e8f0; border-radius: .25rem; padding: 1rem; margin-top: 1rem; }
          h1 { font-size: 1.75rem; line-height: 1.25; }
          h2 { font-size: 1.125rem; margin: 0; }
          .meta { font-size: .875rem; color: #475569; }
        </style>
      </head>
      <body>
        <a class="exit" href="${escapeXml(quickExitHref)}">Quick exit: leave this site</a>
        <main>
          <p><a href="/">${escapeXml(site.name)}</a></p>
          <h1><xsl:value-of select="title"/></h1>
          <section class="about" aria-labelledby="about-heading">
            <h2 id="about-heading">This is a feed</h2>
            <p>A feed reader app checks this address for you and shows new opportunities as they are posted. Copy the address into your feed reader to follow it:</p>
            <code class="address"><xsl:value-of select="atom:link[@rel='self']/@href"/></code>
            <p><a href="/feeds">What feeds are and how to use them</a> · <a href="{link}">Search opportunities on the site</a></p>
          </section>
          <h2 style="margin-top: 1.5rem">The newest opportunities (<xsl:value-of select="count(item)"/>)</h2>
          <xsl:if test="count(item) = 0"><p>No opportunity matches this feed at the moment. New ones will appear here.</p></xsl:if>
          <ol>
            <xsl:for-each select="item">
              <li>
                <h2><a href="{link}"><xsl:value-of select="title"/></a></h2>
                <p><xsl:value-of select="description"/></p>
                <xsl:if test="pubDate"><p class="meta">Posted <xsl:value-of select="substring(pubDate, 6, 11)"/></p></xsl:if>
              </li>
            </xsl:for-each>
          </ol>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
`;
}
