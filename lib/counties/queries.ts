import "server-only";
import { asc } from "drizzle-orm";
import { cache } from "react";
import { getReadDb } from "@/db/client";
import { counties } from "@/db/schema";
import { currentStamp } from "@/lib/public-cache/stamp.mjs";

export type CountyRef = { id: number; slug: string; name: string; fips: string };

/** The last list read, and the public listings version it was read under (a change to counties moves it). */
let known: { stamp: number; counties: Promise<CountyRef[]> } | null = null;

/**
 * The counties, by name. Read once per request, and kept by the process
 * while nothing public changes (lib/public-cache): every search needs them.
 */
export const listCounties = cache(async (): Promise<CountyRef[]> => {
  const stamp = currentStamp();
  if (stamp !== null && known?.stamp === stamp) return known.counties;
  const read = readCounties();
  if (stamp !== null) {
    known = { stamp, counties: read };
    read.catch(() => {
      if (known?.counties === read) known = null;
    });
  }
  return read;
});

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
