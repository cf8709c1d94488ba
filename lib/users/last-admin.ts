import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { users } from "@/db/schema";

/**
 * Whether an enabled admin other than `userId` remains: the one check that
 * the databank is never left without an admin. Every enabled admin's row is
 * locked until the transaction ends, so two admins leaving at once wait for
 * each other, and the second then sees that the first has gone.
 */
export async function anotherAdminRemains(tx: Transaction, userId: number): Promise<boolean> {
  const admins = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), isNull(users.disabledAt)))
    .orderBy(asc(users.id))
    .for("update");
  return admins.some((admin) => admin.id !== userId);
}
