import { describe, expect, it } from "vitest";
import { jobPostingOf, jsonLdText, type JobPostingSource } from "./job-posting";

const base: JobPostingSource = {
  slug: "puffin-count-helper",
  title: "Puffin count helper",
  summary: "Count puffins on the island.",
  description: "Two hours on a boat; binoculars provided.",
  statewide: false,
  remote: false,
  town: "Rockland",
  counties: [{ slug: "knox", name: "Knox" }],
  publishedAt: new Date("2026-11-01T12:00:00Z"),
  expiresAt: new Date("2027-01-31T05:00:00Z"),
  organization: { slug: "harbor-house", name: "Harbor House", website: "https://harbor.example.org" },
};

/**
 * What Google's JobPosting rich result requires (developers.google.com/search/docs/appearance/structured-data/job-posting):
 * datePosted, description, hiringOrganization with a name, title, and either jobLocation with an address,
 * or jobLocationType TELECOMMUTE with applicantLocationRequirements.
 */
function missingRequired(posting: Record<string, unknown>): string[] {
  const missing: string[] = [];
  for (const key of ["title", "description", "datePosted"]) if (typeof posting[key] !== "string" || posting[key] === "") missing.push(key);
  if (Number.isNaN(Date.parse(String(posting.datePosted)))) missing.push("datePosted (ISO 8601)");
  const organization = posting.hiringOrganization as { "@type"?: string; name?: string } | undefined;
  if (organization?.["@type"] !== "Organization" || !organization.name) missing.push("hiringOrganization");
  const location = posting.jobLocation as { "@type"?: string; address?: { "@type"?: string; addressRegion?: string; addressCountry?: string } } | undefined;
  const locationOk = location?.["@type"] === "Place" && location.address?.["@type"] === "PostalAddress" && !!location.address.addressRegion && !!location.address.addressCountry;
  const remoteOk = posting.jobLocationType === "TELECOMMUTE" && typeof posting.applicantLocationRequirements === "object" && posting.applicantLocationRequirements !== null;
  if (!locationOk && !remoteOk) missing.push("jobLocation or jobLocationType TELECOMMUTE with applicantLocationRequirements");
  return missing;
}

describe("jobPostingOf", () => {
  it("has every property Google requires, as a volunteer position in a Maine town and county", () => {
    const posting = jobPostingOf(base, "https://databank.example.org");
    expect(missingRequired(posting)).toEqual([]);
    expect(posting).toMatchObject({
      "@context": "https://schema.org",
      "@type": "JobPosting",
      title: "Puffin count helper",
      description: "Count puffins on the island.\n\nTwo hours on a boat; binoculars provided.",
      datePosted: "2026-11-01T12:00:00.000Z",
      validThrough: "2027-01-31T05:00:00.000Z",
      employmentType: "VOLUNTEER",
      url: "https://databank.example.org/opportunities/puffin-count-helper",
      hiringOrganization: { "@type": "Organization", name: "Harbor House", url: "https://databank.example.org/organizations/harbor-house", sameAs: "https://harbor.example.org" },
      jobLocation: {
        "@type": "Place",
        address: { "@type": "PostalAddress", addressLocality: "Rockland", addressRegion: "ME", addressCountry: "US" },
        containedInPlace: [{ "@type": "AdministrativeArea", name: "Knox County, Maine" }],
      },
    });
    expect(posting).not.toHaveProperty("jobLocationType");
  });

  it("never carries a street address, and no town where the location is confidential (the town arrives as null)", () => {
    const confidential = jobPostingOf({ ...base, town: null }, "https://databank.example.org");
    expect(missingRequired(confidential)).toEqual([]);
    const address = (confidential.jobLocation as { address: Record<string, string> }).address;
    expect(address).toEqual({ "@type": "PostalAddress", addressRegion: "ME", addressCountry: "US" });
    for (const posting of [confidential, jobPostingOf(base, "https://x.example")]) {
      const text = JSON.stringify(posting);
      expect(text).not.toMatch(/streetAddress|postalCode|geo/);
    }
    expect(JSON.stringify(confidential)).not.toContain("Rockland");
  });

  it("says TELECOMMUTE, open to applicants in Maine, for a remote posting, with or without a place", () => {
    const remoteOnly = jobPostingOf({ ...base, remote: true, town: null, counties: [] }, "https://x.example");
    expect(missingRequired(remoteOnly)).toEqual([]);
    expect(remoteOnly).toMatchObject({ jobLocationType: "TELECOMMUTE", applicantLocationRequirements: { "@type": "State", name: "Maine" } });
    expect(remoteOnly).not.toHaveProperty("jobLocation");
    const remoteAndLocal = jobPostingOf({ ...base, remote: true }, "https://x.example");
    expect(remoteAndLocal).toMatchObject({ jobLocationType: "TELECOMMUTE", jobLocation: { "@type": "Place" } });
  });

  it("places a statewide posting in Maine", () => {
    const statewide = jobPostingOf({ ...base, statewide: true, town: null, counties: [] }, "https://x.example");
    expect(missingRequired(statewide)).toEqual([]);
    expect(statewide.jobLocation).toMatchObject({ containedInPlace: [{ "@type": "AdministrativeArea", name: "Maine" }] });
  });

  it("a posting without a description uses its summary, and one without a website names no sameAs", () => {
    const posting = jobPostingOf({ ...base, description: null, organization: { ...base.organization, website: null } }, "https://x.example");
    expect(posting.description).toBe("Count puffins on the island.");
    expect(posting.hiringOrganization).not.toHaveProperty("sameAs");
  });
});

describe("jsonLdText", () => {
  it("cannot end its script element or open a comment, whatever the title says, and reads back as the same value", () => {
    const value = { title: "</script><script>alert(1)</script> <!-- & \u2028" };
    const text = jsonLdText(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(text).not.toMatch(/<\/script/i);
    expect(JSON.parse(text)).toEqual(value);
  });
});
