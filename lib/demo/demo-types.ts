/** The shapes of the hand-written demo content in demo-content.ts. */
import type { Cause, OpportunityType, OrganizationKind, OrganizationStatus, SkillLevel } from "@/db/values";

export type DemoOrganization = {
  slug: string;
  name: string;
  kind: OrganizationKind;
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
  status: OrganizationStatus;
  statusReason: string | null;
};

export type DemoOpportunityTemplate = {
  /** Kinds of organization that would post this. */
  kinds: OrganizationKind[];
  title: string;
  /** One sentence, shown in search results. */
  summary: string;
  /** Two to five short paragraphs separated by blank lines. */
  description: string;
  type: OpportunityType;
  skillLevel: SkillLevel;
  causes: Cause[];
  remote: boolean;
  /** True when the role serves the whole state rather than the organization's counties. */
  statewide: boolean;
  schedule: string | null;
  /**
   * When a one-time event happens, in Maine's time, so that its dates agree
   * with its schedule and text: the months and days of the month it falls in
   * (any when absent), the weekdays (0 is Sunday), its start ("HH:MM") and
   * length. The demo picks the next such day from when it is loaded.
   */
  event?: { months?: number[]; days?: [number, number]; weekdays?: number[]; start: string; minutes: number };
  commitment: string | null;
  minimumAge: number | null;
  backgroundCheck: boolean;
  trainingProvided: boolean;
  trainingDetails: string | null;
  requirements: string | null;
  spots: number | null;
};
