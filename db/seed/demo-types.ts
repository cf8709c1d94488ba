/** The shapes of the hand-written demo content in demo-content.ts. */

export type DemoOrganizationKind =
  | "shelter"
  | "sexual_violence"
  | "domestic_violence"
  | "mental_health"
  | "substance_use"
  | "youth_mentoring"
  | "advocacy"
  | "legal_services"
  | "community";

export type DemoOrganization = {
  slug: string;
  name: string;
  kind: DemoOrganizationKind;
  /** Two to four sentences, in the organization's own voice. */
  description: string;
  website: string | null;
  phone: string | null;
  publicEmail: string | null;
  town: string;
  /** County slugs (lower case, e.g. "york"); the first is the home county. */
  counties: string[];
  confidentialLocation: boolean;
  ein: string | null;
  status: "pending" | "approved" | "rejected" | "suspended";
  statusReason: string | null;
};

export type DemoOpportunityTemplate = {
  /** Kinds of organization that would post this. */
  kinds: DemoOrganizationKind[];
  title: string;
  /** One sentence, shown in search results. */
  summary: string;
  /** Two to five short paragraphs separated by blank lines. */
  description: string;
  type: "ongoing" | "one_time" | "donation" | "fundraising" | "advocacy";
  skillLevel: "none" | "some" | "specialized";
  causes: ("prevention_youth" | "survivor_services" | "basic_needs" | "legal_policy" | "awareness_training")[];
  remote: boolean;
  /** True when the role serves the whole state rather than the organization's counties. */
  statewide: boolean;
  schedule: string | null;
  commitment: string | null;
  minimumAge: number | null;
  backgroundCheck: boolean;
  trainingProvided: boolean;
  trainingDetails: string | null;
  requirements: string | null;
  spots: number | null;
};
