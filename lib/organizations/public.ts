import { organizations } from "@/db/schema";

/** The columns of an organization that anyone may see (its town only through publicLocation). */
export const publicOrganizationColumns = {
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
};

/** A confidential location is shown by county only: the organization's town is withheld too. */
export function publicLocation<T extends { town: string; confidentialLocation: boolean }>(organization: T) {
  const { town, ...rest } = organization;
  return { ...rest, town: organization.confidentialLocation ? null : town };
}
