import "server-only";
import { and, asc, desc, eq, getTableColumns, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { counties, opportunities, opportunityCounties, organizations, responses } from "@/db/schema";
import { countiesServedByOrganization } from "@/lib/organizations/counties";
import type { OrganizationAccess } from "@/lib/auth/permissions";
import { publicOrganizationColumns, publicTown } from "@/lib/organizations/public";
import { organizationResponses } from "@/lib/responses/delivered";

/** What a coordinator reads about a posting's state: expired is a published posting past its last day. */
export type PostingState = "draft" | "published" | "closed" | "expired" | "unpublished";

/** Unpublished: an admin took it down (moderation_reason says why). */
const stateColumn = sql<PostingState>`case when ${opportunities.moderationReason} is not null then 'unpublished' when ${opportunities.status} = 'published' and ${opportunities.expiresAt} <= now() then 'expired' else ${opportunities.status}::text end`;

/** The organization's postings, newest first, with their response counts. */
export async function listOrganizationPostings(access: OrganizationAccess<"draft">) {
  const db = await getDb();
  const counts = db
    .select({
      opportunityId: responses.opportunityId,
      total: sql<number>`count(*)::int`.as("total"),
      fresh: sql<number>`(count(*) filter (where ${responses.status} = 'new'))::int`.as("fresh"),
    })
    .from(responses)
    .where(organizationResponses(access.organizationId))
    .groupBy(responses.opportunityId)
    .as("counts");
  return db
    .select({
      id: opportunities.id,
      slug: opportunities.slug,
      title: opportunities.title,
      state: stateColumn,
      expiresAt: opportunities.expiresAt,
      updatedAt: opportunities.updatedAt,
      responses: sql<number>`coalesce(${counts.total}, 0)`,
      newResponses: sql<number>`coalesce(${counts.fresh}, 0)`,
    })
    .from(opportunities)
    .leftJoin(counts, eq(counts.opportunityId, opportunities.id))
    .where(eq(opportunities.organizationId, access.organizationId))
    .orderBy(desc(opportunities.updatedAt), desc(opportunities.id));
}

/**
 * One of the organization's postings, every field, with its county slugs and
 * the counties the organization itself serves; null when it is not theirs.
 */
export async function getOrganizationPosting(access: OrganizationAccess<"draft">, opportunityId: number) {
  if (!Number.isSafeInteger(opportunityId) || opportunityId <= 0 || opportunityId > 2_147_483_647) return null;
  const db = await getDb();
  const { searchVector, ...columns } = getTableColumns(opportunities);
  void searchVector;
  const [posting] = await db
    .select({
      ...columns,
      state: stateColumn,
      // The town as the public page would show it (invariant 2), for the preview.
      publicTown: publicTown(opportunities.town),
      // The organization's card as the public page shows it: the vetted values, never a confidential town.
      organization: publicOrganizationColumns,
    })
    .from(opportunities)
    .innerJoin(organizations, eq(organizations.id, opportunities.organizationId))
    .where(and(eq(opportunities.id, opportunityId), eq(opportunities.organizationId, access.organizationId)))
    .limit(1);
  if (!posting) return null;
  const served = await db
    .select({ slug: counties.slug, name: counties.name })
    .from(opportunityCounties)
    .innerJoin(counties, eq(counties.id, opportunityCounties.countyId))
    .where(eq(opportunityCounties.opportunityId, opportunityId))
    .orderBy(asc(counties.name));
  const organizationServes = await countiesServedByOrganization(db, access.organizationId);
  return { ...posting, counties: served, organizationCounties: organizationServes };
}

export type OrganizationPosting = NonNullable<Awaited<ReturnType<typeof getOrganizationPosting>>>;
