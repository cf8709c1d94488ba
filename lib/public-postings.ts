import "server-only";
import { and, eq, gt, sql } from "drizzle-orm";
import { opportunities, organizations } from "@/db/schema";

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
