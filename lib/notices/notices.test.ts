import { describe, expect, it } from "vitest";
import { noticeFor } from "./notices";

const DONE = { status: "The status was changed.", note: "Your note was added." } as const;

describe("noticeFor", () => {
  it("gives the words of a code the page knows", () => {
    expect(noticeFor(DONE, "note")).toBe("Your note was added.");
    expect(noticeFor(DONE, ["status", "note"])).toBe("The status was changed.");
  });

  it("gives nothing for no code, an unknown one, or a name every object has", () => {
    for (const value of [undefined, "", "saved", "toString", "constructor", "__proto__", ["nope"], 1, {}]) {
      expect(noticeFor(DONE, value), String(value)).toBeUndefined();
    }
  });
});
