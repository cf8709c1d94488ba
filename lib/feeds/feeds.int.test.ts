/** The feeds for other tools, through their real route handlers: only public postings, well-formed. */
import { NextRequest } from "next/server";
import { SaxesParser } from "saxes";
import { beforeAll, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { insertOpportunity, insertOrganization } from "@/db/testing/fixtures";
import { GET as calendar } from "@/app/opportunities/[slug]/calendar.ics/route";
import { GET as feed } from "@/app/feed.xml/route";
import { GET as stylesheet } from "@/app/feed.xsl/route";
import { listSitemapEntries } from "./sitemap";

const DAY = 24 * 60 * 60 * 1000;
let open: { slug: string };
let event: { slug: string };
let hidden: { slug: string }[];
let suspendedSlug: string;
let tricky: { slug: string };

// Control characters a form would refuse but an older row or an import may hold, with XML's and CDATA's special characters and emoji.
const CONTROL = "\u0001\u0007\u000b\u000c\u001b[31m\u001f\u007f";
const TRICKY_TITLE = `Coats ]]> & <b>boots</b>${CONTROL} 🧥🥾`;
const TRICKY_SUMMARY = `Sort\tcoats;\r\nthen ${CONTROL}boots ]]> & more 🙂`;

/** The elements of an XML document, read by a strict parser: throws on anything not well-formed. */
function parseXml(xml: string): { name: string; text: string }[] {
  const parser = new SaxesParser();
  const elements: { name: string; text: string }[] = [];
  const open: { name: string; text: string }[] = [];
  parser.on("error", (error) => {
    throw error;
  });
  parser.on("opentag", (tag) => open.push({ name: tag.name, text: "" }));
  parser.on("text", (text) => {
    if (open.length) open[open.length - 1]!.text += text;
  });
  parser.on("closetag", () => elements.push(open.pop()!));
  parser.write(xml).close();
  return elements;
}

beforeAll(async () => {
  const db = await getDb();
  const host = await insertOrganization(db, { name: "Bread & Roses <Coalition>" });
  const suspended = await insertOrganization(db, { status: "suspended" });
  suspendedSlug = suspended.slug;
  open = await insertOpportunity(db, host.id, { title: "Pantry & coat room <helper>", summary: "Sort coats & boots." }, ["york"]);
  const startsAt = new Date(Date.now() + 5 * DAY);
  event = await insertOpportunity(db, host.id, { title: "Bean supper, kitchen crew", type: "one_time", startsAt, endsAt: new Date(startsAt.getTime() + 3 * 3_600_000), town: "Kittery" }, ["york"]);
  tricky = await insertOpportunity(
    db,
    host.id,
    { title: TRICKY_TITLE, summary: TRICKY_SUMMARY, type: "one_time", startsAt, town: `Kit${CONTROL}tery` },
    ["york"],
  );
  hidden = [
    await insertOpportunity(db, suspended.id, { title: "Suspended posting", type: "one_time", startsAt }),
    await insertOpportunity(db, host.id, { title: "Draft posting", status: "draft", publishedAt: null }),
    await insertOpportunity(db, host.id, { title: "Expired posting", expiresAt: new Date(Date.now() - DAY) }),
  ];
});

const get = (handler: (r: NextRequest, c: never) => Promise<Response>, path: string, slug?: string) =>
  handler(new NextRequest(`http://localhost${path}`), { params: Promise.resolve({ slug }) } as never);

it("the RSS feed lists public postings only, escaped", async () => {
  const response = await get(feed as never, "/feed.xml?county=york");
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("application/xml");
  const xml = await response.text();
  expect(xml).toContain('<?xml-stylesheet type="text/xsl" href="/feed.xsl"?>');
  expect(xml).toContain(`/opportunities/${open.slug}</link>`);
  expect(xml).toContain("Pantry &amp; coat room &lt;helper&gt;");
  expect(xml).not.toContain("<helper>");
  for (const posting of hidden) expect(xml).not.toContain(posting.slug);
});

it("the RSS feed stays well-formed XML whatever a posting holds", async () => {
  const xml = await (await get(feed as never, "/feed.xml?county=york")).text();
  const elements = parseXml(xml);
  expect(elements.at(-1)!.name).toBe("rss");
  const titles = elements.filter((element) => element.name === "title").map((element) => element.text);
  // The control characters are gone; the rest reads as the organization wrote it.
  expect(titles).toContain("Coats ]]> & <b>boots</b>[31m 🧥🥾");
  const description = elements.find((element) => element.name === "description" && element.text.startsWith("Sort"))!.text;
  expect(description).toBe("Sort\tcoats;\nthen [31mboots ]]> & more 🙂 (Bread & Roses <Coalition>; York County)");
  expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
});

it("the RSS feed refuses bad parameters with a 400", async () => {
  const response = await get(feed as never, "/feed.xml?county=narnia");
  expect(response.status).toBe(400);
  expect((await response.json()).issues[0].param).toBe("county");
});

it("an event has a calendar file with its times and town, never more", async () => {
  const response = await get(calendar as never, `/opportunities/${event.slug}/calendar.ics`, event.slug);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/calendar");
  const ics = await response.text();
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(ics).toContain("SUMMARY:Bean supper\\, kitchen crew");
  expect(ics).toContain("LOCATION:Kittery\\, York County\\, Maine");
  expect(ics).toMatch(/DTSTART:\d{8}T\d{6}Z/);
  for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
});

it("a calendar file holds no control character and folds without splitting an emoji", async () => {
  const ics = await (await get(calendar as never, `/opportunities/${tricky.slug}/calendar.ics`, tricky.slug)).text();
  const lines = ics.split("\r\n");
  expect(lines.at(-1)).toBe("");
  for (const line of lines) {
    expect(line).not.toMatch(/[\u0000-\u001f\u007f]/);
    expect(line).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  }
  const unfolded = ics.replace(/\r\n /g, "");
  expect(unfolded).toContain("SUMMARY:Coats ]]> & <b>boots</b>[31m 🧥🥾\r\n");
  expect(unfolded).toContain("LOCATION:Kit[31mtery\\, York County\\, Maine\r\n");
  expect(unfolded).toContain("DESCRIPTION:Sort coats\\;\\nthen [31mboots ]]> & more 🙂");
});

it("a posting without a date, or one that is not public, has no calendar file", async () => {
  for (const slug of [open.slug, ...hidden.map((p) => p.slug), "no-such-posting"]) {
    expect((await get(calendar as never, `/opportunities/${slug}/calendar.ics`, slug)).status, slug).toBe(404);
  }
});

it("the sitemap lists public postings and approved organizations only", async () => {
  const { postings, hosts } = await listSitemapEntries();
  expect(hosts.map((h) => h.slug)).not.toContain(suspendedSlug);
  const slugs = postings.map((p) => p.slug);
  expect(slugs).toEqual(expect.arrayContaining([open.slug, event.slug]));
  for (const posting of hidden) expect(slugs).not.toContain(posting.slug);
});

it("serves the feed's stylesheet: an XSLT with no script, which names the feed page", async () => {
  const response = stylesheet();
  expect(response.headers.get("content-type")).toBe("text/xsl; charset=utf-8");
  const xsl = await response.text();
  expect(xsl).toContain('<xsl:stylesheet version="1.0"');
  expect(xsl).toContain('href="/feeds"');
  expect(xsl).not.toMatch(/<script/i);
});
