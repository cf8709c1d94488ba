import { createHmac } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { unsubscribeToken, verifyUnsubscribeToken } from "./unsubscribe-token";

const SECRET = "a-test-secret-that-is-long-enough-0123456789";

beforeEach(() => vi.stubEnv("AUTH_SECRET", SECRET));
afterEach(() => vi.unstubAllEnvs());

describe("the unsubscribe token of an alert mail", () => {
  it("names the alert it was made for", () => {
    const token = unsubscribeToken(42);
    expect(token).toMatch(/^42\.[A-Za-z0-9_-]{43}$/);
    expect(verifyUnsubscribeToken(token)).toBe(42);
    expect(verifyUnsubscribeToken(unsubscribeToken(2_147_483_647))).toBe(2_147_483_647);
  });

  it("is keyed by a key derived from AUTH_SECRET, not by AUTH_SECRET itself", () => {
    const withSecretItself = createHmac("sha256", SECRET).update("42").digest("base64url");
    expect(unsubscribeToken(42)).not.toBe(`42.${withSecretItself}`);
    const derived = createHmac("sha256", SECRET).update("alert-unsubscribe").digest();
    expect(unsubscribeToken(42)).toBe(`42.${createHmac("sha256", derived).update("42").digest("base64url")}`);
  });

  it("refuses a token signed with another secret", () => {
    vi.stubEnv("AUTH_SECRET", "another-secret-that-is-long-enough-9876543210");
    const forged = unsubscribeToken(42);
    vi.stubEnv("AUTH_SECRET", SECRET);
    expect(verifyUnsubscribeToken(forged)).toBeNull();
  });

  it("refuses one alert's mac on another alert's id", () => {
    const mac = unsubscribeToken(42).split(".")[1];
    expect(verifyUnsubscribeToken(`43.${mac}`)).toBeNull();
    expect(verifyUnsubscribeToken(`042.${mac}`)).toBeNull();
    expect(verifyUnsubscribeToken(`+42.${mac}`)).toBeNull();
  });

  it("refuses a token with one character changed anywhere in the mac", () => {
    const token = unsubscribeToken(7);
    const [id, mac] = token.split(".") as [string, string];
    for (let i = 0; i < mac.length; i++) {
      const changed = mac.slice(0, i) + (mac[i] === "A" ? "B" : "A") + mac.slice(i + 1);
      expect(verifyUnsubscribeToken(`${id}.${changed}`), `position ${i}`).toBeNull();
    }
  });

  it("refuses anything garbled, without throwing", () => {
    const mac = unsubscribeToken(42).split(".")[1]!;
    for (const garbled of [
      "",
      "42",
      "42.",
      `.${mac}`,
      `42.${mac}=`,
      `42.${mac.slice(0, -1)}`,
      `42.${mac}A`,
      `42.${mac}.1`,
      `42 .${mac}`,
      `0.${mac}`,
      `-42.${mac}`,
      `99999999999.${mac}`,
      `42.${"!".repeat(43)}`,
      "x".repeat(10_000),
      `42.${mac}`.toUpperCase(),
    ]) {
      expect(verifyUnsubscribeToken(garbled), garbled.slice(0, 60)).toBeNull();
    }
    for (const notText of [undefined, null, 42, ["42"], { token: "42" }]) expect(verifyUnsubscribeToken(notText)).toBeNull();
  });
});
