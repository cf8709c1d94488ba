import { describe, expect, it } from "vitest";
import { CONTROL_MESSAGE, idSchema, ONE_LINE_MESSAGE, optionalText, parseId, plainText, singleLine } from "./schema-parts";

describe("an id", () => {
  it.each([
    ["1", 1],
    ["7", 7],
    ["1000", 1000],
    ["2147483647", 2_147_483_647],
    [42, 42],
  ])("takes %j", (value, id) => {
    expect(idSchema.parse(value)).toBe(id);
    expect(parseId(value)).toBe(id);
  });

  it.each([
    "",
    "0",
    "-1",
    "1.5",
    "1e3",
    "0x10",
    "0b1",
    " 7",
    "7 ",
    "007",
    "+7",
    "٣",
    "2147483648",
    "99999999999",
    "abc",
    0,
    -1,
    1.5,
    Number.NaN,
    Infinity,
    2_147_483_648,
    null,
    undefined,
    ["1"],
    { id: 1 },
  ])("refuses %j with a clear message", (value) => {
    const parsed = idSchema.safeParse(value);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message)).toEqual(["Not a valid id."]);
    expect(parseId(value)).toBeNull();
  });
});

describe("typed text", () => {
  const control = ["\u0001", "\u0007", "\u0008", "\t", "\u000b", "\u000c", "\u001b", "\u001f", "\u007f"];

  it.each(control.map((c) => [JSON.stringify(c), c]))("refuses %s in a one-line field, a several-line field and an optional one", (_, c) => {
    for (const schema of [singleLine("a title", 100), plainText("one line"), optionalText(100, "Too long.", "one line")]) {
      expect(schema.safeParse(`Front${c}desk`).error?.issues.map((issue) => issue.message)).toEqual([ONE_LINE_MESSAGE]);
    }
    for (const schema of [plainText("several lines"), optionalText(100, "Too long.", "several lines")]) {
      expect(schema.safeParse(`Front${c}desk`).error?.issues.map((issue) => issue.message)).toEqual([CONTROL_MESSAGE]);
    }
  });

  it("takes line breaks only where a field runs over several lines", () => {
    for (const text of ["one\ntwo", "one\r\ntwo", "one\rtwo"]) {
      expect(plainText("several lines").parse(text)).toBe(text);
      expect(optionalText(100, "Too long.", "several lines").parse(text)).toBe(text);
      expect(plainText("one line").safeParse(text).error?.issues.map((issue) => issue.message)).toEqual([ONE_LINE_MESSAGE]);
      expect(singleLine("a title", 100).safeParse(text).success).toBe(false);
    }
  });

  it("keeps other text, emoji and accents included, trimmed", () => {
    expect(plainText("one line").parse("  Zoë's café 🙂 & <friends>  ")).toBe("Zoë's café 🙂 & <friends>");
    expect(optionalText(100, "Too long.", "one line").parse("   ")).toBeUndefined();
  });
});
