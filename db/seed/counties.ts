import type { Database } from "../client";
import { counties } from "../schema";

/** Maine's sixteen counties with their FIPS codes. Another state loads its own list. */
export const maineCounties = [
  { slug: "androscoggin", name: "Androscoggin", fips: "23001" },
  { slug: "aroostook", name: "Aroostook", fips: "23003" },
  { slug: "cumberland", name: "Cumberland", fips: "23005" },
  { slug: "franklin", name: "Franklin", fips: "23007" },
  { slug: "hancock", name: "Hancock", fips: "23009" },
  { slug: "kennebec", name: "Kennebec", fips: "23011" },
  { slug: "knox", name: "Knox", fips: "23013" },
  { slug: "lincoln", name: "Lincoln", fips: "23015" },
  { slug: "oxford", name: "Oxford", fips: "23017" },
  { slug: "penobscot", name: "Penobscot", fips: "23019" },
  { slug: "piscataquis", name: "Piscataquis", fips: "23021" },
  { slug: "sagadahoc", name: "Sagadahoc", fips: "23023" },
  { slug: "somerset", name: "Somerset", fips: "23025" },
  { slug: "waldo", name: "Waldo", fips: "23027" },
  { slug: "washington", name: "Washington", fips: "23029" },
  { slug: "york", name: "York", fips: "23031" },
] as const;

/** Idempotent: safe to run on every start. */
export async function seedCounties(db: Database): Promise<void> {
  await db
    .insert(counties)
    .values(maineCounties.map((c) => ({ ...c, state: "ME" })))
    .onConflictDoNothing({ target: counties.fips });
}
