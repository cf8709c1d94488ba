import { sql, type AnyColumn } from "drizzle-orm";
import { organizations } from "@/db/schema";

/**
 * Invariant 2, in one place: where an organization keeps its location
 * confidential, no town is shown, neither its own nor its postings'. Decided
 * by the database in the query that reads the town (the query must join
 * organizations), so a page cannot forget to apply it.
 */
export const publicTown = (town: AnyColumn) => sql<string | null>`case when ${organizations.confidentialLocation} then null else ${town} end`;

/** The columns of an organization that anyone may see; the town only where it is not confidential. */
export const publicOrganizationColumns = {
  slug: organizations.slug,
  name: organizations.name,
  kind: organizations.kind,
  description: organizations.description,
  website: organizations.website,
  phone: organizations.phone,
  publicEmail: organizations.publicEmail,
  town: publicTown(organizations.town),
  verifiedAt: organizations.verifiedAt,
};
