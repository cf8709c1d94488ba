import { describe, expect, it } from "vitest";
import type { IncomingMessage } from "node:http";
import { countsAsPublicRead, createReadLimit, isPublicRead } from "./read-limit.mjs";

/** A clock the test moves by hand. */
function clock(start: number) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe("the public read limit", () => {
  it("serves a client's first reads of a minute, then refuses with the seconds left in it", () => {
    const time = clock(Date.UTC(2026, 11, 4, 12, 0, 0));
    const limit = createReadLimit({ perMinute: 3, now: time.now });
    expect([limit.hit("a"), limit.hit("a"), limit.hit("a")]).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    time.advance(15_500);
    expect(limit.hit("a")).toEqual({ ok: false, retryAfterSeconds: 45 });
    time.advance(44_000);
    expect(limit.hit("a")).toEqual({ ok: false, retryAfterSeconds: 1 });
  });

  it("counts each client on its own", () => {
    const time = clock(Date.UTC(2026, 11, 4, 12, 0, 0));
    const limit = createReadLimit({ perMinute: 2, now: time.now });
    limit.hit("a");
    limit.hit("a");
    expect(limit.hit("a").ok).toBe(false);
    expect(limit.hit("b")).toEqual({ ok: true });
    expect(limit.hit("b")).toEqual({ ok: true });
    expect(limit.hit("b").ok).toBe(false);
  });

  it("starts every client afresh in the next minute", () => {
    const time = clock(Date.UTC(2026, 11, 4, 12, 0, 30));
    const limit = createReadLimit({ perMinute: 1, now: time.now });
    expect(limit.hit("a").ok).toBe(true);
    expect(limit.hit("a").ok).toBe(false);
    time.advance(30_000);
    expect(limit.hit("a").ok).toBe(true);
    expect(limit.hit("a").ok).toBe(false);
  });

  it("refuses nobody when the limit is 0", () => {
    const limit = createReadLimit({ perMinute: 0 });
    for (let i = 0; i < 1000; i++) expect(limit.hit("a").ok).toBe(true);
  });

  it("keeps its memory bounded: past the most clients a minute, new ones go uncounted", () => {
    const time = clock(Date.UTC(2026, 11, 4, 12, 0, 0));
    const limit = createReadLimit({ perMinute: 1, now: time.now, maxClients: 2 });
    limit.hit("a");
    limit.hit("b");
    expect(limit.hit("c").ok).toBe(true);
    expect(limit.hit("c").ok).toBe(true);
    expect(limit.hit("a").ok).toBe(false);
  });
});

describe("which requests are public reads", () => {
  it("the search, its internal address, the API, the feeds and the embeds, read with GET or HEAD", () => {
    for (const url of ["/opportunities", "/opportunities?county=york", "/search/abc", "/api/v1/opportunities?q=x", "/feed.xml?skill=none", "/sitemap.xml", "/opportunities/food-drive/calendar.ics", "/embed/opportunities?county=york", "/embed/organizations/harbor"]) {
      expect(isPublicRead("GET", url)).toBe(true);
      expect(isPublicRead("HEAD", url)).toBe(true);
    }
  });

  it("not a post, a posting's own page, a private page or the health check", () => {
    expect(isPublicRead("POST", "/opportunities")).toBe(false);
    for (const url of ["/opportunities/food-drive", "/dashboard", "/api/health", "/api/auth/session", "/", "/privacy"]) expect(isPublicRead("GET", url)).toBe(false);
  });
});

describe("which public reads are counted", () => {
  const request = (url: string, remoteAddress: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers, socket: { remoteAddress } }) as unknown as IncomingMessage;

  it("a client's, the search's internal address included", () => {
    expect(countsAsPublicRead(request("/opportunities?q=x", "203.0.113.5"))).toBe(true);
    expect(countsAsPublicRead(request("/search/abc", "203.0.113.5"))).toBe(true);
    // A client elsewhere that writes the mark is counted all the same.
    expect(countsAsPublicRead(request("/search/abc", "203.0.113.5", { "x-public-page": "search" }))).toBe(true);
  });

  it("from this machine too, with or without the mark a rewrite once carried: no request of ours comes back to the server", () => {
    expect(countsAsPublicRead(request("/search/abc", "127.0.0.1", { "x-public-page": "search" }))).toBe(true);
    expect(countsAsPublicRead(request("/search/abc", "::1", { "x-public-page": "search" }))).toBe(true);
    expect(countsAsPublicRead(request("/search/abc", "127.0.0.1"))).toBe(true);
  });
});
