import { describe, expect, it } from "vitest";
import { postingWarnings } from "./warnings";

const york = { slug: "york", name: "York" };
const knox = { slug: "knox", name: "Knox" };
const waldo = { slug: "waldo", name: "Waldo" };
const plain = "Sort donations and stock the shelves with us, two hours a week.";

describe("a posting's warnings", () => {
  it("has none for a posting in the organization's own counties with no address", () => {
    expect(postingWarnings({ description: plain, statewide: false, counties: [york] }, [york, knox])).toEqual([]);
  });

  it("names the counties the organization does not serve", () => {
    const warnings = postingWarnings({ description: plain, statewide: false, counties: [york, knox, waldo] }, [york]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.field).toBe("counties");
    expect(warnings[0]!.message).toMatch(/^Knox County and Waldo County are not among the counties your organization serves/);
  });

  it("says nothing of counties for a statewide posting, or for an organization with none on record", () => {
    expect(postingWarnings({ description: plain, statewide: true, counties: [waldo] }, [york])).toEqual([]);
    expect(postingWarnings({ description: plain, statewide: false, counties: [waldo] }, [])).toEqual([]);
  });

  it("warns of an address in the description, saying why", () => {
    const [warning] = postingWarnings({ description: `${plain} Come to 12 Main Street, Lewiston.`, statewide: false, counties: [york] }, [york]);
    expect(warning!.field).toBe("description");
    expect(warning!.message).toContain("street address");
    expect(warning!.message).toContain("confidential shelter");
  });
});
