import { describe, expect, it } from "vitest";
import { opportunitySchema, opportunityUpdateSchema } from "./schemas";

/** The posting form as sent with nothing filled in but what `fields` gives. */
function form(fields: Record<string, unknown> = {}) {
  return { organizationId: "1", title: "", summary: "", description: "", type: "", skillLevel: "", causes: [], counties: [], expiresOn: "", ...fields };
}

const messagesOf = (input: unknown, schema = opportunitySchema) =>
  Object.fromEntries((schema.safeParse(input).error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));

describe("the posting form's rules that tie fields together", () => {
  it("are named on a first try together with every other error, not only once the rest are fixed", () => {
    const errors = messagesOf(form());
    expect(errors.title).toBeDefined();
    expect(errors.type).toBeDefined();
    expect(errors.expiresOn).toBeDefined();
    expect(errors.counties).toBe("Choose at least one county, or mark the posting statewide.");
    expect(messagesOf({ ...form({ opportunityId: "7" }) }, opportunityUpdateSchema).counties).toBe("Choose at least one county, or mark the posting statewide.");
    // Whatever is wrong elsewhere: a number of spots or an age that is not whole, too.
    for (const wrong of [{ spots: "2.5" }, { minimumAge: "1.5" }, { spots: "many" }]) {
      const errors = messagesOf(form(wrong));
      expect(Object.keys(errors), JSON.stringify(wrong)).toContain(Object.keys(wrong)[0]);
      expect(errors.counties, JSON.stringify(wrong)).toBe("Choose at least one county, or mark the posting statewide.");
    }
  });

  it("are not checked on fields that are wrong themselves", () => {
    // A type that is not one of the list: no rule on the event's start reads it.
    const errors = messagesOf(form({ type: "someday", statewide: "on", expiresOn: "not a day" }));
    expect(errors.type).toBe("Choose the type of opportunity.");
    expect(errors.startsAt).toBeUndefined();
    expect(errors.expiresOn).toBe("Enter the last day the posting is shown.");
    expect(errors.counties).toBeUndefined();
  });

  it("still hold once every field is valid", () => {
    const day = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const valid = form({
      title: "Bake sale",
      summary: "Bake and sell for the shelter.",
      description: "Bake at home and sell at the town fair, all for the shelter's kitchen.",
      type: "one_time",
      skillLevel: "none",
      causes: ["basic_needs"],
      counties: ["york"],
      startsAt: `${day}T09:00`,
      expiresOn: day,
    });
    expect(messagesOf(valid)).toEqual({});
    expect(messagesOf({ ...valid, counties: [] }).counties).toBe("Choose at least one county, or mark the posting statewide.");
    expect(messagesOf({ ...valid, startsAt: "" }).startsAt).toBe("A one-time event needs the date and time it starts.");
    expect(messagesOf({ ...valid, endsAt: `${day}T08:00` }).endsAt).toBe("The end must be after the start.");
  });
});
