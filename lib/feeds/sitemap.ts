import "server-only";
import { desc, eq } from "drizzle-orm";
import { getReadDb } from "@/db/client";
import { opportunities, organizations } from "@/db/schema";
import { isPublicOpportunity } from "@/lib/public-postings";

/** A sitemap holds at most 50,000 addresses; the newest postings come first. */
const MAX_OPPORTUNITIES = 45_000;

/** Every public page worth listing: open postings and approved organizations. */
export async function listSitemapEntries() {
  const db = await getReadDb();
  const [postings, hosts] = await Promise.all([
    db
      .select({ slug: opportunities.slug, updatedAt: opportunities.updatedAt })
      .from(opportunities)
      .innerJoin(organizations, eq(organizations.id, opportunities.organizationId))
      .where(isPublicOpportunity)
      .orderBy(desc(opportunities.publishedAt), desc(opportunities.id))
      .limit(MAX_OPPORTUNITIES),
    db
      .select({ slug: organizations.slug, updatedAt: organizations.updatedAt })
      .from(organizations)
      .where(eq(organizations.status, "approved")),
  ]);
  return { postings, hosts };
}
