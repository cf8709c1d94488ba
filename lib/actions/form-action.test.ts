import { beforeEach, describe, expect, it, vi } from "vitest";
import type { FormState } from "./result";

const calls: string[] = [];
vi.mock("next/cache", () => ({ revalidatePath: (path: string, type?: string) => calls.push(`revalidate ${path}${type ? ` ${type}` : ""}`) }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    calls.push(`redirect ${to}`);
    throw new Error("NEXT_REDIRECT");
  },
}));

const { addressAction, formAction } = await import("./form-action");
const { UNREADABLE_FORM } = await import("./form-data");
const { withCode } = await import("./refusal");

type Saved = { ok: true; slug: string } | FormState;
const refusal: FormState = { ok: false, message: "No.", fieldErrors: { name: ["Too short."] } };

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

beforeEach(() => {
  calls.length = 0;
});

describe("formAction", () => {
  it("refuses what is not a form without calling the mutation", async () => {
    const mutation = vi.fn(async (): Promise<Saved> => ({ ok: true, slug: "x" }));
    expect(await formAction(mutation)(null, "name=x")).toEqual(UNREADABLE_FORM);
    expect(mutation).not.toHaveBeenCalled();
    expect(calls).toEqual([]);
  });

  it("hands the mutation the form's fields, lists as lists", async () => {
    const mutation = vi.fn(async (): Promise<Saved> => refusal);
    await formAction(mutation, { lists: ["counties"] })(null, form([["name", "Al"], ["counties", "york"], ["counties", "knox"]]));
    expect(mutation).toHaveBeenCalledWith({ name: "Al", counties: ["york", "knox"] });
  });

  it("gives a refusal back with what was typed, never a secret or a withheld field, and goes nowhere", async () => {
    const action = formAction(async (): Promise<Saved> => refusal, { withhold: ["leave_blank"], success: () => ({ redirect: "/never" }) });
    const answer = await action(null, form([["name", "Al"], ["password", "hunter22"], ["leave_blank", "bot"]]));
    expect(answer).toEqual({ ok: false, message: "No.", fieldErrors: { name: ["Too short."] }, values: { name: "Al" } });
    expect(calls).toEqual([]);
  });

  it("on success renders the pages again and redirects where the mutation's answer says", async () => {
    const action = formAction(async (): Promise<Saved> => ({ ok: true, slug: "harbor" }), {
      success: (result) => ({ redirect: `/dashboard/${result.slug}?saved=1`, revalidate: { path: `/dashboard/${result.slug}`, type: "layout" } }),
    });
    await expect(action(null, form([["name", "Al"]]))).rejects.toThrow("NEXT_REDIRECT");
    expect(calls).toEqual(["revalidate /dashboard/harbor layout", "redirect /dashboard/harbor?saved=1"]);
  });

  it("renders again after a refusal too when asked to", async () => {
    const action = formAction(async (): Promise<Saved> => refusal, { revalidate: { path: "/admin/reports" }, success: () => ({ redirect: "/admin/reports" }) });
    expect(await action(null, form([]))).toMatchObject({ ok: false });
    expect(calls).toEqual(["revalidate /admin/reports"]);
  });

  it("without a destination gives a success back to the form", async () => {
    const answer: FormState = { ok: true, recoveryCodes: ["a", "b"] };
    expect(await formAction(async () => answer)(null, form([]))).toEqual(answer);
    expect(calls).toEqual([]);
  });
});

describe("addressAction", () => {
  const where = {
    revalidate: { path: "/me/contacts" },
    success: (result: { ok: true; slug?: string }) => ({ redirect: `/done/${result.slug ?? ""}` }),
    refused: ({ code, fieldErrors }: { code: string; fieldErrors: Record<string, unknown> }, fields: Record<string, unknown>) =>
      `/refused?${new URLSearchParams({ code, fields: Object.keys(fieldErrors).join(","), sent: Object.keys(fields).join(",") })}`,
  };

  it("sends a refusal to the address its code chooses, never its words, after rendering again", async () => {
    const action = addressAction(async (): Promise<Saved> => withCode({ ok: false, message: "Already answered.", fieldErrors: {} }, "conflict"), where);
    await expect(action(form([["requestId", "7"]]))).rejects.toThrow("NEXT_REDIRECT");
    expect(calls).toEqual(["revalidate /me/contacts", "redirect /refused?code=conflict&fields=&sent=requestId"]);
  });

  it("names a refusal without a code of its own \"refused\", and keeps its field errors", async () => {
    await expect(addressAction(async (): Promise<Saved> => refusal, where)(form([["name", "Al"]]))).rejects.toThrow("NEXT_REDIRECT");
    expect(calls.at(-1)).toBe("redirect /refused?code=refused&fields=name&sent=name");
  });

  it("refuses what is not a form as unreadable without calling the mutation", async () => {
    const mutation = vi.fn(async (): Promise<Saved> => ({ ok: true, slug: "x" }));
    await expect(addressAction(mutation, where)("requestId=7")).rejects.toThrow("NEXT_REDIRECT");
    expect(mutation).not.toHaveBeenCalled();
    expect(calls.at(-1)).toBe("redirect /refused?code=unreadable&fields=&sent=");
  });

  it("on success goes where the mutation's answer says", async () => {
    const action = addressAction(async (): Promise<Saved> => ({ ok: true, slug: "harbor" }), where);
    await expect(action(form([["name", "Al"]]))).rejects.toThrow("NEXT_REDIRECT");
    expect(calls).toEqual(["revalidate /me/contacts", "redirect /done/harbor"]);
  });
});
