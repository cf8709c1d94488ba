import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { noteIfDatabaseAway } from "@/lib/database-away/database-away.mjs";
import { errorSummary } from "@/lib/logging/error-summary";

export async function checkDatabase(): Promise<boolean> {
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return true;
  } catch (error) {
    noteIfDatabaseAway(error);
    // The name and code only: a driver's message can name the database's address and its user.
    console.error(`[health] database unreachable: ${errorSummary(error)}`);
    return false;
  }
}
