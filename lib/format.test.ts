import { describe, expect, it } from "vitest";
import { fromLocalInput, toLocalInput } from "./format";

describe("Maine's wall-clock time in forms", () => {
  it("reads winter times as Eastern Standard Time and summer times as Eastern Daylight Time", () => {
    expect(fromLocalInput("2026-12-05T09:00")?.toISOString()).toBe("2026-12-05T14:00:00.000Z");
    expect(fromLocalInput("2026-07-04T18:30")?.toISOString()).toBe("2026-07-04T22:30:00.000Z");
  });

  it("gives back what it read", () => {
    for (const value of ["2026-03-08T12:00", "2026-11-01T00:30", "2027-01-31T23:59"]) {
      expect(toLocalInput(fromLocalInput(value)!)).toBe(value);
    }
  });

  it("refuses what is not a date and time", () => {
    for (const value of ["", "tomorrow", "2026-02-30T10:00", "2026-13-01T10:00", "2026-12-05 09:00"]) expect(fromLocalInput(value)).toBeNull();
  });
});
