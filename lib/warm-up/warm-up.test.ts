/**
 * The warm-up of a server process (warm-up.mjs): what it asks for, for how long, and that an answer
 * that is not a page stops it. Against a real HTTP listener of the test's own.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { titleWords, warmUp, warmUpPaths } from "./warm-up.mjs";

const SEARCH_FORM = `<form>
  <input type="checkbox" name="county" value="york"><input type="checkbox" name="county" value="knox">
  <input type="radio" name="skill" value=""><input type="radio" name="skill" value="none"><input type="radio" name="skill" value="some">
</form>`;

describe("warmUpPaths", () => {
  it("asks for the whole list, each skill level, each county alone and at each level, over three pages", () => {
    const paths = warmUpPaths(SEARCH_FORM);
    const first = ["", "skill=none", "skill=some", "county=york", "county=york&skill=none", "county=york&skill=some", "county=knox", "county=knox&skill=none", "county=knox&skill=some"];
    expect(paths.slice(0, first.length)).toEqual(first.map((search) => (search ? `/opportunities?${search}` : "/opportunities")));
    expect(paths).toHaveLength(first.length * 3);
    expect(paths[first.length]).toBe("/opportunities?page=2");
    expect(paths.at(-1)).toBe("/opportunities?county=knox&skill=some&page=3");
  });

  it("searches words of the newest postings' titles, alone and at each skill level, by their first page", () => {
    const card = (title: string) => `<article data-testid="opportunity-card"><h3 class="text-lg"><a href="/opportunities/x">${title}</a></h3></article>`;
    const page = SEARCH_FORM + ["Legal clinic volunteer", "Youth mentor volunteer with &quot;Big Sibs&quot;", "Legal aid volunteer", "Drive for coats"].map(card).join("");
    // "volunteer" is in most titles, "aid" and "for" are short, "with" a stop word and "quot" an
    // escaped quote: left out; "legal" comes once; six words at most ("coats" is the seventh).
    expect(titleWords(page)).toEqual(["legal", "clinic", "youth", "mentor", "sibs", "drive"]);
    const paths = warmUpPaths(page);
    expect(paths).toContain("/opportunities?q=legal");
    expect(paths).toContain("/opportunities?q=drive&skill=some");
    expect(paths).toContain("/opportunities?q=mentor&skill=none&page=2");
    expect(paths.filter((path) => /q=(volunteer|with|quot|coats)\b/.test(path))).toEqual([]);
  });

  it("asks for the whole list alone when the form names no county nor skill level", () => {
    expect(warmUpPaths("<p>nothing here</p>")).toEqual(["/opportunities", "/opportunities?page=2", "/opportunities?page=3"]);
  });
});

/** A listener that records what it was asked, and answers with `answer`. */
function recording(answer: (url: string) => { status: number; body: string }) {
  const asked: string[] = [];
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    asked.push(req.url ?? "");
    const { status, body } = answer(req.url ?? "");
    res.writeHead(status, { "content-type": "text/html" });
    res.end(body);
  };
  return { asked, listener };
}

describe("warmUp", () => {
  it("asks for the home page, the search and its searches in turn until its time is up", async () => {
    const { asked, listener } = recording((url) => ({ status: 200, body: url === "/opportunities" ? SEARCH_FORM : "<p>page</p>" }));
    const started = Date.now();
    await warmUp(listener, 1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(asked.slice(0, 4)).toEqual(["/", "/opportunities", "/opportunities", "/opportunities?skill=none"]);
    // Round after round of the same searches.
    expect(asked.length).toBeGreaterThan(2 + warmUpPaths(SEARCH_FORM).length);
  });

  it("stops at the first answer that is not a page", async () => {
    const { asked, listener } = recording(() => ({ status: 503, body: "away" }));
    await warmUp(listener, 5);
    expect(asked).toEqual(["/"]);
  });

  it("asks nothing when it is given no time", async () => {
    const { asked, listener } = recording(() => ({ status: 200, body: SEARCH_FORM }));
    await warmUp(listener, 0);
    expect(asked).toEqual([]);
  });
});
