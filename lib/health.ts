import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";

export async function checkDatabase(): Promise<boolean> {
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return true;
  } catch (error) {
    console.error("health: database unreachable", error instanceof Error ? error.message : "unknown error");
    return false;
  }
}
