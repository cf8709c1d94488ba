import { describe, expect, it } from "vitest";
import { idSchema, parseId } from "./schema-parts";

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
