/**
 * The databank keeps an admin: two admins who leave at the same moment
 * cannot both go (on PostgreSQL they run side by side and the lock decides).
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { insertUser } from "@/lib/testing/fixtures";
import { anotherAdminRemains } from "./last-admin";

describe("the last admin", () => {
  it("of two leaving at once, one goes and one is refused", async () => {
    const db = await getDb();
    const [a, b] = [await insertUser(db, { role: "admin" }), await insertUser(db, { role: "admin" })];
    const leave = (id: number) =>
      db.transaction(async (tx) => {
        if (!(await anotherAdminRemains(tx, id))) throw new Error("the only admin");
        // Both are between the check and the deletion at once, unless the check made one wait.
        await new Promise((resolve) => setTimeout(resolve, 200));
        await tx.delete(users).where(eq(users.id, id));
      });
    const results = await Promise.allSettled([leave(a.id), leave(b.id)]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.$count(users, eq(users.role, "admin"))).toBe(1);
  });

  it("a disabled admin does not count", async () => {
    const db = await getDb();
    const [active] = await db.select({ id: users.id }).from(users).where(eq(users.role, "admin"));
    await insertUser(db, { role: "admin", disabledAt: new Date() });
    expect(await db.transaction((tx) => anotherAdminRemains(tx, active!.id))).toBe(false);
    const other = await insertUser(db, { role: "admin" });
    expect(await db.transaction((tx) => anotherAdminRemains(tx, active!.id))).toBe(true);
    expect(await db.transaction((tx) => anotherAdminRemains(tx, other.id))).toBe(true);
  });
});
