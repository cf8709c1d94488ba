/**
 * The guard's handling of input every mutation shares: what is not a form is
 * refused in plain words, NUL characters never reach the database, and a
 * field whose schema has no message of its own still gets a plain one.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { getDb } from "@/db/client";
import { insertUser } from "@/db/testing/fixtures";
import { signInAs } from "@/lib/auth/testing/session-mock";
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
