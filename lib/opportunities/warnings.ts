/**
 * What a coordinator should look at again in a saved posting, without it
 * being refused: the form cannot tell a public meeting place in a description
 * from a shelter's address, nor whether a county outside the organization's
 * own is a mistake or a real outreach. Shown on the posting's page in the
 * dashboard, after saving and for as long as it applies. Safe to import on the client.
 */
import { addressWarning, findAddress } from "@/lib/forms/street-address";

type County = { slug: string; name: string };

export type PostingWarning = { field: "description" | "counties"; message: string };

export function postingWarnings(
  posting: { description: string; statewide: boolean; counties: County[] },
  organizationCounties: County[],
): PostingWarning[] {
  const warnings: PostingWarning[] = [];
  const kind = findAddress(posting.description);
  if (kind) warnings.push({ field: "description", message: addressWarning(kind) });
  const served = new Set(organizationCounties.map((county) => county.slug));
  const outside = posting.statewide || served.size === 0 ? [] : posting.counties.filter((county) => !served.has(county.slug));
  if (outside.length > 0) {
    const names = outside.map((county) => `${county.name} County`);
    const listed = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
    warnings.push({
      field: "counties",
      message: `${listed} ${outside.length === 1 ? "is" : "are"} not among the counties your organization serves. If the work really happens there, keep ${outside.length === 1 ? "it" : "them"}; otherwise edit the posting, or add the ${outside.length === 1 ? "county" : "counties"} to your organization's profile.`,
    });
  }
  return warnings;
}
