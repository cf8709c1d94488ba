import { describe, expect, it } from "vitest";
import { lexemesOf, matchesWords, parseWordQuery, quotedLexeme, type WordQuery } from "./word-query";

/** Whether a posting holding `held` matches the query parsed from `text`. */
function matches(text: string, held: string[]): boolean {
  const query = parseWordQuery(text);
  if (!query) throw new Error(`not parsed: ${text}`);
  return matchesWords(query, (lexeme) => held.includes(lexeme));
}

describe("a parsed keyword query as an expression of its lexemes", () => {
  it("reads and, or and not with PostgreSQL's precedence", () => {
    // 'x' & !'y' & !'z' | 'w' is ('x' and not 'y' and not 'z') or 'w'.
    const text = "'x' & !'y' & !'z' | 'w'";
    expect(matches(text, ["x"])).toBe(true);
    expect(matches(text, ["x", "y"])).toBe(false);
    expect(matches(text, ["x", "y", "w"])).toBe(true);
    expect(matches(text, ["w", "z"])).toBe(true);
    expect(matches(text, [])).toBe(false);
    expect(lexemesOf(parseWordQuery(text)!)).toEqual(["x", "y", "z", "w"]);
  });

  it("reads parentheses", () => {
    const text = "( 'counsel' | 'hous' ) & 'rural'";
    expect(matches(text, ["hous", "rural"])).toBe(true);
    expect(matches(text, ["hous"])).toBe(false);
    expect(matches(text, ["rural"])).toBe(false);
    expect(matches("!( 'a' & 'b' )", ["a"])).toBe(true);
    expect(matches("!( 'a' & 'b' )", ["a", "b"])).toBe(false);
  });

  it("reads a single word, and quotes inside a lexeme", () => {
    expect(parseWordQuery("'legal'")).toEqual<WordQuery>({ kind: "word", lexeme: "legal" });
    expect(parseWordQuery("'it''s' & 'a\\\\b'")).toEqual<WordQuery>({
      kind: "and",
      of: [
        { kind: "word", lexeme: "it's" },
        { kind: "word", lexeme: "a\\b" },
      ],
    });
    for (const lexeme of ["legal", "it's", "a\\b", "o''brien"]) expect(parseWordQuery(quotedLexeme(lexeme))).toEqual({ kind: "word", lexeme });
  });

  it("gives null for phrases, prefixes, weights, nothing, and text it does not understand", () => {
    for (const text of ["'o' <-> 'brien'", "'back' <2> 'slash'", "'volunt':*", "'legal':AB", "", "legal", "'a' &", "( 'a'", "'a' 'b'", "'unclosed"]) {
      expect(parseWordQuery(text)).toBeNull();
    }
  });
});
