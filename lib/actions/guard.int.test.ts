/**
 * The guard's handling of input every mutation shares: what is not a form is
 * refused in plain words, NUL characters never reach the database, and a
 * field whose schema has no message of its own still gets a plain one. And
 * of failures: a database that is away is said so, never taken for success.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { getDb } from "@/db/client";
import { insertUser } from "@/lib/testing/fixtures";
import { signInAs } from "@/lib/auth/testing/session-mock";
import { DATABASE_AWAY_MESSAGE } from "@/lib/database-away/database-away.mjs";
import { UNREADABLE_FORM } from "./form-data";
import { guardedAction } from "./guard";

vi.mock("@/lib/auth/session", () => import("@/lib/auth/testing/session-mock"));

const schema = z.object({
  note: z.string().trim().max(20),
  kind: z.enum(["a", "b"]),
  tags: z.array(z.string()).max(2),
  code: z.string().regex(/^[a-z]+$/),
  email: z.email(),
  named: z.string().min(3, "Give a name of at least 3 characters."),
});
const valid = { note: "hello", kind: "a", tags: ["x"], code: "abc", email: "someone@example.org", named: "Sam" };
const received: unknown[] = [];
const action = guardedAction({ kind: "signed-in" }, schema, async (input) => {
  received.push(input);
  return { ok: true } as const;
});

beforeAll(async () => {
  const user = await insertUser(await getDb());
  signInAs(user.id);
});

describe("the guard's input handling", () => {
  it("refuses anything that is not a form's fields, in plain words", async () => {
    for (const body of [null, undefined, "note=hello", 42, [valid], new Date(), new Map()]) {
      expect(await action(body)).toEqual(UNREADABLE_FORM);
    }
    expect(received).toEqual([]);
  });

  it("drops NUL characters from every string before the schema and the body see them", async () => {
    expect(await action({ ...valid, note: "hel\u0000lo", tags: ["x\u0000y"], named: "S\u0000am" })).toEqual({ ok: true });
    expect(received.at(-1)).toEqual({ ...valid, note: "hello", tags: ["xy"], named: "Sam" });
  });

  it("words the schema's unnamed refusals plainly, and keeps a schema's own message", async () => {
    const result = await action({ note: 5, kind: "c", tags: ["a", "b", "c"], code: "ABC", email: "nope", named: "x".repeat(0) });
    expect(result).toMatchObject({
      ok: false,
      message: "Please correct the highlighted fields.",
      fieldErrors: {
        note: ["Enter text here."],
        kind: ["Choose one of the options offered."],
        tags: ["Choose at most 2."],
        code: ["This is not in the form expected here."],
        email: ["Enter an e-mail address, like name@example.org."],
        named: ["Give a name of at least 3 characters."],
      },
    });
    expect(await action({ ...valid, note: "x".repeat(21) })).toMatchObject({ fieldErrors: { note: ["Keep this to 20 characters."] } });
    const missing = await action({});
    expect(missing).toMatchObject({ ok: false });
    for (const field of Object.keys(valid)) expect((missing as { fieldErrors: Record<string, string[]> }).fieldErrors[field], field).toEqual(["This field is required."]);
  });
});

describe("the guard's handling of failures", () => {
  const failing = (error: Error) => guardedAction({ kind: "signed-in" }, schema, async () => Promise.reject(error));

  it("tells the visitor the databank is briefly unavailable when the database is away, and logs no message", async () => {
    const refused = Object.assign(new Error("Failed query: insert … params: someone@example.org"), { cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }) });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      expect(await failing(refused)(valid)).toEqual({ ok: false, message: DATABASE_AWAY_MESSAGE, fieldErrors: {} });
      expect(logged.mock.calls.flat().join(" ")).not.toMatch(/example\.org|127\.0\.0\.1/);
    } finally {
      logged.mockRestore();
    }
  });

  it("gives any other failure a reference, not the database's words", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const result = await failing(Object.assign(new Error("duplicate key someone@example.org"), { code: "23505" }))(valid);
      expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^Something went wrong on our side\. Please try again\. \(Reference [0-9a-f]{8}\)$/) });
    } finally {
      logged.mockRestore();
    }
  });
});
