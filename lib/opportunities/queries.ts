import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { opportunities, organizations } from "@/db/schema";
import { countiesOf } from "@/lib/search/search";
import { isPublicOpportunity, publicOpportunityColumns } from "./public";

/** One public posting with everything a volunteer needs to decide; null when it is not public. */
export async function getPublicOpportunity(slug: string) {
  const db = await getDb();
  const [row] = await db
    .select({
      ...publicOpportunityColumns,
      description: opportunities.description,
      schedule: opportunities.schedule,
      commitment: opportunities.commitment,
      minimumAge: opportunities.minimumAge,
      backgroundCheck: opportunities.backgroundCheck,
      trainingProvided: opportunities.trainingProvided,
      trainingDetails: opportunities.trainingDetails,
      requirements: opportunities.requirements,
      spots: opportunities.spots,
      updatedAt: opportunities.updatedAt,
      organization: {
        slug: organizations.slug,
        name: organizations.name,
        kind: organizations.kind,
        description: organizations.description,
        website: organizations.website,
        phone: organizations.phone,
        publicEmail: organizations.publicEmail,
        town: organizations.town,
        confidentialLocation: organizations.confidentialLocation,
        verifiedAt: organizations.verifiedAt,
      },
    })
    .from(opportunities)
    .innerJoin(organizations, eq(organizations.id, opportunities.organizationId))
    .where(and(eq(opportunities.slug, slug), isPublicOpportunity))
    .limit(1);
  if (!row) return null;
  const { id, organization, ...posting } = row;
  const served = await countiesOf([id]);
  return {
    ...posting,
    counties: served.get(id) ?? [],
    organization: publicLocation(organization),
  };
}

export type PublicOpportunity = NonNullable<Awaited<ReturnType<typeof getPublicOpportunity>>>;

/** A confidential location is shown by county only: the town is withheld too. */
export function publicLocation<T extends { town: string; confidentialLocation: boolean }>(organization: T) {
  const { town, ...rest } = organization;
  return { ...rest, town: organization.confidentialLocation ? null : town };
}
