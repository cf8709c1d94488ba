/**
 * The demo data as the site's own seed makes it, on a throwaway in-memory
 * database in the test process. The seed is deterministic (a fixed random
 * seed), so the slugs here are the slugs on the server under test; the tests
 * that use them first prove that against the server (a public one answers 200
 * with its title).
 *
 * Only the postings that must never be public have no page that names their
 * slug; everything else comes from the site itself.
 */
import { PGlite } from "@electric-sql/pglite";
import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import path from "node:path";
import type { Database } from "../../db/client";
import * as schema from "../../db/schema";
import { seedCounties } from "../../db/seed/counties";
import { seedDemo } from "../../lib/demo/demo";

export type DemoPosting = {
  slug: string;
  title: string;
  status: "draft" | "published" | "closed";
  expired: boolean;
  oneTime: boolean;
  organization: { slug: string; name: string; status: "pending" | "approved" | "rejected" | "suspended" };
};

/** Every posting of the demo data, with its organization. Takes a few seconds: call it once per file. */
export async function demoPostings(): Promise<DemoPosting[]> {
  const client = new PGlite("memory://");
  try {
    const db = drizzle(client, { schema }) as unknown as Database;
    await migrate(db as never, { migrationsFolder: path.join(process.cwd(), "db", "migrations") });
    await seedCounties(db);
    await seedDemo(db);
    const now = Date.now();
    const { opportunities, organizations } = schema;
    const rows = await db
      .select({
        slug: opportunities.slug,
        title: opportunities.title,
        status: opportunities.status,
        expiresAt: opportunities.expiresAt,
        startsAt: opportunities.startsAt,
        organization: { slug: organizations.slug, name: organizations.name, status: organizations.status },
      })
      .from(opportunities)
      .innerJoin(organizations, eq(organizations.id, opportunities.organizationId))
      .orderBy(opportunities.id);
    return rows.map(({ expiresAt, startsAt, ...row }) => ({ ...row, expired: expiresAt.getTime() <= now, oneTime: startsAt !== null }));
  } finally {
    await client.close();
  }
}
