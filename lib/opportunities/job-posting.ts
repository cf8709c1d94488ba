/**
 * A public posting as schema.org JobPosting (JSON-LD), so search engines can
 * list it as a volunteer position. The place is the town (where the
 * organization does not keep its location confidential: the town given here
 * has already passed publicTown) and the counties, never an address
 * (invariant 2). Remote postings say TELECOMMUTE and that applicants must be
 * in Maine.
 */
import { site } from "@/lib/site";

export type JobPostingSource = {
  slug: string;
  title: string;
  summary: string;
  description: string | null;
  statewide: boolean;
  remote: boolean;
  town: string | null;
  counties: { slug: string; name: string }[];
  publishedAt: Date | null;
  expiresAt: Date;
  startsAt?: Date | null;
  organization: { slug: string; name: string; website: string | null };
};

const MAINE = { "@type": "State", name: "Maine" } as const;

/** The JSON-LD object of a posting; `origin` is the site's public address. */
export function jobPostingOf(posting: JobPostingSource, origin: string): Record<string, unknown> {
  const where = posting.statewide ? [{ "@type": "AdministrativeArea", name: "Maine" }] : posting.counties.map((county) => ({ "@type": "AdministrativeArea", name: `${county.name} County, Maine` }));
  const located = posting.town !== null || posting.counties.length > 0 || posting.statewide;
  return {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: posting.title,
    description: posting.description ? `${posting.summary}\n\n${posting.description}` : posting.summary,
    identifier: { "@type": "PropertyValue", name: site.name, value: posting.slug },
    url: `${origin}/opportunities/${posting.slug}`,
    datePosted: (posting.publishedAt ?? posting.expiresAt).toISOString(),
    validThrough: posting.expiresAt.toISOString(),
    employmentType: "VOLUNTEER",
    hiringOrganization: {
      "@type": "Organization",
      name: posting.organization.name,
      url: `${origin}/organizations/${posting.organization.slug}`,
      ...(posting.organization.website ? { sameAs: posting.organization.website } : {}),
    },
    ...(located
      ? {
          jobLocation: {
            "@type": "Place",
            address: {
              "@type": "PostalAddress",
              ...(posting.town ? { addressLocality: posting.town } : {}),
              addressRegion: "ME",
              addressCountry: "US",
            },
            containedInPlace: where,
          },
        }
      : {}),
    ...(posting.remote ? { jobLocationType: "TELECOMMUTE", applicantLocationRequirements: MAINE } : {}),
  };
}

/**
 * The text of a <script type="application/ld+json">: JSON in which no `<`,
 * `>` or `&` appears as itself, so no text a posting holds (`</script>`, `<!--`)
 * can end the element or start anything else in the page. U+2028 and U+2029
 * are escaped as well, for parsers older than ES2019.
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
