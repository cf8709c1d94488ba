/** The RSS feed, through its real route handler: only public postings, well-formed whatever they hold. */
import { SaxesParser } from "saxes";
import { beforeAll, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { insertFeedPostings, getRoute, type FeedPostings } from "@/lib/feeds/testing";
import { GET as feed } from "./route";

let open: FeedPostings["open"];
let hidden: FeedPostings["hidden"];

beforeAll(async () => {
  ({ open, hidden } = await insertFeedPostings(await getDb()));
});

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

it("the RSS feed lists public postings only, escaped", async () => {
  const response = await getRoute(feed as never, "/feed.xml?county=york");
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
  const xml = await (await getRoute(feed as never, "/feed.xml?county=york")).text();
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
  const response = await getRoute(feed as never, "/feed.xml?county=narnia");
  expect(response.status).toBe(400);
  expect((await response.json()).issues[0].param).toBe("county");
});
