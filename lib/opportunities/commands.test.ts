import { describe, expect, it } from "vitest";
import { commandsFor, postingCommandLabels } from "./commands";

describe("what a posting's state allows", () => {
  it("offers each state its own next step, and a copy always", () => {
    expect(commandsFor("draft", true)).toEqual(["publish", "duplicate"]);
    expect(commandsFor("published", true)).toEqual(["close", "duplicate"]);
    expect(commandsFor("closed", true)).toEqual(["reopen", "duplicate"]);
    expect(commandsFor("expired", true)).toEqual(["renew", "duplicate"]);
    expect(commandsFor("unpublished", true)).toEqual(["duplicate"]);
  });

  it("offers only a copy to those who may not publish", () => {
    for (const state of ["draft", "published", "closed", "expired", "unpublished"] as const) expect(commandsFor(state, false)).toEqual(["duplicate"]);
  });

  it("names the renewal's length from the same figure the server uses", () => {
    expect(postingCommandLabels.renew).toBe("Renew for 90 days");
  });
});
