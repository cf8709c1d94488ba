/** The sitemap: public postings and approved organizations only. */
import { beforeAll, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { insertFeedPostings, type FeedPostings } from "@/lib/feeds/testing";
import { listSitemapEntries } from "./sitemap";

let open: FeedPostings["open"];
let event: FeedPostings["event"];
let hidden: FeedPostings["hidden"];
let suspendedSlug: FeedPostings["suspendedSlug"];

beforeAll(async () => {
  ({ open, event, hidden, suspendedSlug } = await insertFeedPostings(await getDb()));
});

it("the sitemap lists public postings and approved organizations only", async () => {
  const { postings, hosts } = await listSitemapEntries();
  expect(hosts.map((h) => h.slug)).not.toContain(suspendedSlug);
  const slugs = postings.map((p) => p.slug);
  expect(slugs).toEqual(expect.arrayContaining([open.slug, event.slug]));
  for (const posting of hidden) expect(slugs).not.toContain(posting.slug);
});
