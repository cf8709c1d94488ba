import "server-only";
import { asc } from "drizzle-orm";
import { cache } from "react";
import { getReadDb } from "@/db/client";
import { counties } from "@/db/schema";

export type CountyRef = { id: number; slug: string; name: string; fips: string };

/** The counties, by name. Cached for one request. */
export const listCounties = cache(async (): Promise<CountyRef[]> => {
  const db = await getReadDb();
  return db
    .select({ id: counties.id, slug: counties.slug, name: counties.name, fips: counties.fips })
    .from(counties)
    .orderBy(asc(counties.name));
});

export async function getCounty(slug: string): Promise<CountyRef | null> {
  return (await listCounties()).find((county) => county.slug === slug) ?? null;
}
