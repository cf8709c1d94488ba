import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { counties, volunteerCounties, volunteerProfiles } from "@/db/schema";
import { guardedAction } from "@/lib/actions/guard";
import type { Viewer } from "@/lib/auth/viewer";
import { countyIdsOf } from "@/lib/organizations/counties";
import { volunteerProfileSchema, type VolunteerProfileValues } from "./profile-schemas";

/** A new profile: nothing filled in, and not to be found until the volunteer says so. */
const EMPTY_PROFILE: VolunteerProfileValues = {
  counties: [],
  skills: [],
  languages: "",
  credentials: "",
  causes: [],
  availability: "",
  backgroundCheck: "none",
  phone: "",
  discoverable: false,
};

/** The signed-in person's own databank profile, or an empty one when they have not saved one yet. */
export async function getMyProfile(viewer: Pick<Viewer, "id">): Promise<{ saved: boolean; values: VolunteerProfileValues }> {
  const db = await getDb();
  const [profile] = await db.select().from(volunteerProfiles).where(eq(volunteerProfiles.userId, viewer.id)).limit(1);
  if (!profile) return { saved: false, values: EMPTY_PROFILE };
  const chosen = await db
    .select({ slug: counties.slug })
    .from(volunteerCounties)
    .innerJoin(counties, eq(counties.id, volunteerCounties.countyId))
    .where(eq(volunteerCounties.userId, viewer.id))
    .orderBy(asc(counties.name));
  return {
    saved: true,
    values: {
      counties: chosen.map((county) => county.slug),
      skills: profile.skills,
      languages: profile.languages ?? "",
      credentials: profile.credentials ?? "",
      causes: profile.causes,
      availability: profile.availability ?? "",
      backgroundCheck: profile.backgroundCheck,
      phone: profile.phone ?? "",
      discoverable: profile.discoverable,
    },
  };
}

/** What "I'm interested" can be filled with for a signed-in person: their name, address and profile's phone. */
export async function interestDefaults(viewer: Pick<Viewer, "id" | "name" | "email">): Promise<{ name: string; email: string; phone?: string }> {
  const db = await getDb();
  const [profile] = await db.select({ phone: volunteerProfiles.phone }).from(volunteerProfiles).where(eq(volunteerProfiles.userId, viewer.id)).limit(1);
  return { name: viewer.name, email: viewer.email, ...(profile?.phone ? { phone: profile.phone } : {}) };
}

/**
 * Saves the signed-in person's profile and replaces their counties, together.
 * Only ever their own row: the user id comes from the session's viewer, never
 * from the form.
 */
export const saveMyProfile = guardedAction({ kind: "signed-in" }, volunteerProfileSchema, async (input, { viewer }) => {
  const db = await getDb();
  await db.transaction(async (tx) => {
    // Checked first: a slug that is not a county refuses the whole form before anything is written.
    const countyIds = await countyIdsOf(tx, input.counties);
    const columns = {
      phone: input.phone ?? null,
      skills: input.skills,
      languages: input.languages ?? null,
      credentials: input.credentials ?? null,
      causes: input.causes,
      availability: input.availability ?? null,
      backgroundCheck: input.backgroundCheck,
      discoverable: input.discoverable,
    };
    // The upsert locks the profile row, so two saves at once take turns and the county rows never clash.
    await tx
      .insert(volunteerProfiles)
      .values({ userId: viewer.id, ...columns })
      .onConflictDoUpdate({ target: volunteerProfiles.userId, set: { ...columns, updatedAt: sql`now()` } });
    await tx.delete(volunteerCounties).where(eq(volunteerCounties.userId, viewer.id));
    if (countyIds.length > 0) await tx.insert(volunteerCounties).values(countyIds.map((countyId) => ({ userId: viewer.id, countyId })));
  });
  return { ok: true } as const;
});
