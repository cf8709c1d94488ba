/**
 * Nobody can lock an account's owner out by guessing its password: a browser
 * that signed in to the account before keeps getting in with the right
 * password, while the stranger is refused once the account's limit is spent.
 */
import { sql } from "drizzle-orm";
import { beforeEach, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { knownDeviceId, knownDeviceValue } from "@/lib/auth/known-device";
import { checkSignInLimits } from "./sign-in";

beforeEach(async () => {
  await (await getDb()).delete(rateLimits).where(sql`true`);
});

const OWNER = "owner.of.the.account@example.org";

it("a stranger's guesses use up the account's limit, but not for the browser its owner signed in with before", async () => {
  const ownersBrowser = knownDeviceValue(OWNER);
  for (let n = 0; n < 10; n++) expect(await checkSignInLimits(OWNER, "203.0.113.1", null)).toBeNull();
  // The stranger is refused from now on, from this address or any other.
  expect(await checkSignInLimits(OWNER, "203.0.113.1", null)).toMatchObject({ kind: "rate-limited" });
  expect(await checkSignInLimits(OWNER, "203.0.113.2", null)).toMatchObject({ kind: "rate-limited" });

  // Many more guesses later, the owner's own browser still gets to try its password.
  for (let n = 0; n < 30; n++) await checkSignInLimits(OWNER, `203.0.113.${10 + n}`, null);
  expect(await checkSignInLimits(OWNER, "198.51.100.7", ownersBrowser)).toBeNull();
  expect(await checkSignInLimits(OWNER, "203.0.113.3", null)).toMatchObject({ kind: "rate-limited" });
});

it("the cookie cannot be forged, nor carried to another account", async () => {
  const ownersBrowser = knownDeviceValue(OWNER);
  for (let n = 0; n < 11; n++) await checkSignInLimits(OWNER, "203.0.113.20", null);
  const otherAccountsBrowser = knownDeviceValue("someone.else@example.org");
  const [deviceId] = ownersBrowser.split(".");
  for (const forged of [otherAccountsBrowser, `${deviceId}.${"0".repeat(64)}`, "anything", ""]) {
    expect(knownDeviceId(OWNER, forged), forged).toBeNull();
    expect(await checkSignInLimits(OWNER, "203.0.113.21", forged), forged).toMatchObject({ kind: "rate-limited" });
  }
  // Reissued at each sign-in, it keeps the same device id.
  expect(knownDeviceId(OWNER, knownDeviceValue(OWNER, ownersBrowser))).toBe(deviceId);
});

it("a known browser that guesses is limited too", async () => {
  const browser = knownDeviceValue(OWNER);
  for (let n = 0; n < 10; n++) expect(await checkSignInLimits(OWNER, `198.51.100.${n}`, browser)).toBeNull();
  expect(await checkSignInLimits(OWNER, "198.51.100.99", browser)).toMatchObject({ kind: "rate-limited" });
});
