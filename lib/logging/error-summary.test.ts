import { describe, expect, it } from "vitest";
import { errorSummary } from "./error-summary";

describe("errorSummary", () => {
  it("names the error and its cause with the code, and never the message", () => {
    const cause = Object.assign(new Error('duplicate key value violates unique constraint, Key (email)=(someone@example.org)'), { name: "PostgresError", code: "23505" });
    class DrizzleQueryError extends Error {}
    const error = new DrizzleQueryError("Failed query: insert into users\nparams: someone@example.org", { cause });
    expect(errorSummary(error)).toBe("DrizzleQueryError from PostgresError (23505)");
  });

  it("leaves out a code that is not a short identifier", () => {
    const error = Object.assign(new Error("connect failed"), { code: "someone@example.org" });
    expect(errorSummary(error)).toBe("Error");
    expect(errorSummary(Object.assign(new Error("x"), { code: "ECONNREFUSED" }))).toBe("Error (ECONNREFUSED)");
    expect(errorSummary("a thrown string with someone@example.org")).toBe("unknown error");
  });
});
