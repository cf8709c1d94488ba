/** A confidential location is shown by county only: the organization's town is withheld too. */
export function publicLocation<T extends { town: string; confidentialLocation: boolean }>(organization: T) {
  const { town, ...rest } = organization;
  return { ...rest, town: organization.confidentialLocation ? null : town };
}
