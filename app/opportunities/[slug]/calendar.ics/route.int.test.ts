/** A posting's calendar file, through its real route handler: public events only, folded and clean. */
import { beforeAll, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { insertFeedPostings, getRoute, type FeedPostings } from "@/lib/feeds/testing";
import { GET as calendar } from "./route";

let open: FeedPostings["open"];
let event: FeedPostings["event"];
let tricky: FeedPostings["tricky"];
let hidden: FeedPostings["hidden"];

beforeAll(async () => {
  ({ open, event, tricky, hidden } = await insertFeedPostings(await getDb()));
});

it("an event has a calendar file with its times and town, never more", async () => {
  const response = await getRoute(calendar as never, `/opportunities/${event.slug}/calendar.ics`, event.slug);
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
  const ics = await (await getRoute(calendar as never, `/opportunities/${tricky.slug}/calendar.ics`, tricky.slug)).text();
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
    expect((await getRoute(calendar as never, `/opportunities/${slug}/calendar.ics`, slug)).status, slug).toBe(404);
  }
});
