import { describe, expect, it } from "vitest";
import { answerWithEtag, apiJson, corsPreflight, etagOf, matchesIfNoneMatch } from "./conditional";

const get = (headers: Record<string, string> = {}, method = "GET") => new Request("http://localhost/x", { headers, method });

describe("ETag and 304", () => {
  it("gives the same body the same strong ETag, and another body another", () => {
    expect(etagOf("a")).toBe(etagOf("a"));
    expect(etagOf("a")).not.toBe(etagOf("b"));
    expect(etagOf("a")).toMatch(/^"[\w-]+"$/);
  });

  it("reads If-None-Match as a list, with weak forms and *", () => {
    const tag = etagOf("body");
    expect(matchesIfNoneMatch(tag, tag)).toBe(true);
    expect(matchesIfNoneMatch(`"other", W/${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch("*", tag)).toBe(true);
    expect(matchesIfNoneMatch('"other"', tag)).toBe(false);
    expect(matchesIfNoneMatch(null, tag)).toBe(false);
  });

  it("answers 304 without a body but with the other headers when the client has the answer, and 200 otherwise", async () => {
    const first = answerWithEtag(get(), "hello", { "Content-Type": "text/plain", "X-Kept": "1" });
    expect(first.status).toBe(200);
    expect(await first.text()).toBe("hello");
    expect(first.headers.get("cache-control")).toBe("public, no-cache");
    const etag = first.headers.get("etag")!;
    const again = answerWithEtag(get({ "If-None-Match": etag }), "hello", { "Content-Type": "text/plain", "X-Kept": "1" });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("x-kept")).toBe("1");
    expect(again.headers.get("content-type")).toBeNull();
    const changed = answerWithEtag(get({ "If-None-Match": etag }), "hello again", { "Content-Type": "text/plain" });
    expect(changed.status).toBe(200);
  });

  it("never answers 304 for an error, and sends no body to HEAD", async () => {
    const bad = apiJson(get(), { error: "invalid_parameters" }, 400);
    const again = apiJson(get({ "If-None-Match": bad.headers.get("etag")! }), { error: "invalid_parameters" }, 400);
    expect(again.status).toBe(400);
    expect(await answerWithEtag(get({}, "HEAD"), "body", {}).text()).toBe("");
  });
});

describe("CORS", () => {
  it("lets any origin read an answer, without credentials, and answers the preflight for GET", () => {
    const answer = apiJson(get(), { ok: true });
    expect(answer.headers.get("access-control-allow-origin")).toBe("*");
    expect(answer.headers.get("access-control-allow-credentials")).toBeNull();
    const preflight = corsPreflight();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    expect(preflight.headers.get("access-control-allow-headers")).toContain("If-None-Match");
  });
});
