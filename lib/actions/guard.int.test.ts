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
import { ActionError, guardedAction, NO_ACCESS, SIGNED_OUT } from "./guard";
import { refusalCode } from "./refusal";

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

let user: number;

beforeAll(async () => {
  user = (await insertUser(await getDb())).id;
  signInAs(user);
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

describe("the code of a refusal", () => {
  const throwing = (error: ActionError) => guardedAction({ kind: "signed-in" }, schema, async () => Promise.reject(error));

  it("says why the guard refused, beside answers that are unchanged", async () => {
    expect(refusalCode(await action("note=hello"))).toBe("unreadable");
    expect(refusalCode(await action({ ...valid, kind: "c" }))).toBe("invalid");
    expect(refusalCode(await action(valid))).toBeNull();
    const admin = guardedAction({ kind: "admin" }, schema, async () => ({ ok: true }) as const);
    const refused = await admin(valid);
    expect(refused).toEqual({ ok: false, message: NO_ACCESS, fieldErrors: {} });
    expect(refusalCode(refused)).toBe("no-access");
    signInAs(null);
    try {
      const signedOut = await action(valid);
      expect(signedOut).toEqual({ ok: false, message: SIGNED_OUT, fieldErrors: {} });
      expect(refusalCode(signedOut)).toBe("signed-out");
    } finally {
      signInAs(user);
    }
  });

  it("is the one a mutation's refusal names, \"invalid\" with field errors, and \"refused\" otherwise", async () => {
    const notFound = await throwing(new ActionError("That was not found.", {}, "not-found"))(valid);
    expect(notFound).toEqual({ ok: false, message: "That was not found.", fieldErrors: {} });
    expect(refusalCode(notFound)).toBe("not-found");
    expect(refusalCode(await throwing(new ActionError("Wrong code.", { code: ["Wrong code."] }))(valid))).toBe("invalid");
    expect(refusalCode(await throwing(new ActionError("Not now."))(valid))).toBe("refused");
    expect(refusalCode({ ok: false, message: "Not now.", fieldErrors: {} })).toBeNull();
  });
});

describe("the guard's handling of failures", () => {
  const failing = (error: Error) => guardedAction({ kind: "signed-in" }, schema, async () => Promise.reject(error));

  it("tells the visitor the databank is briefly unavailable when the database is away, and logs no message", async () => {
    const refused = Object.assign(new Error("Failed query: insert … params: someone@example.org"), { cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }) });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const away = await failing(refused)(valid);
      expect(away).toEqual({ ok: false, message: DATABASE_AWAY_MESSAGE, fieldErrors: {} });
      expect(refusalCode(away)).toBe("database-away");
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
      expect(refusalCode(result)).toBe("failed");
    } finally {
      logged.mockRestore();
    }
  });
});
