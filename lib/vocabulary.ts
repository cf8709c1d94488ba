/**
 * The product's words (DESIGN.md, Vocabulary): the labels people read for the
 * values the database stores (db/values.ts, re-exported here for the pages and
 * forms). Safe to import on the client.
 */
import {
  ALERT_FREQUENCIES,
  BACKGROUND_CHECK_STATUSES,
  CAUSES,
  OPPORTUNITY_TYPES,
  ORGANIZATION_KINDS,
  SKILL_LEVELS,
  VOLUNTEER_SKILLS,
  type AlertFrequency,
  type BackgroundCheckStatus,
  type Cause,
  type OpportunityType,
  type OrganizationKind,
  type SkillLevel,
  type UserRole,
  type VolunteerSkill,
} from "@/db/values";

export { ALERT_FREQUENCIES, BACKGROUND_CHECK_STATUSES, CAUSES, OPPORTUNITY_TYPES, ORGANIZATION_KINDS, SKILL_LEVELS, VOLUNTEER_SKILLS };
export type { AlertFrequency, BackgroundCheckStatus, Cause, OpportunityType, OrganizationKind, SkillLevel, VolunteerSkill };

export const skillLevelLabels: Record<SkillLevel, string> = {
  none: "No experience needed",
  some: "Training provided",
  specialized: "Skills or credentials required",
};

export const opportunityTypeLabels: Record<OpportunityType, string> = {
  ongoing: "Ongoing role",
  one_time: "One-time event or shift",
  donation: "Donation of goods",
  fundraising: "Fundraising",
  advocacy: "Advocacy",
};

export const causeLabels: Record<Cause, string> = {
  prevention_youth: "Prevention and youth",
  survivor_services: "Survivor services",
  basic_needs: "Basic needs",
  legal_policy: "Legal and policy",
  awareness_training: "Awareness and training",
};

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

export const backgroundCheckLabels: Record<BackgroundCheckStatus, string> = {
  none: "No background check",
  willing: "Willing to have one",
  completed: "Completed one in the last two years",
};

export const userRoleLabels: Record<UserRole, string> = { user: "User", admin: "Admin" };
