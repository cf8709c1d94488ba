import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { insertUser } from "@/lib/testing/fixtures";
import { onRequestError } from "@/instrumentation";

afterEach(() => {
  vi.restoreAllMocks();
});

/** A real query that fails with an e-mail address among its parameters: a second account with an address already taken. */
async function failingQuery(email: string): Promise<unknown> {
  const db = await getDb();
  await insertUser(db, { email });
  try {
    await insertUser(db, { email: email.toUpperCase() });
  } catch (error) {
    return error;
  }
  throw new Error("the second account was accepted");
}

describe("the log of a request that failed", () => {
  it("holds a request id, the route, the error's name and database code, never its message or parameters", async () => {
    const email = `private-${Date.now().toString(36)}@example.org`;
    const error = await failingQuery(email);
    // The error itself does carry the address: what is logged must not.
    expect(String((error as Error).message).toLowerCase()).toContain(email);

    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    await onRequestError(
      error,
      { path: `/signup?email=${encodeURIComponent(email)}`, method: "POST", headers: { "x-forwarded-for": "203.0.113.9" } },
      { routerKind: "App Router", routePath: "/signup", routeType: "action", revalidateReason: undefined, renderSource: undefined },
    );

    expect(logged).toHaveBeenCalledTimes(1);
    const line = logged.mock.calls[0]!.map(String).join(" ");
    expect(line).toMatch(/^\[request\] [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12} POST \/signup failed: DrizzleQueryError from \w+ \(23505\)$/);
    expect(line.toLowerCase()).not.toContain(email);
    expect(line).not.toContain("example.org");
    expect(line).not.toMatch(/Failed query|params|insert into/i);
  });

  it("gives each failed request an id of its own", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const context = { routerKind: "App Router", routePath: "/opportunities", routeType: "render", revalidateReason: undefined, renderSource: "react-server-components" } as const;
    await onRequestError(new Error("boom"), { path: "/opportunities", method: "GET", headers: {} }, context);
    await onRequestError(new Error("boom"), { path: "/opportunities", method: "GET", headers: {} }, context);
    const ids = logged.mock.calls.map((call) => /\[request\] (\S+)/.exec(String(call[0]))?.[1]);
    expect(ids[0]).toBeTruthy();
    expect(ids[0]).not.toBe(ids[1]);
    expect(logged.mock.calls.map((call) => String(call[0])).join("\n")).not.toContain("boom");
  });
});
