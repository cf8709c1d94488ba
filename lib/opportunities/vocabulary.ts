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

/** What a volunteer can offer, for their databank profile and for "Find volunteers". */
export const VOLUNTEER_SKILLS = [
  "counseling",
  "legal",
  "medical",
  "interpreting",
  "mentoring_youth",
  "driving",
  "fundraising",
  "event_help",
  "office_data",
  "trades",
] as const;
export type VolunteerSkill = (typeof VOLUNTEER_SKILLS)[number];
export const volunteerSkillLabels: Record<VolunteerSkill, string> = {
  counseling: "Counseling",
  legal: "Legal",
  medical: "Medical",
  interpreting: "Interpreting",
  mentoring_youth: "Mentoring youth",
  driving: "Driving",
  fundraising: "Fundraising",
  event_help: "Event help",
  office_data: "Office and data work",
  trades: "Trades",
};

/** A volunteer's own word on their background check. */
export const BACKGROUND_CHECK_STATUSES = ["none", "willing", "completed"] as const;
export type BackgroundCheckStatus = (typeof BACKGROUND_CHECK_STATUSES)[number];
export const backgroundCheckLabels: Record<BackgroundCheckStatus, string> = {
  none: "No background check",
  willing: "Willing to have one",
  completed: "Completed one in the last two years",
};

export const ALERT_FREQUENCIES = ["daily", "weekly"] as const;
export type AlertFrequency = (typeof ALERT_FREQUENCIES)[number];
