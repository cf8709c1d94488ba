/**
 * `npm run admin:create -- --email someone@example.org [--name "Their Name"]`
 *
 * Makes the first admin (or another one) without touching the database by
 * hand: creates the account if there is none, gives it the admin role, and
 * prints a one-time link to set its password. Writes the audit row too.
 *
 * On the embedded database pass `--embedded`, and stop the site first: two
 * processes must never open the same PGlite folder.
 *
 * The work is exported (`createAdmin`, `runCreateAdmin`) so it can be tested;
 * run as a script, the file behaves as the command above.
 */
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { eq, sql } from "drizzle-orm";
import { closeDb, getDb, type Database } from "@/db/client";
import { users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/audit";
import { emailSchema } from "@/lib/auth/schemas";
import { issueToken, TOKEN_LIFETIME_MINUTES } from "@/lib/auth/tokens";
import { setting } from "@/lib/settings";
import { siteUrl } from "@/lib/site";

export type CreatedAdmin = { userId: number; email: string; link: string };

/**
 * Creates the account (or takes the existing one, enabled again) with the
 * admin role, its audit row and a fresh password link, in one transaction.
 * `email` must already be parsed by `emailSchema`.
 */
export async function createAdmin(db: Database, input: { email: string; name?: string }): Promise<CreatedAdmin> {
  const { userId, token } = await db.transaction(async (tx) => {
    const name = input.name?.trim() || input.email.split("@")[0]!;
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, input.email));
    const [user] = existing
      ? await tx.update(users).set({ role: "admin", disabledAt: null, updatedAt: sql`now()` }).where(eq(users.id, existing.id)).returning({ id: users.id })
      : await tx.insert(users).values({ email: input.email, name, role: "admin" }).returning({ id: users.id });
    await writeAudit(tx, { actorUserId: null, action: "user.role_change", targetType: "user", targetId: user!.id, reason: "npm run admin:create", details: { to: "admin" } });
    return { userId: user!.id, token: await issueToken(tx, user!.id, "reset_password") };
  });
  return { userId, email: input.email, link: `${siteUrl()}/reset-password?token=${token}` };
}

type Output = { log: (line: string) => void; error: (line: string) => void };

/**
 * The command: reads its arguments, refuses with a sentence on stderr and
 * exit code 1, or makes the admin and prints the link. Leaves the database
 * open; the script closes it.
 */
export async function runCreateAdmin(args: string[], output: Output = console): Promise<number> {
  const { values } = parseArgs({ args, options: { email: { type: "string" }, name: { type: "string" }, embedded: { type: "boolean", default: false } } });
  const email = emailSchema.safeParse(values.email ?? "");
  if (!email.success) {
    output.error("Give the new admin's address: npm run admin:create -- --email someone@example.org");
    return 1;
  }
  if (!setting("DATABASE_URL") && !values.embedded) {
    output.error("DATABASE_URL is not set. To use the embedded database, stop the site and add --embedded.");
    return 1;
  }
  const admin = await createAdmin(await getDb(), { email: email.data, name: values.name });
  output.log(`${admin.email} is an admin. Open this link within ${TOKEN_LIFETIME_MINUTES.reset_password} minutes to set the password (it works once):`);
  output.log(admin.link);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const code = await runCreateAdmin(process.argv.slice(2));
  if (code !== 0) process.exit(code);
  await closeDb();
}
