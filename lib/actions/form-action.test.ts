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

const { formAction } = await import("./form-action");
const { UNREADABLE_FORM } = await import("./form-data");

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
