/**
 * The product's words (DESIGN.md, Vocabulary): the values stored in the
 * database and the labels people read. Safe to import on the client.
 */

export const SKILL_LEVELS = ["none", "some", "specialized"] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];
export const skillLevelLabels: Record<SkillLevel, string> = {
  none: "No experience needed",
  some: "Training provided",
  specialized: "Skills or credentials required",
};

export const OPPORTUNITY_TYPES = ["ongoing", "one_time", "donation", "fundraising", "advocacy"] as const;
export type OpportunityType = (typeof OPPORTUNITY_TYPES)[number];
export const opportunityTypeLabels: Record<OpportunityType, string> = {
  ongoing: "Ongoing role",
  one_time: "One-time event or shift",
  donation: "Donation of goods",
  fundraising: "Fundraising",
  advocacy: "Advocacy",
};

export const CAUSES = [
  "prevention_youth",
  "survivor_services",
  "basic_needs",
  "legal_policy",
  "awareness_training",
] as const;
export type Cause = (typeof CAUSES)[number];
export const causeLabels: Record<Cause, string> = {
  prevention_youth: "Prevention and youth",
  survivor_services: "Survivor services",
  basic_needs: "Basic needs",
  legal_policy: "Legal and policy",
  awareness_training: "Awareness and training",
};

export const ORGANIZATION_KINDS = [
  "shelter",
  "sexual_violence",
  "domestic_violence",
  "mental_health",
  "substance_use",
  "youth_mentoring",
  "advocacy",
  "legal_services",
  "community",
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
export const organizationKindLabels: Record<OrganizationKind, string> = {
  shelter: "Shelter",
  sexual_violence: "Sexual violence response",
  domestic_violence: "Domestic violence response",
  mental_health: "Mental health provider",
  substance_use: "Substance use provider",
  youth_mentoring: "Youth mentoring",
  advocacy: "Advocacy group",
  legal_services: "Legal services",
  community: "Community group",
};
