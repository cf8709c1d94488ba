import { describe, expect, it } from "vitest";
import { commandsFor, postingCommandLabels, RENEW_WITHIN_DAYS } from "./commands";

const NOW = new Date("2026-12-04T15:00:00Z");
const DAY = 86_400_000;
const later = (days: number) => new Date(NOW.getTime() + days * DAY);
const posting = (state: Parameters<typeof commandsFor>[0]["state"], expiresAt = later(60)) => ({ state, expiresAt });

describe("what a posting's state allows", () => {
  it("offers each state its own next step, and a copy always", () => {
    expect(commandsFor(posting("draft"), true, NOW)).toEqual(["publish", "duplicate"]);
    expect(commandsFor(posting("published"), true, NOW)).toEqual(["close", "duplicate"]);
    expect(commandsFor(posting("closed"), true, NOW)).toEqual(["reopen", "duplicate"]);
    expect(commandsFor(posting("expired", later(-1)), true, NOW)).toEqual(["renew", "duplicate"]);
    expect(commandsFor(posting("unpublished"), true, NOW)).toEqual(["duplicate"]);
  });

  it("offers a published posting renewal in its last days, when its team is reminded, and not before", () => {
    expect(commandsFor(posting("published", later(RENEW_WITHIN_DAYS)), true, NOW)).toEqual(["renew", "close", "duplicate"]);
    expect(commandsFor(posting("published", later(1)), true, NOW)).toEqual(["renew", "close", "duplicate"]);
    expect(commandsFor(posting("published", later(RENEW_WITHIN_DAYS + 0.01)), true, NOW)).toEqual(["close", "duplicate"]);
    // Only a published one: a closed or draft posting near its end is reopened or published as before.
    expect(commandsFor(posting("closed", later(1)), true, NOW)).toEqual(["reopen", "duplicate"]);
    expect(commandsFor(posting("draft", later(1)), true, NOW)).toEqual(["publish", "duplicate"]);
  });

  it("offers only a copy to those who may not publish", () => {
    for (const state of ["draft", "published", "closed", "expired", "unpublished"] as const) {
      expect(commandsFor(posting(state), false, NOW)).toEqual(["duplicate"]);
      expect(commandsFor(posting(state, later(1)), false, NOW)).toEqual(["duplicate"]);
    }
  });

  it("names the renewal's length from the same figure the server uses", () => {
    expect(postingCommandLabels.renew).toBe("Renew for 90 days");
  });
});
