import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createFrontCache, PUBLIC_PAGE_CACHE_CONTROL, PUBLIC_PAGE_HEADER } from "./front-cache.mjs";
import PublicPageCacheHandler from "./page-cache-handler.mjs";
import { currentStamp } from "./stamp.mjs";

type State = { version: number; listening: boolean; nextExpiryAt: number; onExpiry?: () => void };
const STATE = Symbol.for("volunteer-databank.public-listings");
const holder = globalThis as unknown as Record<symbol, State>;

beforeEach(() => {
  holder[STATE] = { version: 1, listening: true, nextExpiryAt: Date.now() + 60_000 };
});

describe("the stamp", () => {
  it("is the version while listening, and null while not", () => {
    expect(currentStamp()).toBe(1);
    holder[STATE]!.listening = false;
    expect(currentStamp()).toBeNull();
  });

  it("moves on, and pauses caching, the moment the next expiry passes", () => {
    let told = 0;
    holder[STATE] = { version: 4, listening: true, nextExpiryAt: Date.now() - 1, onExpiry: () => told++ };
    expect(currentStamp()).toBeNull();
    expect(holder[STATE]!.version).toBe(5);
    expect(told).toBe(1);
  });
});

describe("the page cache handler (Next's cacheHandler)", () => {
  const page = { kind: "APP_PAGE", html: "<p>results</p>", rscData: Buffer.from("rsc"), headers: { "x-next-cache-tags": "_N_T_/search/layout" }, status: 200 };
  const ctx = { kind: "APP_PAGE" };

  it("serves what was rendered under the current version, and nothing once it moves on", async () => {
    const cache = new PublicPageCacheHandler();
    expect(await cache.get("k1", ctx)).toBeNull();
    await cache.set("k1", page, { tags: [] });
    expect((await cache.get("k1", ctx))?.value).toBe(page);
    holder[STATE]!.version += 1;
    expect(await cache.get("k1", ctx)).toBeNull();
  });

  it("drops a render that began before a change", async () => {
    const cache = new PublicPageCacheHandler();
    expect(await cache.get("k2", ctx)).toBeNull();
    holder[STATE]!.version += 1; // a change lands while the page renders
    await cache.set("k2", page, { tags: [] });
    expect(await cache.get("k2", ctx)).toBeNull();
  });

  it("keeps nothing while the server is not listening for changes", async () => {
    holder[STATE]!.listening = false;
    const cache = new PublicPageCacheHandler();
    expect(await cache.get("k3", ctx)).toBeNull();
    await cache.set("k3", page, { tags: [] });
    holder[STATE]!.listening = true;
    expect(await cache.get("k3", ctx)).toBeNull();
  });

  it("forgets a page at the moment a posting expires", async () => {
    const cache = new PublicPageCacheHandler();
    await cache.get("k4", ctx);
    await cache.set("k4", page, { tags: [] });
    expect(await cache.get("k4", ctx)).not.toBeNull();
    holder[STATE]!.nextExpiryAt = Date.now() - 1;
    expect(await cache.get("k4", ctx)).toBeNull();
  });

  it("drops entries by tag (revalidatePath) and never keeps data-cache or image entries", async () => {
    const cache = new PublicPageCacheHandler();
    await cache.get("k5", ctx);
    await cache.set("k5", page, { tags: [] });
    await cache.revalidateTag(["_N_T_/search/layout"]);
    expect(await cache.get("k5", ctx)).toBeNull();
    expect(await cache.get("f1", { kind: "FETCH" })).toBeNull();
    await cache.set("f1", { kind: "FETCH", data: {} }, { tags: [] });
    expect(await cache.get("f1", { kind: "FETCH" })).toBeNull();
  });
});

/** A real HTTP server with the front cache before a stand-in for Next that counts its renders. */
describe("the front cache (whole answers, before Next)", () => {
  let server: Server;
  let base: string;
  let renders = 0;
  let answer: (req: IncomingMessage, res: ServerResponse) => void;
  const cachedPage = (body: string) => (_req: IncomingMessage, res: ServerResponse) => {
    res.statusCode = 200;
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("Cache-Control", "s-maxage=31536000");
    res.setHeader("x-nextjs-cache", "MISS");
    res.setHeader("ETag", `"${body.length}"`);
    res.write(body.slice(0, 3));
    res.end(body.slice(3));
  };

  beforeAll(async () => {
    const front = createFrontCache({ maxBytes: 1024 * 1024 });
    server = createServer((req, res) => {
      if (front.serve(req, res)) return;
      front.record(req, res);
      renders++;
      answer(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    renders = 0;
    answer = cachedPage("<p>version one</p>");
  });

  it("answers a second visitor from memory until the version moves on", async () => {
    const first = await fetch(`${base}/opportunities?county=york`);
    expect(await first.text()).toBe("<p>version one</p>");
    expect(first.headers.get("cache-control")).toBe(PUBLIC_PAGE_CACHE_CONTROL);
    const second = await fetch(`${base}/opportunities?county=york`);
    expect(await second.text()).toBe("<p>version one</p>");
    expect(second.headers.get("cache-control")).toBe(PUBLIC_PAGE_CACHE_CONTROL);
    expect(renders).toBe(1);

    holder[STATE]!.version += 1;
    answer = cachedPage("<p>version two</p>");
    expect(await (await fetch(`${base}/opportunities?county=york`)).text()).toBe("<p>version two</p>");
    expect(renders).toBe(2);
  });

  it("answers a browser that has the page with 304", async () => {
    const first = await fetch(`${base}/privacy`);
    const etag = first.headers.get("etag")!;
    await first.text();
    const again = await fetch(`${base}/privacy`, { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(renders).toBe(1);
  });

  it("keeps no client navigation, prefetch or form action, and nothing Next did not cache", async () => {
    for (const headers of [{ rsc: "1" }, { "next-router-prefetch": "1" }, { "next-action": "abc" }] as Record<string, string>[]) {
      await (await fetch(`${base}/host`, { headers })).text();
      await (await fetch(`${base}/host`, { headers })).text();
    }
    expect(renders).toBe(6);
    answer = (_req, res) => {
      res.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
      res.end("<p>yours</p>");
    };
    await (await fetch(`${base}/me`)).text();
    await (await fetch(`${base}/me`)).text();
    expect(renders).toBe(8);
  });

  it("keeps a page rendered per request that proxy.ts marked as public, gives it an ETag, and never sends the mark", async () => {
    const marked = (body: string) => (_req: IncomingMessage, res: ServerResponse) => {
      res.setHeader(PUBLIC_PAGE_HEADER, "search");
      res.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.end(body);
    };
    answer = marked("<p>twenty results</p>");
    const first = await fetch(`${base}/opportunities?q=mentor`);
    expect(await first.text()).toBe("<p>twenty results</p>");
    expect(first.headers.get(PUBLIC_PAGE_HEADER)).toBeNull();
    expect(first.headers.get("cache-control")).toBe(PUBLIC_PAGE_CACHE_CONTROL);
    const second = await fetch(`${base}/opportunities?q=mentor`);
    expect(await second.text()).toBe("<p>twenty results</p>");
    expect(second.headers.get(PUBLIC_PAGE_HEADER)).toBeNull();
    const etag = second.headers.get("etag");
    expect(etag).toMatch(/^".+"$/);
    expect((await fetch(`${base}/opportunities?q=mentor`, { headers: { "If-None-Match": etag! } })).status).toBe(304);
    expect(renders).toBe(1);

    holder[STATE]!.version += 1;
    answer = marked("<p>nineteen results</p>");
    expect(await (await fetch(`${base}/opportunities?q=mentor`)).text()).toBe("<p>nineteen results</p>");
    expect(renders).toBe(2);
    // A client navigation to the same search is rendered, and not told about the mark either.
    const navigation = await fetch(`${base}/opportunities?q=mentor`, { headers: { rsc: "1" } });
    await navigation.text();
    expect(navigation.headers.get(PUBLIC_PAGE_HEADER)).toBeNull();
    expect(renders).toBe(3);
  });

  it("keeps no answer that sets a cookie, and none that is not a 200", async () => {
    answer = (_req, res) => {
      res.setHeader("Set-Cookie", "a=b");
      res.setHeader("Cache-Control", "s-maxage=31536000");
      res.setHeader("x-nextjs-cache", "MISS");
      res.end("<p>with a cookie</p>");
    };
    await (await fetch(`${base}/counties/york`)).text();
    await (await fetch(`${base}/counties/york`)).text();
    expect(renders).toBe(2);
    answer = (_req, res) => {
      res.statusCode = 404;
      res.setHeader("Cache-Control", "s-maxage=31536000");
      res.setHeader("x-nextjs-cache", "MISS");
      res.end("<p>not found</p>");
    };
    await (await fetch(`${base}/organizations/gone`)).text();
    await (await fetch(`${base}/organizations/gone`)).text();
    expect(renders).toBe(4);
  });

  it("keeps nothing while the server is not listening for changes", async () => {
    holder[STATE]!.listening = false;
    await (await fetch(`${base}/`)).text();
    holder[STATE]!.listening = true;
    await (await fetch(`${base}/`)).text();
    await (await fetch(`${base}/`)).text();
    expect(renders).toBe(2);
  });
});
