/**
 * Every value list the database stores as an enum, in one place: db/schema.ts
 * builds its enums from these, and lib/ reads them from here and adds the
 * words people read (the labels). A leaf: it imports nothing, so it is safe
 * anywhere, the browser included.
 */

export const SKILL_LEVELS = ["none", "some", "specialized"] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

export const OPPORTUNITY_TYPES = ["ongoing", "one_time", "donation", "fundraising", "advocacy"] as const;
export type OpportunityType = (typeof OPPORTUNITY_TYPES)[number];

export const CAUSES = ["prevention_youth", "survivor_services", "basic_needs", "legal_policy", "awareness_training"] as const;
export type Cause = (typeof CAUSES)[number];

export const OPPORTUNITY_STATUSES = ["draft", "published", "closed"] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

export const ORGANIZATION_STATUSES = ["pending", "approved", "rejected", "suspended"] as const;
export type OrganizationStatus = (typeof ORGANIZATION_STATUSES)[number];

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

export const USER_ROLES = ["user", "admin"] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const MEMBERSHIP_ROLES = ["owner", "coordinator"] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** In the order work moves through them. */
export const RESPONSE_STATUSES = ["new", "contacted", "scheduled", "placed", "declined", "withdrawn"] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

/** Hours given: recorded by a coordinator, then confirmed or disputed by the volunteer. */
export const SERVICE_HOURS_STATUSES = ["recorded", "confirmed", "disputed"] as const;
export type ServiceHoursStatus = (typeof SERVICE_HOURS_STATUSES)[number];

/** The mails the worker sends on a schedule (lib/reminders): each is sent once per subject and moment. */
export const REMINDER_KINDS = ["event", "expiry", "nudge"] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const OUTBOX_STATUSES = ["pending", "sent", "failed"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export const TOKEN_PURPOSES = ["verify_email", "reset_password"] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

export const RESPONSE_EVENT_KINDS = ["status", "note"] as const;
export type ResponseEventKind = (typeof RESPONSE_EVENT_KINDS)[number];

/** Most serious first: the order of the report form's list. */
export const REPORT_REASONS = ["exploitation", "unsafe", "inaccurate", "discriminatory", "spam", "other"] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

export const REPORT_STATUSES = ["open", "resolved", "dismissed"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

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

/** A volunteer's own word on their background check. */
export const BACKGROUND_CHECK_STATUSES = ["none", "willing", "completed"] as const;
export type BackgroundCheckStatus = (typeof BACKGROUND_CHECK_STATUSES)[number];

export const ALERT_FREQUENCIES = ["daily", "weekly"] as const;
export type AlertFrequency = (typeof ALERT_FREQUENCIES)[number];

export const CONTACT_STATUSES = ["pending", "accepted", "declined", "withdrawn", "expired"] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];
