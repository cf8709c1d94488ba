import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { counties, organizationCounties } from "@/db/schema";
import { ActionError } from "@/lib/actions/guard";

/** County slugs from a form → their ids; a slug that is not a county refuses the whole form. */
export async function countyIdsOf(tx: Transaction, slugs: string[], field = "counties"): Promise<number[]> {
  if (slugs.length === 0) return [];
  const rows = await tx.select({ id: counties.id }).from(counties).where(inArray(counties.slug, slugs));
  if (rows.length !== slugs.length) throw new ActionError("Please correct the highlighted fields.", { [field]: ["Choose the counties from the list."] });
  return rows.map((row) => row.id);
}

/** Replaces the counties an organization serves. */
export async function setOrganizationCounties(tx: Transaction, organizationId: number, countyIds: number[]): Promise<void> {
  await tx.delete(organizationCounties).where(eq(organizationCounties.organizationId, organizationId));
  if (countyIds.length > 0) await tx.insert(organizationCounties).values(countyIds.map((countyId) => ({ organizationId, countyId })));
}
