import { describe, expect, it } from "vitest";
import { maineCounties } from "@/db/seed/counties";
import { MAX_PAGE, parseSearchParamsLenient, parseSearchParamsStrict, toQueryString } from "./params";

const counties = maineCounties.map((c) => c.slug);

describe("the page's lenient reading", () => {
  it("keeps the valid filters and drops the rest, naming them", () => {
    const { params, ignored } = parseSearchParamsLenient(
      { county: ["narnia", "york"], skill: "<script>", page: "-4", type: "donation" },
      counties,
    );
    expect(params).toEqual({ q: undefined, county: ["york"], skill: undefined, type: "donation", cause: undefined, remote: false, local: false, open: false, youth: false, nocheck: false, training: false, sort: undefined, page: 1 });
    expect(ignored.sort()).toEqual(["county", "page", "skill"]);
  });

  it("reads every parameter of the contract", () => {
    const { params, ignored } = parseSearchParamsLenient(
      { q: "  mentor  ", county: ["york", "cumberland", "york"], skill: "some", type: "ongoing", cause: "prevention_youth", remote: "1", local: "1", open: "1", youth: "1", nocheck: "1", training: "1", sort: "closing", page: "3" },
      counties,
    );
    expect(ignored).toEqual([]);
    expect(params).toEqual({ q: "mentor", county: ["york", "cumberland"], skill: "some", type: "ongoing", cause: "prevention_youth", remote: true, local: true, open: true, youth: true, nocheck: true, training: true, sort: "closing", page: 3 });
  });

  it("treats the form's empty choices as no filter", () => {
    const { params, ignored } = parseSearchParamsLenient({ q: "", county: "", skill: "", type: "", cause: "", sort: "" }, counties);
    expect(ignored).toEqual([]);
    expect(params.q).toBeUndefined();
    expect(params.county).toEqual([]);
    expect(params.skill).toBeUndefined();
    expect(parseSearchParamsStrict({ county: ["", "york"] }, counties)).toMatchObject({ ok: true, params: { county: ["york"] } });
  });

  it("cuts a 10,000-character keyword to its first 200 characters and says so; drops repeated single values and control characters", () => {
    const long = parseSearchParamsLenient({ q: `  ${"mentor ".repeat(1429)}` }, counties);
    expect(long.params.q).toBe("mentor ".repeat(1429).slice(0, 200).trim());
    expect(long).toMatchObject({ ignored: [], shortened: true });
    expect(parseSearchParamsLenient({ q: "a".repeat(200) }, counties)).toMatchObject({ ignored: [], shortened: false });
    expect(parseSearchParamsLenient({ skill: ["none", "some"] }, counties).ignored).toEqual(["skill"]);
    expect(parseSearchParamsLenient({ q: "bake\u0000sale" }, counties).params.q).toBe("bake sale");
    expect(parseSearchParamsLenient({ page: String(MAX_PAGE + 1) }, counties).params.page).toBe(1);
    expect(parseSearchParamsLenient({ page: "2.5" }, counties).ignored).toEqual(["page"]);
    for (const page of ["0x10", "1e1", " 3 ", "1e309", "Infinity"]) {
      expect(parseSearchParamsLenient({ page }, counties).ignored, page).toEqual(["page"]);
    }
  });
});

describe("the API's strict reading", () => {
  it("names each bad parameter", () => {
    const result = parseSearchParamsStrict({ county: "narnia", skill: "<script>", page: "-4", remote: "yes", local: "true", open: "true", youth: "yes", nocheck: "0", training: "true", unknown: "x" }, counties);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.param).sort()).toEqual(["county", "local", "nocheck", "open", "page", "remote", "skill", "training", "youth"]);
    expect(result.issues.every((i) => i.message.length > 0)).toBe(true);
  });

  it("says when a single parameter is given twice", () => {
    const result = parseSearchParamsStrict({ page: ["1", "2"], q: ["a", "b"] }, counties);
    expect(result).toEqual({
      ok: false,
      issues: [
        { param: "q", message: "Give this parameter only once." },
        { param: "page", message: "Give this parameter only once." },
      ],
    });
  });

  it("accepts a good query and ignores unknown parameters", () => {
    const result = parseSearchParamsStrict({ county: ["york", "knox"], skill: "specialized", utm_source: "x" }, counties);
    expect(result).toEqual({ ok: true, params: expect.objectContaining({ county: ["york", "knox"], skill: "specialized", page: 1 }) });
  });
});

describe("the canonical query string", () => {
  it("round-trips through the lenient reading", () => {
    const params = parseSearchParamsLenient({ q: "bake sale", county: ["york", "knox"], skill: "none", remote: "1", local: "1", open: "1", youth: "1", nocheck: "1", training: "1", page: "2" }, counties).params;
    const text = toQueryString(params);
    expect(text).toBe("?q=bake+sale&county=york&county=knox&skill=none&remote=1&local=1&open=1&youth=1&nocheck=1&training=1&page=2");
    const again = Object.fromEntries(
      [...new URLSearchParams(text).keys()].map((key) => {
        const values = new URLSearchParams(text).getAll(key);
        return [key, values.length === 1 ? values[0] : values];
      }),
    );
    expect(parseSearchParamsLenient(again, counties).params).toEqual(params);
  });
});
