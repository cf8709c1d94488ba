import { createHmac } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { addressHash, optOutToken, verifyOptOutToken } from "./opt-out";

const SECRET = "a-test-secret-that-is-long-enough-0123456789";

beforeEach(() => vi.stubEnv("AUTH_SECRET", SECRET));
afterEach(() => vi.unstubAllEnvs());

describe("the link that stops event reminders", () => {
  it("stands for the address it was sent to, whatever its case, and names it only by a keyed hash", () => {
    const token = optOutToken("Robin@Example.net");
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{43}$/);
    expect(verifyOptOutToken(token)).toBe(addressHash("robin@example.net"));
    expect(optOutToken(" robin@example.net ")).toBe(token);
    expect(token).not.toContain("robin");
    expect(addressHash("robin@example.net")).not.toBe(addressHash("robyn@example.net"));
  });

  it("is keyed by keys derived from AUTH_SECRET, not by AUTH_SECRET itself", () => {
    expect(addressHash("robin@example.net")).not.toBe(createHmac("sha256", SECRET).update("robin@example.net").digest("base64url"));
    const derived = createHmac("sha256", SECRET).update("reminder-opt-out-address").digest();
    expect(addressHash("robin@example.net")).toBe(createHmac("sha256", derived).update("robin@example.net").digest("base64url"));
  });

  it("refuses a token signed with another secret, altered, cut short or garbled", () => {
    vi.stubEnv("AUTH_SECRET", "another-secret-that-is-long-enough-9876543210");
    const forged = optOutToken("robin@example.net");
    vi.stubEnv("AUTH_SECRET", SECRET);
    expect(verifyOptOutToken(forged)).toBeNull();
    const token = optOutToken("robin@example.net");
    const [hash, mac] = token.split(".") as [string, string];
    // Another address's hash with this mac, or this hash with its mac's last character changed.
    expect(verifyOptOutToken(`${addressHash("someone@example.net")}.${mac}`)).toBeNull();
    expect(verifyOptOutToken(`${hash}.${mac.slice(0, -1)}${mac.endsWith("A") ? "B" : "A"}`)).toBeNull();
    for (const garbled of [token.slice(0, -1), `${token}A`, token.replace(".", "-"), "", null, 42, `${hash}.${mac}.x`]) expect(verifyOptOutToken(garbled)).toBeNull();
  });
});
