import "server-only";
import { asc } from "drizzle-orm";
import { cache } from "react";
import { getReadDb } from "@/db/client";
import { counties } from "@/db/schema";
import { rememberPublic } from "@/lib/public-cache/remember";

export type CountyRef = { id: number; slug: string; name: string; fips: string };

const remembered = rememberPublic<CountyRef[]>(1);

/**
 * The counties, by name. Read once per request, and kept by the process
 * while nothing public changes (lib/public-cache): every search needs them.
 */
export const listCounties = cache((): Promise<CountyRef[]> => remembered("counties", readCounties));

async function readCounties(): Promise<CountyRef[]> {
  const db = await getReadDb();
  return db
    .select({ id: counties.id, slug: counties.slug, name: counties.name, fips: counties.fips })
    .from(counties)
    .orderBy(asc(counties.name));
}

export async function getCounty(slug: string): Promise<CountyRef | null> {
  return (await listCounties()).find((county) => county.slug === slug) ?? null;
}
