/**
 * `npm run admin:create -- --email someone@example.org [--name "Their Name"]`
 *
 * Makes the first admin (or another one) without touching the database by
 * hand: creates the account if there is none, gives it the admin role, and
 * prints a one-time link to set its password. Writes the audit row too.
 *
 * On the embedded database pass `--embedded`, and stop the site first: two
 * processes must never open the same PGlite folder.
 */
import { parseArgs } from "node:util";
import { eq, sql } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/audit";
import { emailSchema } from "@/lib/auth/schemas";
import { issueToken, TOKEN_LIFETIME_MINUTES } from "@/lib/auth/tokens";
import { siteUrl } from "@/lib/site";

const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, embedded: { type: "boolean", default: false } } });
const email = emailSchema.safeParse(values.email ?? "");
if (!email.success) {
  console.error("Give the new admin's address: npm run admin:create -- --email someone@example.org");
  process.exit(1);
}
if (!process.env.DATABASE_URL && !values.embedded) {
  console.error("DATABASE_URL is not set. To use the embedded database, stop the site and add --embedded.");
  process.exit(1);
}

const db = await getDb();
const token = await db.transaction(async (tx) => {
  const name = values.name?.trim() || email.data.split("@")[0]!;
  const [existing] = await tx.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, email.data));
  const [user] = existing
    ? await tx.update(users).set({ role: "admin", disabledAt: null, updatedAt: sql`now()` }).where(eq(users.id, existing.id)).returning({ id: users.id })
    : await tx.insert(users).values({ email: email.data, name, role: "admin" }).returning({ id: users.id });
  await writeAudit(tx, { actorUserId: null, action: "user.role_change", targetType: "user", targetId: user!.id, reason: "npm run admin:create", details: { to: "admin" } });
  return issueToken(tx, user!.id, "reset_password");
});
console.log(`${email.data} is an admin. Open this link within ${TOKEN_LIFETIME_MINUTES.reset_password} minutes to set the password (it works once):`);
console.log(`${siteUrl()}/reset-password?token=${token}`);
await closeDb();
