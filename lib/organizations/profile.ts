import "server-only";
import { countiesServedByOrganization } from "./counties";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organizations } from "@/db/schema";
import type { OrganizationAccess } from "@/lib/auth/permissions";
import type { OrganizationInput } from "./schemas";

/** The organization's profile as its form holds it, for the owner's page. */
export async function getOrganizationProfile(access: OrganizationAccess<"profile">): Promise<OrganizationInput> {
  const db = await getDb();
  const [organization] = await db.select().from(organizations).where(eq(organizations.id, access.organizationId)).limit(1);
  const served = await countiesServedByOrganization(db, access.organizationId);
  return {
    name: organization!.name,
    kind: organization!.kind,
    description: organization!.description,
    website: organization!.website ?? "",
    phone: organization!.phone ?? "",
    publicEmail: organization!.publicEmail ?? "",
    town: organization!.town,
    counties: served.map((county) => county.slug),
    confidentialLocation: organization!.confidentialLocation,
    ein: organization!.ein ?? "",
  };
}
