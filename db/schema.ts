/**
 * The database, in one place. Every table of the product lives here so that
 * drizzle-kit can generate migrations from a single source of truth.
 *
 * Conventions: snake_case columns, identity ids, timestamps with time zone.
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  date,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import {
  ALERT_FREQUENCIES,
  BACKGROUND_CHECK_STATUSES,
  CAUSES,
  CONTACT_STATUSES,
  MEMBERSHIP_ROLES,
  OPPORTUNITY_STATUSES,
  OPPORTUNITY_TYPES,
  ORGANIZATION_KINDS,
  ORGANIZATION_STATUSES,
  OUTBOX_STATUSES,
  REMINDER_KINDS,
  REPORT_REASONS,
  REPORT_STATUSES,
  RESPONSE_EVENT_KINDS,
  RESPONSE_STATUSES,
  SERVICE_HOURS_STATUSES,
  SKILL_LEVELS,
  TOKEN_PURPOSES,
  USER_ROLES,
  VOLUNTEER_SKILLS,
} from "./values";

const tsvector = customType<{ data: string }>({
  dataType() {
    return "tsvector";
  },
});

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

// ---------------------------------------------------------------------------
// Enums: the values live in db/values.ts; the words people read for them in lib/.

export const skillLevel = pgEnum("skill_level", SKILL_LEVELS);
export const opportunityType = pgEnum("opportunity_type", OPPORTUNITY_TYPES);
export const cause = pgEnum("cause", CAUSES);
export const opportunityStatus = pgEnum("opportunity_status", OPPORTUNITY_STATUSES);
export const organizationStatus = pgEnum("organization_status", ORGANIZATION_STATUSES);
export const organizationKind = pgEnum("organization_kind", ORGANIZATION_KINDS);
export const userRole = pgEnum("user_role", USER_ROLES);
export const membershipRole = pgEnum("membership_role", MEMBERSHIP_ROLES);
export const responseStatus = pgEnum("response_status", RESPONSE_STATUSES);
export const outboxStatus = pgEnum("outbox_status", OUTBOX_STATUSES);

// ---------------------------------------------------------------------------
// Places

/** Counties are data, not code, so another state can load its own. */
export const counties = pgTable("counties", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  fips: text("fips").notNull().unique(),
  state: text("state").notNull(),
});

// ---------------------------------------------------------------------------
// Host organizations

/** What an owner asked to change about a vetted organization; only the fields that differ. `counties`: the full list of slugs asked for. */
export type PendingChanges = {
  name?: string;
  kind?: (typeof organizationKind.enumValues)[number];
  website?: string | null;
  ein?: string | null;
  counties?: string[];
};

export const organizations = pgTable(
  "organizations",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    kind: organizationKind("kind").notNull(),
    description: text("description").notNull(),
    website: text("website"),
    phone: text("phone"),
    publicEmail: text("public_email"),
    /** Town only: a street address is never public (invariant 2), so none is stored. */
    town: text("town").notNull(),
    /** Shelters that keep their location confidential show their county only. */
    confidentialLocation: boolean("confidential_location").notNull().default(false),
    ein: text("ein"),
    status: organizationStatus("status").notNull().default("pending"),
    statusReason: text("status_reason"),
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    /** The admins' verification checklist (lib/organizations/moderation-schemas.ts), ticked as they check. */
    verificationChecklist: jsonb("verification_checklist").$type<Record<string, boolean>>().notNull().default({}),
    /** The admins' own notes on the organization; never shown to it or to the public. */
    reviewNotes: text("review_notes"),
    /**
     * Changes to who a vetted organization is (name, kind, website, EIN, counties added) wait here
     * for an admin; the public and "Find volunteers" keep the vetted values until one approves them
     * (lib/organizations/pending-changes.ts).
     */
    pendingChanges: jsonb("pending_changes").$type<PendingChanges>(),
    changesRequestedAt: timestamp("changes_requested_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("organizations_status_idx").on(t.status)],
);

export const organizationCounties = pgTable(
  "organization_counties",
  {
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    countyId: integer("county_id")
      .notNull()
      .references(() => counties.id),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.countyId] })],
);

// ---------------------------------------------------------------------------
// People

export const users = pgTable(
  "users",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash"),
    role: userRole("role").notNull().default("user"),
    emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    /** Sessions that began before this moment no longer count (set on password reset and disable). */
    sessionsValidAfter: timestamp("sessions_valid_after", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("users_email_lower_idx").on(sql`lower(${t.email})`)],
);

export const memberships = pgTable(
  "memberships",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    role: membershipRole("role").notNull().default("coordinator"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.organizationId] }),
    index("memberships_organization_idx").on(t.organizationId),
  ],
);

// ---------------------------------------------------------------------------
// Opportunities

export const opportunities = pgTable(
  "opportunities",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    slug: text("slug").notNull().unique(),
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    description: text("description").notNull(),
    type: opportunityType("type").notNull(),
    skillLevel: skillLevel("skill_level").notNull(),
    causes: cause("causes").array().notNull(),
    /** Serves every county; otherwise the counties are in opportunity_counties. */
    statewide: boolean("statewide").notNull().default(false),
    /**
     * The ids of the counties in opportunity_counties, sorted: kept by a trigger on that table
     * (db/migrations/0011_county_ids.sql), read by the public search so that filtering and
     * counting by county needs no join.
     */
    countyIds: integer("county_ids").array().notNull().default(sql`'{}'::integer[]`),
    remote: boolean("remote").notNull().default(false),
    town: text("town"),
    /** Plain words: "Saturday mornings, 9 to noon". */
    schedule: text("schedule"),
    /** For one-time events and shifts. */
    startsAt: timestamp("starts_at", { withTimezone: true }),
    endsAt: timestamp("ends_at", { withTimezone: true }),
    commitment: text("commitment"),
    minimumAge: integer("minimum_age"),
    backgroundCheck: boolean("background_check").notNull().default(false),
    trainingProvided: boolean("training_provided").notNull().default(false),
    trainingDetails: text("training_details"),
    requirements: text("requirements"),
    /** Volunteers needed: null when there is no limit. */
    spots: integer("spots"),
    /** A dated event's scheduled volunteers get a reminder the day before (lib/reminders); the coordinator can turn it off. */
    eventReminders: boolean("event_reminders").notNull().default(true),
    /**
     * Responses scheduled or placed: the places taken of `spots`. Kept by a trigger on responses
     * (migration 0017), so every change to it is an update of the posting, which tells the public
     * caches (migration 0010).
     */
    placesTaken: integer("places_taken").notNull().default(0),
    status: opportunityStatus("status").notNull().default("draft"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    /** A published posting leaves the public site at this moment (invariant 1). */
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    /** Set when an admin unpublished the posting: its coordinators read why, and cannot publish it again until an admin allows it. */
    moderationReason: text("moderation_reason"),
    moderatedAt: timestamp("moderated_at", { withTimezone: true }),
    searchVector: tsvector("search_vector")
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(summary, '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'C')`,
      ),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("opportunities_search_idx").using("gin", t.searchVector),
    index("opportunities_causes_idx").using("gin", t.causes),
    index("opportunities_county_ids_idx").using("gin", t.countyIds).where(sql`status = 'published'`),
    index("opportunities_organization_idx").on(t.organizationId),
    // Each sort of the public search walks one of these, already limited to published rows.
    index("opportunities_published_newest_idx")
      .on(t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`status = 'published'`),
    index("opportunities_published_closing_idx")
      .on(t.expiresAt, t.id)
      .where(sql`status = 'published'`),
    index("opportunities_published_soonest_idx")
      .on(t.startsAt, t.id)
      .where(sql`status = 'published'`),
    index("opportunities_published_skill_idx")
      .on(t.skillLevel, t.publishedAt.desc().nullsFirst())
      .where(sql`status = 'published'`),
    index("opportunities_published_statewide_idx")
      .on(t.publishedAt.desc().nullsFirst())
      .where(sql`status = 'published' and statewide`),
    index("opportunities_published_type_idx")
      .on(t.type, t.publishedAt.desc().nullsFirst())
      .where(sql`status = 'published'`),
    check("opportunities_minimum_age_check", sql`minimum_age is null or minimum_age between 0 and 120`),
    check("opportunities_spots_check", sql`spots is null or spots > 0`),
    check("opportunities_places_taken_check", sql`places_taken >= 0`),
    // "Newest" sorts by it: a published posting always has it.
    check("opportunities_published_at_check", sql`status <> 'published' or published_at is not null`),
  ],
);

export const opportunityCounties = pgTable(
  "opportunity_counties",
  {
    opportunityId: integer("opportunity_id")
      .notNull()
      .references(() => opportunities.id, { onDelete: "cascade" }),
    countyId: integer("county_id")
      .notNull()
      .references(() => counties.id),
  },
  (t) => [
    primaryKey({ columns: [t.opportunityId, t.countyId] }),
    index("opportunity_counties_county_idx").on(t.countyId, t.opportunityId),
  ],
);

// ---------------------------------------------------------------------------
// Responses ("I'm interested")

export const responses = pgTable(
  "responses",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    opportunityId: integer("opportunity_id")
      .notNull()
      .references(() => opportunities.id, { onDelete: "cascade" }),
    /** Copied from the posting so every read can be scoped to one organization. */
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    // Personal data (invariant 3): nullable so it can be wiped while the response stays counted.
    name: text("name"),
    email: text("email"),
    phone: text("phone"),
    message: text("message"),
    availability: text("availability"),
    consentedAt: timestamp("consented_at", { withTimezone: true }).notNull(),
    /**
     * When the address's owner confirmed it is theirs: from the mail's link, or at once when they
     * were signed in with that confirmed address. Until then the organization sees nothing of it.
     */
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    /** The hash of the confirmation link's token while the response waits for it (lib/auth/tokens.ts hashToken). */
    confirmationTokenHash: text("confirmation_token_hash"),
    status: responseStatus("status").notNull().default("new"),
    /** Set when the volunteer answered a posting that was full: they wait in this order until a coordinator offers a place. */
    waitlistedAt: timestamp("waitlisted_at", { withTimezone: true }),
    /** When a coordinator offered a waiting volunteer a place (and the site mailed them). */
    placeOfferedAt: timestamp("place_offered_at", { withTimezone: true }),
    firstStatusChangeAt: timestamp("first_status_change_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("responses_organization_idx").on(t.organizationId, t.status, t.createdAt.desc()),
    index("responses_opportunity_idx").on(t.opportunityId),
    // A posting's waitlist, in the order people joined it.
    index("responses_waitlist_idx").on(t.opportunityId, t.waitlistedAt).where(sql`waitlisted_at is not null`),
    uniqueIndex("responses_opportunity_email_idx").on(t.opportunityId, sql`lower(${t.email})`),
    // "Responses made before you had an account" and the statewide responses-per-week figure.
    index("responses_unlinked_email_idx").on(sql`lower(${t.email})`).where(sql`user_id is null`),
    index("responses_created_idx").on(t.createdAt),
    uniqueIndex("responses_confirmation_token_idx").on(t.confirmationTokenHash).where(sql`confirmation_token_hash is not null`),
    // The retention job's "unconfirmed for 7 days".
    index("responses_unconfirmed_idx").on(t.createdAt).where(sql`confirmed_at is null`),
    // The reminders' "scheduled for an event soon" and "still new after 3 days" (lib/reminders): few rows each.
    index("responses_scheduled_idx").on(t.opportunityId).where(sql`status = 'scheduled'`),
    index("responses_new_idx").on(t.confirmedAt).where(sql`status = 'new'`),
  ],
);

// ---------------------------------------------------------------------------
// Audit log (invariant 6) and outbox (invariant 7)

export const auditLog = pgTable(
  "audit_log",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    actorUserId: integer("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    targetType: text("target_type").notNull(),
    targetId: text("target_id").notNull(),
    reason: text("reason"),
    details: jsonb("details"),
    createdAt: createdAt(),
  },
  (t) => [
    index("audit_log_created_idx").on(t.createdAt.desc()),
    index("audit_log_target_idx").on(t.targetType, t.targetId),
  ],
);

export const outbox = pgTable(
  "outbox",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    /** Extra headers, such as List-Unsubscribe on alert digests. */
    headers: jsonb("headers").$type<Record<string, string>>(),
    /** Files sent with the mail, such as an event's calendar file on its reminder; public content only. */
    attachments: jsonb("attachments").$type<MailAttachment[]>(),
    status: outboxStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lastError: text("last_error"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index("outbox_due_idx")
      .on(t.nextAttemptAt)
      .where(sql`status = 'pending'`),
  ],
);

/** A file sent with a mail: its name, its type and its text. */
export type MailAttachment = { filename: string; contentType: string; content: string };

export const reminderKind = pgEnum("reminder_kind", REMINDER_KINDS);

/**
 * The reminders sent (lib/reminders): one row per kind, subject (a response
 * or a posting) and the moment it is about (the event's start, the posting's
 * expiry, the response's confirmation). The worker inserts the row and queues
 * the mail in one transaction; the primary key makes a second server's insert
 * do nothing, so no reminder goes twice, and a moved event or a renewed
 * posting gets a reminder of its own. Ids and times only: no personal data.
 */
export const remindersSent = pgTable(
  "reminders_sent",
  {
    kind: reminderKind("kind").notNull(),
    subjectId: integer("subject_id").notNull(),
    forMoment: timestamp("for_moment", { withTimezone: true }).notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.subjectId, t.forMoment] }), index("reminders_sent_sent_at_idx").on(t.sentAt)],
);

/**
 * Addresses that asked for no more event reminders, by a keyed hash of the
 * address (lib/reminders/opt-out.ts): the list can be checked before each
 * mail, yet it holds no address.
 */
export const reminderOptOuts = pgTable("reminder_opt_outs", {
  addressHash: text("address_hash").primaryKey(),
  createdAt: createdAt(),
});

export type NewOpportunity = typeof opportunities.$inferInsert;
export type NewOrganization = typeof organizations.$inferInsert;

// ---------------------------------------------------------------------------
// Rate limits, shared by every app server. Keys are hashed: no e-mail or IP is stored.

export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  count: integer("count").notNull(),
  resetAt: timestamp("reset_at", { withTimezone: true }).notNull(),
});

// ---------------------------------------------------------------------------
// Keyword searches' lists of matches, kept for every app server (lib/search/kept-lists.ts).
// A list is valid while the count of committed public changes is the one it was read under.

const bytea = customType<{ data: Uint8Array }>({
  dataType() {
    return "bytea";
  },
});

const xid8 = customType<{ data: string }>({
  dataType() {
    return "xid8";
  },
});

/**
 * How many transactions have changed what the public site may show. One row, counted up as each
 * such transaction commits (db/migrations/0021_kept_keyword_lists.sql).
 */
export const publicChangeCount = pgTable("public_change_count", {
  id: boolean("id").primaryKey().default(true),
  changes: bigint("changes", { mode: "number" }).notNull(),
}, (t) => [check("public_change_count_one_row", sql`${t.id}`)]);

/** The transactions changing public data that have not committed yet: each is counted once, as it commits. */
export const publicChangeMarks = pgTable("public_change_marks", {
  xid: xid8("xid").primaryKey(),
});

export const keptKeywordLists = pgTable("kept_keyword_lists", {
  /** A hash of the search's words and other filters (lib/search/known-matches.ts `listKey`), never the words. */
  key: text("key").primaryKey(),
  /** The count of public changes (public_change_count) the list was read under. */
  changes: bigint("changes", { mode: "number" }).notNull(),
  /** The county ids whose places are the bits of each posting's county mask. */
  countyOrder: text("county_order").notNull(),
  length: integer("length").notNull(),
  complete: boolean("complete").notNull(),
  /** The list's columns, one after the other, in the byte order of the servers. */
  columns: bytea("columns").notNull(),
  keptAt: timestamp("kept_at", { withTimezone: true }).notNull().defaultNow(),
});

// ---------------------------------------------------------------------------
// Sessions ended by signing out. A session cookie is a signed token that stays
// valid until it expires: one whose id is listed here is refused, so a copy of
// it is worthless after sign-out. A row is needed only until the session would
// have expired anyway.

export const endedSessions = pgTable(
  "ended_sessions",
  {
    sessionId: text("session_id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    endedAt: createdAt(),
  },
  (t) => [index("ended_sessions_expires_idx").on(t.expiresAt)],
);

// ---------------------------------------------------------------------------
// "Forgotten password" requests, waiting for the mail worker. The page that
// takes one only adds a row, the same for every address, so its timing cannot
// tell whether an address has an account; the worker looks the address up and
// mails a link when there is one. A row lives for seconds.

export const passwordResetRequests = pgTable(
  "password_reset_requests",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    email: text("email").notNull(),
    createdAt: createdAt(),
  },
);

// ---------------------------------------------------------------------------
// Second factor (TOTP, RFC 6238). The secret is kept encrypted with a key
// derived from AUTH_SECRET (lib/auth/second-factor/secret-box.ts), so a copy of
// the database alone cannot make codes. A row whose enabled_at is null is a
// setup not yet confirmed with a code. last_used_step is the time step of the
// last code accepted: a code of that step or an earlier one is never accepted
// again. Recovery codes are stored hashed and used once.

export const secondFactors = pgTable("second_factors", {
  userId: integer("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  secretEncrypted: text("secret_encrypted").notNull(),
  enabledAt: timestamp("enabled_at", { withTimezone: true }),
  lastUsedStep: integer("last_used_step"),
  createdAt: createdAt(),
});

export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("recovery_codes_user_code_idx").on(t.userId, t.codeHash)],
);

/**
 * A sign-in half done: the password was right and the account has a second
 * factor. The browser holds the random token (a short-lived HttpOnly cookie),
 * the database its hash; a right code consumes the row and only then does a
 * session exist. Too many wrong codes delete it.
 */
export const signInChallenges = pgTable(
  "sign_in_challenges",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    failedAttempts: integer("failed_attempts").notNull().default(0),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("sign_in_challenges_expires_idx").on(t.expiresAt)],
);

// ---------------------------------------------------------------------------
// Single-use links (e-mail verification, password reset). Only a hash of the
// token is stored: a copy of the database cannot be used to sign in.

export const tokenPurpose = pgEnum("token_purpose", TOKEN_PURPOSES);

export const authTokens = pgTable(
  "auth_tokens",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: tokenPurpose("purpose").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("auth_tokens_user_idx").on(t.userId, t.purpose)],
);

// ---------------------------------------------------------------------------
// What coordinators did with a response: status changes and notes, oldest first.
// Notes may name the volunteer, so they are wiped with the response's contact data.

export const responseEventKind = pgEnum("response_event_kind", RESPONSE_EVENT_KINDS);

export const responseEvents = pgTable(
  "response_events",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    responseId: integer("response_id")
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    actorUserId: integer("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    kind: responseEventKind("kind").notNull(),
    fromStatus: responseStatus("from_status"),
    toStatus: responseStatus("to_status"),
    note: text("note"),
    createdAt: createdAt(),
  },
  (t) => [index("response_events_response_idx").on(t.responseId, t.createdAt)],
);

// ---------------------------------------------------------------------------
// Hours given: recorded by a coordinator for a placed volunteer's response, confirmed or disputed
// by the volunteer when they have an account. The retention job wipes what was done along with
// the response's contact data; the minutes, day and posting stay as anonymous totals.

export const serviceHoursStatus = pgEnum("service_hours_status", SERVICE_HOURS_STATUSES);

export const serviceHours = pgTable(
  "service_hours",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    responseId: integer("response_id")
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    /** Copied from the response so every read can be scoped to one organization. */
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    opportunityId: integer("opportunity_id")
      .notNull()
      .references(() => opportunities.id, { onDelete: "cascade" }),
    /** The day the work was done (Maine's calendar). */
    servedOn: date("served_on", { mode: "string" }).notNull(),
    minutes: integer("minutes").notNull(),
    /** What they did, in the coordinator's words; wiped with the response's contact data. */
    description: text("description"),
    status: serviceHoursStatus("status").notNull().default("recorded"),
    /** The volunteer's words when they dispute the entry. */
    disputeNote: text("dispute_note"),
    recordedByUserId: integer("recorded_by_user_id").references(() => users.id, { onDelete: "set null" }),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index("service_hours_response_idx").on(t.responseId),
    index("service_hours_organization_idx").on(t.organizationId, t.servedOn),
    index("service_hours_served_on_idx").on(t.servedOn),
    check("service_hours_minutes_check", sql`minutes between 15 and 1440`),
  ],
);

// ---------------------------------------------------------------------------
// Team invitations: a single-use link by mail, stored hashed, good for 7 days.

export const invitations = pgTable(
  "invitations",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    invitedByUserId: integer("invited_by_user_id").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("invitations_organization_idx").on(t.organizationId, t.createdAt.desc())],
);

// ---------------------------------------------------------------------------
// Reports from the public ("Report this listing"). Nothing about the reporter is kept.

export const reportReason = pgEnum("report_reason", REPORT_REASONS);
export const reportStatus = pgEnum("report_status", REPORT_STATUSES);

export const reports = pgTable(
  "reports",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    opportunityId: integer("opportunity_id")
      .notNull()
      .references(() => opportunities.id, { onDelete: "cascade" }),
    reason: reportReason("reason").notNull(),
    details: text("details"),
    status: reportStatus("status").notNull().default("open"),
    handledByUserId: integer("handled_by_user_id").references(() => users.id, { onDelete: "set null" }),
    handledAt: timestamp("handled_at", { withTimezone: true }),
    resolution: text("resolution"),
    createdAt: createdAt(),
  },
  (t) => [index("reports_status_idx").on(t.status, t.createdAt), index("reports_opportunity_idx").on(t.opportunityId)],
);

// ---------------------------------------------------------------------------
// Volunteers' side: the databank profile, saved searches with alerts, and
// organizations' requests to contact a volunteer who asked to be found.

export const volunteerSkill = pgEnum("volunteer_skill", VOLUNTEER_SKILLS);
export const backgroundCheckStatus = pgEnum("background_check_status", BACKGROUND_CHECK_STATUSES);
export const alertFrequency = pgEnum("alert_frequency", ALERT_FREQUENCIES);
/**
 * "withdrawn": the volunteer stopped sharing their details after accepting; "expired": the retention
 * job ended the sharing RESPONSE_RETENTION_DAYS after the answer. Either way the organization no
 * longer sees the details.
 */
export const contactStatus = pgEnum("contact_status", CONTACT_STATUSES);

export const volunteerProfiles = pgTable(
  "volunteer_profiles",
  {
    userId: integer("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Shared with an organization only once the volunteer accepts its contact request. */
    phone: text("phone"),
    skills: volunteerSkill("skills").array().notNull().default(sql`'{}'`),
    /** Which languages, for interpreting and for working with survivors. */
    languages: text("languages"),
    /** Free text: licenses, training, experience. */
    credentials: text("credentials"),
    causes: cause("causes").array().notNull().default(sql`'{}'`),
    availability: text("availability"),
    backgroundCheck: backgroundCheckStatus("background_check").notNull().default("none"),
    /** "Let vetted organizations in my counties contact me": off until the volunteer turns it on. */
    discoverable: boolean("discoverable").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("volunteer_profiles_discoverable_idx").on(t.userId).where(sql`discoverable`)],
);

export const volunteerCounties = pgTable(
  "volunteer_counties",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => volunteerProfiles.userId, { onDelete: "cascade" }),
    countyId: integer("county_id")
      .notNull()
      .references(() => counties.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.countyId] }), index("volunteer_counties_county_idx").on(t.countyId, t.userId)],
);

export const savedSearches = pgTable(
  "saved_searches",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The search's query string, as the site's own URL has it (lib/search/params.ts parses it). */
    query: text("query").notNull(),
    frequency: alertFrequency("frequency").notNull(),
    /** The digest covers postings published after this moment; the next one starts where it ended. */
    coveredUntil: timestamp("covered_until", { withTimezone: true }).notNull().defaultNow(),
    lastSentAt: timestamp("last_sent_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("saved_searches_user_idx").on(t.userId), index("saved_searches_due_idx").on(t.frequency, t.coveredUntil)],
);

export const contactRequests = pgTable(
  "contact_requests",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    volunteerUserId: integer("volunteer_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    senderUserId: integer("sender_user_id").references(() => users.id, { onDelete: "set null" }),
    message: text("message").notNull(),
    status: contactStatus("status").notNull().default("pending"),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
    /** When an accepted request stopped sharing the details: withdrawn by the volunteer, or expired. */
    endedAt: timestamp("ended_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("contact_requests_volunteer_idx").on(t.volunteerUserId, t.createdAt.desc()), index("contact_requests_organization_idx").on(t.organizationId, t.createdAt.desc())],
);
