/** `npm run db:migrate`: applies the committed migrations to the server database (DATABASE_URL). */
import { plainSetting } from "../settings.mjs";
import { closeDb, getDatabaseKind, getDb, migrateDatabase } from "./client";

if (!plainSetting("DATABASE_URL")) {
  console.error("DATABASE_URL is not set. The embedded database migrates itself when the app starts.");
  process.exit(1);
}
const db = await getDb();
await migrateDatabase(db, await getDatabaseKind());
await closeDb();
console.log("Migrations applied.");
