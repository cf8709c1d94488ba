/**
 * The demo accounts share one password, which the README publishes, and one of
 * them is an admin: demo data belongs on a developer's machine and in the
 * tests, never on a real server.
 */
import { inArray, sql } from "drizzle-orm";
import { getDatabaseKind, getDb, type Database } from "@/db/client";
import { users } from "@/db/schema";
import { authSecret } from "@/lib/auth/secret";
import { secondFactorKeyFrom } from "@/lib/auth/second-factor/secret-box";
import { setting } from "@/lib/settings";
import { DEMO_ACCOUNTS, seedDemoIfEmpty } from "./demo";

type Env = Partial<Record<"NODE_ENV" | "DEMO_DATA", string>>;

const currentEnvironment = (): Env => ({ NODE_ENV: setting("NODE_ENV"), DEMO_DATA: setting("DEMO_DATA") });

/**
 * Whether an empty embedded database gets the demo data: under `npm run dev`
 * and the tests, or when DEMO_DATA=on says so; never by default on a
 * production server or a one-off script.
 */
export function demoDataWanted(env: Env = currentEnvironment()): boolean {
  if (env.DEMO_DATA === "on") return true;
  if (env.DEMO_DATA === "off") return false;
  return env.NODE_ENV === "development" || env.NODE_ENV === "test";
}

/**
 * At a server's start: an embedded database without organizations gets the
 * demo data when it is wanted (demoDataWanted). A PostgreSQL server's gets
 * it only from `npm run db:seed -- --demo`.
 */
export async function loadDemoDataIfWanted(): Promise<void> {
  if (!demoDataWanted() || (await getDatabaseKind()) !== "pglite") return;
  // The demo admin's second factor is sealed with this server's key (from AUTH_SECRET).
  await seedDemoIfEmpty(await getDb(), { secondFactorKey: secondFactorKeyFrom(authSecret()) });
}

/** A production server found demo accounts in its database and was not told DEMO_DATA=on. */
export class DemoAccountsFound extends Error {
  name = "DemoAccountsFound";
}

/**
 * Throws DemoAccountsFound when a production server (without DEMO_DATA=on)
 * finds a demo account in its database; the server stops rather than let
 * anyone sign in with the published password.
 */
export async function refuseDemoAccountsInProduction(db: Database, env: Env = currentEnvironment()): Promise<void> {
  if (env.NODE_ENV !== "production" || env.DEMO_DATA === "on") return;
  const demoEmails = Object.values(DEMO_ACCOUNTS);
  const found = await db
    .select({ email: users.email })
    .from(users)
    .where(inArray(sql`lower(${users.email})`, demoEmails))
    .orderBy(users.email);
  if (found.length === 0) return;
  throw new DemoAccountsFound(
    `The database holds demo accounts (${found.map((row) => row.email).join(", ")}), whose password the README publishes. ` +
      "A production server will not start with them: delete them (or start from a database without demo data), " +
      "or set DEMO_DATA=on for a demonstration server that holds nothing real.",
  );
}
