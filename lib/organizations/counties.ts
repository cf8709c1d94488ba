import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import type { Database, Transaction } from "@/db/client";
import { counties, organizationCounties } from "@/db/schema";
import { ActionError } from "@/lib/actions/guard";

/** County slugs from a form → their ids; a slug that is not a county refuses the whole form. */
export async function countyIdsOf(tx: Transaction, slugs: string[], field = "counties"): Promise<number[]> {
  if (slugs.length === 0) return [];
  const rows = await tx.select({ id: counties.id }).from(counties).where(inArray(counties.slug, slugs));
  if (rows.length !== slugs.length) throw new ActionError("Please correct the highlighted fields.", { [field]: ["Choose the counties from the list."] });
  return rows.map((row) => row.id);
}

type County = { slug: string; name: string };

/**
 * The counties each of these organizations serves, by name: the one reading
 * of what an organization serves, for its public page, its profile, the
 * admins' queue and the counties its coordinators may find volunteers in.
 */
export async function countiesServedByEach(db: Database | Transaction, organizationIds: number[]): Promise<Map<number, County[]>> {
  const served = new Map<number, County[]>(organizationIds.map((id) => [id, []]));
  if (organizationIds.length === 0) return served;
  const rows = await db
    .select({ organizationId: organizationCounties.organizationId, slug: counties.slug, name: counties.name })
    .from(organizationCounties)
    .innerJoin(counties, eq(counties.id, organizationCounties.countyId))
    .where(inArray(organizationCounties.organizationId, organizationIds))
    .orderBy(asc(counties.name));
  for (const { organizationId, ...county } of rows) served.get(organizationId)?.push(county);
  return served;
}

/** The counties one organization serves, by name. */
export async function countiesServedByOrganization(db: Database | Transaction, organizationId: number): Promise<County[]> {
  return (await countiesServedByEach(db, [organizationId])).get(organizationId) ?? [];
}

/** Replaces the counties an organization serves. */
export async function setOrganizationCounties(tx: Transaction, organizationId: number, countyIds: number[]): Promise<void> {
  await tx.delete(organizationCounties).where(eq(organizationCounties.organizationId, organizationId));
  if (countyIds.length > 0) await tx.insert(organizationCounties).values(countyIds.map((countyId) => ({ organizationId, countyId })));
}
