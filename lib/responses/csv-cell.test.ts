import { describe, expect, it } from "vitest";
import { csvCell } from "./csv-cell";

describe("a CSV cell", () => {
  it("is always quoted, with quotes doubled", () => {
    expect(csvCell("Ada")).toBe('"Ada"');
    expect(csvCell("")).toBe('""');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(undefined)).toBe('""');
    expect(csvCell('Drive, "spring" edition')).toBe('"Drive, ""spring"" edition"');
    expect(csvCell("two\r\nlines")).toBe('"two\r\nlines"');
  });

  it.each([
    ["=1+1", "'=1+1"],
    ["+1 207", "'+1 207"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tTab", "'\tTab"],
    ["\rReturn", "'\rReturn"],
  ])("gets an apostrophe before a formula at the start: %j", (value, shown) => {
    expect(csvCell(value)).toBe(`"${shown}"`);
  });

  it("gets an apostrophe before a formula right after a semicolon", () => {
    expect(csvCell("fine;=HYPERLINK(\"http://evil.example\")")).toBe('"fine;\'=HYPERLINK(""http://evil.example"")"');
    expect(csvCell("a;+1;-2;@x;\tt")).toBe("\"a;'+1;'-2;'@x;'\tt\"");
    expect(csvCell("=a;=b")).toBe("\"'=a;'=b\"");
  });

  it("leaves other text alone", () => {
    expect(csvCell("a; b")).toBe('"a; b"');
    expect(csvCell("x=1, y-2 @home")).toBe('"x=1, y-2 @home"');
    expect(csvCell("Zoë 🙂")).toBe('"Zoë 🙂"');
  });
});
