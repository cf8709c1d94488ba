/**
 * What a process keeps of public data (remember.ts) it keeps only under the stamp its read began
 * under: a change heard while a read runs, the listener lost, a read that fails, each leaves nothing
 * behind to be served. The stamp here is a plain counter standing in for the count of changes.
 */
import { describe, expect, it } from "vitest";
import { rememberPublic } from "./remember";

/** A read that ends when the test says, counting how many began. */
function reads() {
  let begun = 0;
  const pending: ((value: string) => void)[] = [];
  const read = () => {
    begun++;
    return new Promise<string>((resolve) => pending.push(resolve));
  };
  return { read, begun: () => begun, finish: (value: string) => pending.shift()!(value) };
}

describe("a value remembered under the stamp its read began under", () => {
  it("is served while the stamp stands, and read once", async () => {
    const remember = rememberPublic<string>(4, () => 1);
    const { read, begun, finish } = reads();
    const first = remember("words", read);
    const second = remember("words", read);
    finish("list");
    expect(await first).toBe("list");
    expect(await second).toBe("list");
    expect(begun()).toBe(1);
    expect(await remember.kept("words")).toBe("list");
  });

  it("is not served once a change is heard while it is read, and the next ask reads afresh", async () => {
    let stamp: number | null = 1;
    const remember = rememberPublic<string>(4, () => stamp);
    const { read, begun, finish } = reads();
    const before = remember("words", read);
    stamp = 2;
    finish("list read before the change");
    await before;
    expect(remember.kept("words")).toBeUndefined();
    const after = remember("words", read);
    finish("list read after the change");
    expect(await after).toBe("list read after the change");
    expect(begun()).toBe(2);
  });

  it("is forgotten while the listener is away, and not served when it is back", async () => {
    let stamp: number | null = 1;
    const remember = rememberPublic<string>(4, () => stamp);
    const { read, begun, finish } = reads();
    const kept = remember("words", read);
    finish("list");
    await kept;
    stamp = null;
    expect(remember.kept("words")).toBeUndefined();
    // Away: every ask reads, and nothing is kept.
    const away = remember("words", read);
    finish("read while away");
    expect(await away).toBe("read while away");
    // Back under the very stamp of before (it never is, but even so): nothing of before is left.
    stamp = 1;
    expect(remember.kept("words")).toBeUndefined();
    expect(begun()).toBe(2);
  });

  it("is forgotten when its read fails, so the next ask reads again", async () => {
    const remember = rememberPublic<string>(4, () => 1);
    let fail = true;
    const read = () => (fail ? Promise.reject(new Error("database away")) : Promise.resolve("list"));
    await expect(remember("words", read)).rejects.toThrow("database away");
    expect(remember.kept("words")).toBeUndefined();
    fail = false;
    expect(await remember("words", read)).toBe("list");
  });

  it("keeps at most `limit` values, letting go of the least recently used", async () => {
    const remember = rememberPublic<string>(2, () => 1);
    await remember("a", async () => "a");
    await remember("b", async () => "b");
    expect(await remember.kept("a")).toBe("a");
    await remember("c", async () => "c");
    expect(remember.kept("b")).toBeUndefined();
    expect(await remember.kept("a")).toBe("a");
    expect(await remember.kept("c")).toBe("c");
  });
});
