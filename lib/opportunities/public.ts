import "server-only";
import { and, eq, gt, sql } from "drizzle-orm";
import { opportunities, organizations } from "@/db/schema";
import { publicTown } from "@/lib/organizations/public";

/**
 * Invariant 1, in one place: a posting is public when its organization is
 * approved, it is published, and it has not expired — decided by the database
 * at read time, so suspending an organization hides its postings at once.
 * Every public read joins organizations and applies this condition.
 */
export const isPublicOpportunity = and(
  eq(organizations.status, "approved"),
  eq(opportunities.status, "published"),
  gt(opportunities.expiresAt, sql`now()`),
)!;

/** Every place the posting asks for is taken (scheduled or placed): new volunteers join its waiting list. */
export const isFull = sql<boolean>`(${opportunities.spots} is not null and ${opportunities.placesTaken} >= ${opportunities.spots})`;

/** The columns of a posting that anyone may see. Nothing personal, no address. */
export const publicOpportunityColumns = {
  id: opportunities.id,
  slug: opportunities.slug,
  title: opportunities.title,
  summary: opportunities.summary,
  type: opportunities.type,
  skillLevel: opportunities.skillLevel,
  causes: opportunities.causes,
  statewide: opportunities.statewide,
  remote: opportunities.remote,
  // A confidential location is shown by county only, whatever the posting says.
  town: publicTown(opportunities.town),
  startsAt: opportunities.startsAt,
  endsAt: opportunities.endsAt,
  publishedAt: opportunities.publishedAt,
  expiresAt: opportunities.expiresAt,
  full: isFull,
  organizationSlug: organizations.slug,
  organizationName: organizations.name,
};
