import { describe, expect, it } from "vitest";
import { listQueryString, MAX_LIST_PAGE, pageCountOf, pageParamSchema, pageOffset, parseListPage } from "./lists";

describe("a list's page in its address", () => {
  it("reads a whole number from 1 to the last page allowed", () => {
    expect(parseListPage("3")).toBe(3);
    expect(parseListPage(["4", "9"])).toBe(4);
    expect(parseListPage(String(MAX_LIST_PAGE))).toBe(MAX_LIST_PAGE);
  });

  it("reads anything else as page 1", () => {
    for (const odd of [undefined, "", "0", "-2", "1.5", "two", String(MAX_LIST_PAGE + 1), [], {}, null]) {
      expect(parseListPage(odd), JSON.stringify(odd)).toBe(1);
    }
  });

  it("can stop at a lower last page", () => {
    const schema = pageParamSchema(1000);
    expect(schema.parse("1000")).toBe(1000);
    expect(schema.parse("1001")).toBe(1);
  });
});

describe("a page's rows and the number of pages", () => {
  it("skips the rows of the pages before", () => {
    expect(pageOffset(1, 25)).toBe(0);
    expect(pageOffset(3, 50)).toBe(100);
  });

  it("counts the pages the rows fill, and one for an empty list", () => {
    expect(pageCountOf(0, 25)).toBe(1);
    expect(pageCountOf(25, 25)).toBe(1);
    expect(pageCountOf(26, 25)).toBe(2);
    expect(pageCountOf(101, 50)).toBe(3);
  });
});

describe("a list's query string", () => {
  it("is empty for the first page of everything", () => {
    expect(listQueryString({})).toBe("");
    expect(listQueryString({ q: undefined, status: "", page: 1 })).toBe("");
  });

  it("keeps the other parameters, in order, when it names a page", () => {
    expect(listQueryString({ status: "pending", q: "a&b", page: 2 })).toBe("?status=pending&q=a%26b&page=2");
    expect(listQueryString({ status: "pending", q: "a&b", page: 1 })).toBe("?status=pending&q=a%26b");
  });

  it("repeats a parameter for each value of a list", () => {
    expect(listQueryString({ county: ["york", "knox"], skill: [], page: 3 })).toBe("?county=york&county=knox&page=3");
  });
});
