/**
 * Invariant 5, form by form: bad input on the server side of every form (the
 * lib mutation its server action calls through `guardedAction`) is refused
 * with a message on the field to fix, writes nothing, and never escapes as
 * an exception. Each form is called as a user who may use it, and each has a
 * control: its valid body succeeds, so the refusals are due to the input.
 *
 * "Writes nothing" is checked generically: every table of db/schema.ts is
 * counted and fingerprinted (its rows as text) before and after each form's
 * bad bodies, so an insert, an update or a delete anywhere shows. The guard logs only
 * unexpected failures (a database error), so nothing may be logged either.
 *
 * NUL bytes are not bad input here: the guard drops them from every input
 * before the schema sees it (lib/actions/guard.int.test.ts).
 */
import { is, sql } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb, rowsOf, type Database } from "@/db/client";
import * as schema from "@/db/schema";
import { counties, invitations, organizationCounties, outbox, reports, savedSearches, volunteerCounties, volunteerProfiles } from "@/db/schema";
import { insertMembership, insertOpportunity, insertOrganization, insertResponse, insertSecondFactor, insertUser } from "@/lib/testing/fixtures";
import type { FormState } from "@/lib/actions/result";
import { deleteAlert, saveAlert } from "@/lib/alerts/alerts";
import { confirmEmail, requestPasswordReset, resetPassword, signUp } from "@/lib/accounts/accounts";
import { hashPassword } from "@/lib/auth/password";
import { disableSecondFactor, enableSecondFactor, regenerateRecoveryCodes } from "@/lib/accounts/second-factor-actions";
import { pendingSecret } from "@/lib/auth/second-factor/second-factor";
import { totpCodeAt, totpStep } from "@/lib/auth/second-factor/totp";
import { signInAs } from "@/lib/auth/testing/session-mock";
import { hashToken, issueToken } from "@/lib/auth/tokens";
import { retryMail } from "@/lib/email/admin";
import { closePosting, createPosting, duplicatePosting, publishPosting, renewPosting, reopenPosting, updatePosting } from "@/lib/opportunities/manage";
import { allowRepublishing, unpublishPosting } from "@/lib/opportunities/moderation";
import { applyToHost, updateOrganizationProfile } from "@/lib/organizations/apply";
import { approveOrganizationChanges, rejectOrganizationChanges } from "@/lib/organizations/pending-changes";
import { approveOrganization, confirmVerification, rejectOrganization, reinstateOrganization, saveOrganizationReview, suspendOrganization } from "@/lib/organizations/moderation";
import { acceptInvitation, inviteCoordinator, leaveOrganization, makeOwner, removeMember, revokeInvitation } from "@/lib/organizations/team";
import { reportOpportunity } from "@/lib/reports/report";
import { dismissReport, resolveReport } from "@/lib/reports/queue";
import { confirmResponse } from "@/lib/responses/confirm";
import { respondToOpportunity } from "@/lib/responses/respond";
import { addResponseNote, changeResponseStatus } from "@/lib/responses/work";
import { changeUserRole, disableUser, enableUser } from "@/lib/users/admin";
import { answerContactRequest, contactVolunteer, withdrawContactConsent } from "@/lib/volunteers/contact";
import { deleteMyAccount } from "@/lib/volunteers/my-data";
import { withdrawMyResponse } from "@/lib/volunteers/my-responses";
import { saveMyProfile } from "@/lib/volunteers/profile";

vi.mock("@/lib/auth/session", () => import("@/lib/auth/testing/session-mock"));

// ---------------------------------------------------------------------------
// Every table, counted and fingerprinted in one statement.

const TABLES = (Object.values(schema) as unknown[])
  .filter((value): value is PgTable => is(value, PgTable))
  .map((table) => getTableConfig(table).name);

type Snapshot = Record<string, { rows: number; fingerprint: string }>;

async function snapshot(db: Database): Promise<Snapshot> {
  const parts = TABLES.map(
    (name) => sql`select ${name}::text as name, count(*)::int as rows, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as fingerprint from ${sql.identifier(name)} t`,
  );
  const rows = rowsOf<{ name: string; rows: number; fingerprint: string }>(await db.execute(sql.join(parts, sql` union all `)));
  return Object.fromEntries(rows.map((row) => [row.name, { rows: Number(row.rows), fingerprint: row.fingerprint }]));
}

/** The tables whose rows differ, with their counts before and after. */
function changedTables(before: Snapshot, after: Snapshot): string[] {
  return TABLES.filter((name) => before[name]!.fingerprint !== after[name]!.fingerprint).map((name) => `${name}: ${before[name]!.rows} → ${after[name]!.rows} rows`);
}

// ---------------------------------------------------------------------------
// Bad bodies, built from each form's valid body.

type Body = Record<string, unknown>;
type BadCase = { label: string; body: (valid: Body) => unknown; fields: string[] };

const SQL_TEXT = "1; drop table users; --";
const SQL_QUOTE = "'; drop table users; --";
const long = (length: number) => "x".repeat(length);

/** The valid body with some fields changed; the changed fields are the ones that must be named. */
const change = (label: string, changes: Body, fields = Object.keys(changes)): BadCase => ({ label, body: (valid) => ({ ...valid, ...changes }), fields });

/** The valid body without one field. */
const without = (field: string): BadCase => ({
  label: `${field} missing`,
  body: (valid) => Object.fromEntries(Object.entries(valid).filter(([name]) => name !== field)),
  fields: [field],
});

/** An id from a hidden field or a bound argument. */
function badIds(field: string): BadCase[] {
  return [
    without(field),
    change(`${field} not a number`, { [field]: "abc" }),
    change(`${field} SQL-looking`, { [field]: SQL_TEXT }),
    change(`${field} negative`, { [field]: "-1" }),
    change(`${field} zero`, { [field]: "0" }),
    change(`${field} a fraction`, { [field]: "1.5" }),
    change(`${field} beyond an integer column`, { [field]: "2147483648" }),
    // Number() reads these as ids; only plain digits are one.
    change(`${field} in exponent form`, { [field]: "1e3" }),
    change(`${field} in hexadecimal`, { [field]: "0x10" }),
    change(`${field} with a leading space`, { [field]: " 7" }),
    change(`${field} with leading zeros`, { [field]: "007" }),
    change(`${field} a list`, { [field]: ["1", "2"] }),
    change(`${field} an object`, { [field]: { id: 1 } }),
  ];
}

/** A text field: missing or blank when it is required, wrong types, too long. */
function badText(field: string, options: { max: number; required?: boolean; good: string }): BadCase[] {
  const cases = [
    change(`${field} a number`, { [field]: 12345 }),
    change(`${field} a list`, { [field]: [options.good, options.good] }),
    change(`${field} over ${options.max} characters`, { [field]: long(options.max + 1) }),
    // A terminal escape and a bell: no text field takes a control character.
    change(`${field} with control characters`, { [field]: `${options.good} \u001b[31m\u0007` }),
  ];
  if (options.max + 1 < 5_001) cases.push(change(`${field} of 5,001 characters`, { [field]: long(5_001) }));
  if (options.required) cases.unshift(without(field), change(`${field} blank`, { [field]: "   " }));
  return cases;
}

/** The code an authenticator app shows: six digits and nothing else. */
function badCode(field: string): BadCase[] {
  return [
    without(field),
    change(`${field} blank`, { [field]: "  " }),
    change(`${field} of five digits`, { [field]: "12345" }),
    change(`${field} of seven digits`, { [field]: "1234567" }),
    change(`${field} of letters`, { [field]: "abcdef" }),
    change(`${field} SQL-looking`, { [field]: SQL_QUOTE }),
    change(`${field} a number`, { [field]: 123456 }),
    change(`${field} a list`, { [field]: ["123456", "654321"] }),
    change(`${field} of 5,001 characters`, { [field]: long(5_001) }),
  ];
}

/** A value from a fixed list. */
function badChoice(field: string, unknown: string): BadCase[] {
  return [
    without(field),
    change(`${field} unknown`, { [field]: unknown }),
    change(`${field} SQL-looking`, { [field]: SQL_QUOTE }),
    change(`${field} a number`, { [field]: 3 }),
    change(`${field} an object`, { [field]: { value: unknown } }),
  ];
}

/** The token of a link from a mail, as a form posts it back. */
function badLinkToken(): BadCase[] {
  return [
    without("token"),
    change("token blank", { token: "" }),
    change("token SQL-looking", { token: SQL_QUOTE }),
    change("token over 100 characters", { token: long(101) }),
    change("token a list", { token: ["a", "b"] }),
  ];
}

function badEmail(field: string): BadCase[] {
  return [
    without(field),
    change(`${field} not an address`, { [field]: "not-an-address" }),
    change(`${field} SQL-looking`, { [field]: `${SQL_QUOTE}@example.org` }),
    change(`${field} over 254 characters`, { [field]: `${long(250)}@example.org` }),
    change(`${field} a list`, { [field]: ["a@example.org", "b@example.org"] }),
  ];
}

/** A list of county slugs. */
function badCounties(field = "counties"): BadCase[] {
  return [
    change(`${field} SQL-looking`, { [field]: [SQL_QUOTE] }),
    change(`${field} an object`, { [field]: { york: true } }),
    change(`${field} more than 16`, { [field]: Array.from({ length: 17 }, (_, i) => `county-${i}`) }),
  ];
}

// ---------------------------------------------------------------------------
// The forms.

type Action = (raw: unknown) => Promise<FormState>;
type Form = {
  name: string;
  /** Who calls it: a user allowed to use the form, or null for a public form. */
  as: () => number | null;
  action: () => Action;
  valid: () => Body;
  bad: BadCase[];
};

let db: Database;
const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const PASSWORD = "bad input test passphrase";
const REASON = "The listing asks volunteers to pay a fee.";

/** Everything the forms act on, made once in beforeAll. */
const the = {} as {
  admin: number;
  applicant: number;
  volunteer: number;
  owner: number;
  coordinator: number;
  organization: number;
  organizationSlug: string;
  publicSlug: string;
  draft: number;
  response: number;
  discoverable: number;
  pending: number[];
  changed: number[];
  approved: number;
  suspended: number;
  moderated: number;
  toUnpublish: number;
  targets: number[];
  disabledTarget: number;
  failedMail: number;
  reports: number[];
  invitation: number;
  invitee: number;
  inviteToken: string;
  removable: number;
  promotable: number;
  leaver: { user: number; organization: number };
  contactRequest: number;
  acceptedContactRequest: number;
  alert: number;
  ownResponse: number;
  deletable: number;
  signUpEmail: string;
  forgetful: string;
  resetUser: { email: string; token: string };
  confirmToken: string;
  responseToken: string;
  closed: number;
  expired: number;
  settingUp: { user: number; secret: string };
  withSecondFactor: { user: number; secret: string };
  turningOff: number;
};

const postingBody = () => ({
  organizationId: String(the.organization),
  title: "Front desk volunteer",
  summary: "Greet visitors and answer the phone.",
  description: "Greet visitors, answer the phone and help with the mail at our Rockland office.",
  type: "ongoing",
  skillLevel: "none",
  causes: ["basic_needs"],
  counties: ["knox"],
  town: "Rockland",
  schedule: "Weekday mornings",
  commitment: "Three hours a week",
  minimumAge: "18",
  trainingDetails: "A morning of training.",
  requirements: "Kindness.",
  spots: "3",
  expiresOn: inDays(60),
});

const postingBad: BadCase[] = [
  ...badIds("organizationId"),
  ...badText("title", { max: 120, required: true, good: "Front desk" }),
  ...badText("summary", { max: 280, required: true, good: "Greet visitors." }),
  ...badText("description", { max: 8000, required: true, good: "Greet visitors and answer the phone." }),
  ...badChoice("type", "volunteering"),
  ...badChoice("skillLevel", "expert"),
  change("causes unknown", { causes: ["world_peace"] }),
  change("causes none", { causes: [] }),
  change("causes SQL-looking", { causes: [SQL_QUOTE] }),
  ...badCounties(),
  change("no county and not statewide", { counties: [] }, ["counties"]),
  change("town over 80 characters", { town: long(81) }),
  // A confidential shelter's location must never be published: nothing that places a building.
  change("town a street address", { town: "12 Main Street, Lewiston" }),
  change("town a house number", { town: "12 Lewiston" }),
  change("town a PO box", { town: "P.O. Box 44" }),
  change("town map coordinates", { town: "44.1, -69.8" }),
  change("town a unit number", { town: "Route 1, #4" }),
  change("title a street address", { title: "Sort donations at 12 Main St" }),
  change("summary a PO box", { summary: "Send coats to PO Box 44, Bangor." }),
  change("summary map coordinates", { summary: "Meet the van at 44.1, -69.8 on Saturdays." }),
  change("requirements over 2,000 characters", { requirements: long(2001) }),
  change("training details over 1,000 characters", { trainingDetails: long(1001) }),
  change("minimum age not a number", { minimumAge: "eighteen" }),
  change("minimum age negative", { minimumAge: "-3" }),
  change("minimum age a fraction", { minimumAge: "12.5" }),
  change("spots zero", { spots: "0" }),
  change("spots SQL-looking", { spots: SQL_TEXT }),
  change("start not a date", { startsAt: "next Tuesday", endsAt: "" }, ["startsAt"]),
  change("end before start", { startsAt: "2027-04-10T09:00", endsAt: "2027-04-10T08:00" }, ["endsAt"]),
  change("one-time event with no start", { type: "one_time" }, ["startsAt"]),
  without("expiresOn"),
  change("expiry in the past", { expiresOn: "2020-01-01" }),
  change("expiry not a date", { expiresOn: SQL_QUOTE }),
  change("expiry beyond a year", { expiresOn: inDays(400) }),
];

const organizationBody = () => ({
  name: "Harbor House",
  kind: "shelter",
  description: "A shelter in Rockland for survivors and their families.",
  website: "https://harbor.example.org",
  phone: "(207) 555-0100",
  publicEmail: "info@harbor.example.org",
  town: "Rockland",
  counties: ["knox"],
  confidentialLocation: "on",
  ein: "12-3456789",
});

const organizationBad: BadCase[] = [
  ...badText("name", { max: 120, required: true, good: "Harbor House" }),
  ...badChoice("kind", "castle"),
  ...badText("description", { max: 3000, required: true, good: "A shelter in Rockland for survivors." }),
  change("website not a web address", { website: "javascript:alert(1)" }),
  change("website over 300 characters", { website: `https://example.org/${long(300)}` }),
  change("phone letters", { phone: "call the front desk" }),
  change("phone SQL-looking", { phone: SQL_QUOTE }),
  change("public e-mail not an address", { publicEmail: "info at harbor" }),
  ...badText("town", { max: 80, required: true, good: "Rockland" }),
  change("counties none", { counties: [] }),
  ...badCounties(),
  change("EIN too short", { ein: "12345" }),
  change("EIN SQL-looking", { ein: SQL_TEXT }),
];

const reasonBad = (field = "reason", max = 1000): BadCase[] => [
  ...badText(field, { max, required: true, good: "The organization could not be verified." }),
  change(`${field} under 10 characters`, { [field]: "Because" }),
];

const FORMS: Form[] = [
  {
    name: "apply to host (applyToHost)",
    as: () => the.applicant,
    action: () => applyToHost,
    valid: organizationBody,
    bad: organizationBad,
  },
  {
    name: "organization profile (updateOrganizationProfile)",
    as: () => the.owner,
    action: () => updateOrganizationProfile,
    valid: () => ({ ...organizationBody(), organizationId: String(the.organization) }),
    bad: [...badIds("organizationId"), ...organizationBad],
  },
  {
    name: "sign up (signUp)",
    as: () => null,
    action: () => signUp,
    valid: () => ({ name: "Robin Volunteer", email: the.signUpEmail, password: PASSWORD }),
    bad: [
      ...badText("name", { max: 100, required: true, good: "Robin" }),
      ...badEmail("email"),
      without("password"),
      change("password short", { password: "short1" }),
      change("password common", { password: "password123" }),
      change("password common in capitals", { password: "PASSWORD123" }),
      change("password over 256 characters", { password: long(257) }),
      change("password a number", { password: 123456789 }),
      change("password a list", { password: [PASSWORD, PASSWORD] }),
    ],
  },
  {
    name: "forgotten password (requestPasswordReset)",
    as: () => null,
    action: () => requestPasswordReset,
    valid: () => ({ email: the.forgetful }),
    bad: badEmail("email"),
  },
  {
    name: "reset password (resetPassword)",
    as: () => null,
    action: () => resetPassword,
    valid: () => ({ token: the.resetUser.token, password: "a brand new passphrase" }),
    bad: [
      without("token"),
      change("token blank", { token: "" }),
      change("token over 100 characters", { token: long(101) }),
      change("token a list", { token: ["a", "b"] }),
      without("password"),
      change("password short", { password: "short1" }),
      change("password common", { password: "qwerty123" }),
      change("password over 256 characters", { password: long(257) }),
    ],
  },
  {
    name: "confirm e-mail (confirmEmail)",
    as: () => null,
    action: () => confirmEmail,
    valid: () => ({ token: the.confirmToken, password: PASSWORD }),
    bad: [
      without("token"),
      change("token blank", { token: "" }),
      change("token over 100 characters", { token: long(101) }),
      change("token a number", { token: 42 }),
      without("password"),
      change("password over 256 characters", { password: long(257) }),
    ],
  },
  {
    name: "new posting (createPosting)",
    as: () => the.coordinator,
    action: () => createPosting,
    valid: postingBody,
    bad: postingBad,
  },
  {
    name: "edit posting (updatePosting)",
    as: () => the.coordinator,
    action: () => updatePosting,
    valid: () => ({ ...postingBody(), opportunityId: String(the.draft) }),
    bad: [...badIds("opportunityId"), ...postingBad],
  },
  ...(
    [
      ["publish posting (publishPosting)", publishPosting, () => the.draft],
      ["close posting (closePosting)", closePosting, () => the.toUnpublish],
      ["reopen posting (reopenPosting)", reopenPosting, () => the.closed],
      ["renew posting (renewPosting)", renewPosting, () => the.expired],
      ["duplicate posting (duplicatePosting)", duplicatePosting, () => the.draft],
    ] as const
  ).map(([name, action, posting]): Form => ({
    name,
    as: () => the.coordinator,
    action: () => action,
    valid: () => ({ organizationId: String(the.organization), opportunityId: String(posting()) }),
    bad: [...badIds("organizationId"), ...badIds("opportunityId")],
  })),
  {
    name: "I'm interested (respondToOpportunity)",
    as: () => null,
    action: () => respondToOpportunity(the.publicSlug),
    valid: () => ({ name: "Sam Volunteer", email: "sam.volunteer@example.net", phone: "(207) 555-0142", message: "I can help on weekends.", availability: "Weekends", consent: true }),
    bad: [
      ...badText("name", { max: 100, required: true, good: "Sam" }),
      change("name on two lines", { name: "Sam\nBcc: everyone@example.org" }),
      ...badEmail("email"),
      change("phone letters", { phone: "call me maybe" }),
      change("phone SQL-looking", { phone: SQL_QUOTE }),
      ...badText("message", { max: 2000, good: "I can help." }),
      ...badText("availability", { max: 500, good: "Weekends" }),
      without("consent"),
      change("consent false", { consent: false }),
      change("consent as a string", { consent: "on" }),
      change("honeypot over 200 characters", { leave_blank: long(201) }),
    ],
  },
  {
    name: "confirm a response (confirmResponse)",
    as: () => null,
    action: () => confirmResponse,
    valid: () => ({ token: the.responseToken }),
    bad: badLinkToken(),
  },
  {
    name: "report a listing (reportOpportunity)",
    as: () => null,
    action: () => reportOpportunity(the.publicSlug),
    valid: () => ({ reason: "spam", details: "It advertises a product." }),
    bad: [...badChoice("reason", "boring"), ...badText("details", { max: 2000, good: "It is an advert." })],
  },
  {
    name: "invite a coordinator (inviteCoordinator)",
    as: () => the.owner,
    action: () => inviteCoordinator,
    valid: () => ({ organizationId: String(the.organization), email: "new.teammate@example.org" }),
    bad: [...badIds("organizationId"), ...badEmail("email")],
  },
  {
    name: "withdraw an invitation (revokeInvitation)",
    as: () => the.owner,
    action: () => revokeInvitation,
    valid: () => ({ organizationId: String(the.organization), invitationId: String(the.invitation) }),
    bad: [...badIds("organizationId"), ...badIds("invitationId")],
  },
  {
    name: "remove a member (removeMember)",
    as: () => the.owner,
    action: () => removeMember,
    valid: () => ({ organizationId: String(the.organization), userId: String(the.removable) }),
    bad: [...badIds("organizationId"), ...badIds("userId")],
  },
  {
    name: "make an owner (makeOwner)",
    as: () => the.owner,
    action: () => makeOwner,
    valid: () => ({ organizationId: String(the.organization), userId: String(the.promotable) }),
    bad: [...badIds("organizationId"), ...badIds("userId")],
  },
  {
    name: "leave an organization (leaveOrganization)",
    as: () => the.leaver.user,
    action: () => leaveOrganization,
    valid: () => ({ organizationId: String(the.leaver.organization) }),
    bad: badIds("organizationId"),
  },
  {
    name: "accept an invitation (acceptInvitation)",
    as: () => the.invitee,
    action: () => acceptInvitation,
    valid: () => ({ token: the.inviteToken }),
    bad: badLinkToken(),
  },
  {
    name: "response status (changeResponseStatus)",
    as: () => the.coordinator,
    action: () => changeResponseStatus,
    valid: () => ({ organizationId: String(the.organization), responseId: String(the.response), status: "contacted" }),
    bad: [...badIds("organizationId"), ...badIds("responseId"), ...badChoice("status", "archived")],
  },
  {
    name: "response note (addResponseNote)",
    as: () => the.coordinator,
    action: () => addResponseNote,
    valid: () => ({ organizationId: String(the.organization), responseId: String(the.response), note: "Left a voicemail." }),
    bad: [...badIds("organizationId"), ...badIds("responseId"), ...badText("note", { max: 2000, required: true, good: "Called." })],
  },
  {
    name: "volunteer profile (saveMyProfile)",
    as: () => the.volunteer,
    action: () => saveMyProfile,
    valid: () => ({
      counties: ["knox"],
      skills: ["mentoring_youth"],
      languages: "English, French",
      credentials: "Licensed social worker.",
      causes: ["basic_needs"],
      availability: "Weekends",
      backgroundCheck: "willing",
      phone: "(207) 555-0111",
      discoverable: "on",
    }),
    bad: [
      ...badCounties(),
      change("discoverable with no county", { counties: [] }, ["counties"]),
      change("skills unknown", { skills: ["juggling"] }),
      change("skills SQL-looking", { skills: [SQL_QUOTE] }),
      change("causes unknown", { causes: ["world_peace"] }),
      ...badText("languages", { max: 200, good: "English" }),
      ...badText("credentials", { max: 2000, good: "Licensed." }),
      ...badText("availability", { max: 500, good: "Weekends" }),
      ...badChoice("backgroundCheck", "maybe"),
      change("phone letters", { phone: "call me maybe" }),
    ],
  },
  {
    name: "save an alert (saveAlert)",
    as: () => the.volunteer,
    action: () => saveAlert,
    valid: () => ({ query: "?county=knox&skill=none", frequency: "weekly" }),
    bad: [
      without("query"),
      change("query a number", { query: 5 }),
      change("query a list", { query: ["?county=knox", "?county=york"] }),
      change("query over 2,000 characters", { query: `?q=${long(2001)}` }),
      change("query with an unknown county", { query: "?county=narnia" }),
      change("query SQL-looking", { query: `?skill=${encodeURIComponent(SQL_QUOTE)}` }),
      ...badChoice("frequency", "hourly"),
    ],
  },
  {
    name: "delete an alert (deleteAlert)",
    as: () => the.volunteer,
    action: () => deleteAlert,
    valid: () => ({ alertId: String(the.alert) }),
    bad: badIds("alertId"),
  },
  {
    name: "withdraw my response (withdrawMyResponse)",
    as: () => the.volunteer,
    action: () => withdrawMyResponse,
    valid: () => ({ responseId: String(the.ownResponse) }),
    bad: badIds("responseId"),
  },
  {
    name: "delete my account (deleteMyAccount)",
    as: () => the.deletable,
    action: () => deleteMyAccount,
    valid: () => ({ password: PASSWORD }),
    bad: [without("password"), change("password blank", { password: "" }), change("password over 256 characters", { password: long(257) }), change("password a list", { password: [PASSWORD] })],
  },
  {
    name: "contact a volunteer (contactVolunteer)",
    as: () => the.coordinator,
    action: () => contactVolunteer,
    valid: () => ({ organizationId: String(the.organization), volunteerId: String(the.discoverable), message: "Hello, we are Harbor House in Rockland and would love your help on Saturdays." }),
    bad: [
      ...badIds("organizationId"),
      ...badIds("volunteerId"),
      ...badText("message", { max: 2000, required: true, good: "We would love your help on Saturdays." }),
      change("message under 20 characters", { message: "Hello there" }),
    ],
  },
  {
    name: "answer a contact request (answerContactRequest)",
    as: () => the.discoverable,
    action: () => answerContactRequest,
    valid: () => ({ requestId: String(the.contactRequest), answer: "decline" }),
    bad: [...badIds("requestId"), ...badChoice("answer", "maybe")],
  },
  {
    name: "stop sharing details (withdrawContactConsent)",
    as: () => the.discoverable,
    action: () => withdrawContactConsent,
    valid: () => ({ requestId: String(the.acceptedContactRequest) }),
    bad: badIds("requestId"),
  },
  {
    name: "approve an organization (approveOrganization)",
    as: () => the.admin,
    action: () => approveOrganization,
    valid: () => ({ organizationId: String(the.pending[0]) }),
    bad: badIds("organizationId"),
  },
  ...(
    [
      // Before the suspension below: it confirms the same approved organization.
      ["confirm an organization's verification (confirmVerification)", confirmVerification, () => the.approved],
      ["reject an organization (rejectOrganization)", rejectOrganization, () => the.pending[1]!],
      ["suspend an organization (suspendOrganization)", suspendOrganization, () => the.approved],
      ["reinstate an organization (reinstateOrganization)", reinstateOrganization, () => the.suspended],
    ] as const
  ).map(([name, action, organization]): Form => ({
    name,
    as: () => the.admin,
    action: () => action,
    valid: () => ({ organizationId: String(organization()), reason: REASON }),
    bad: [...badIds("organizationId"), ...reasonBad()],
  })),
  {
    name: "approve an organization's changes (approveOrganizationChanges)",
    as: () => the.admin,
    action: () => approveOrganizationChanges,
    valid: () => ({ organizationId: String(the.changed[0]) }),
    bad: badIds("organizationId"),
  },
  {
    name: "turn down an organization's changes (rejectOrganizationChanges)",
    as: () => the.admin,
    action: () => rejectOrganizationChanges,
    valid: () => ({ organizationId: String(the.changed[1]), reason: REASON }),
    bad: [...badIds("organizationId"), ...reasonBad()],
  },
  {
    name: "review an organization (saveOrganizationReview)",
    as: () => the.admin,
    action: () => saveOrganizationReview,
    valid: () => ({ organizationId: String(the.pending[2]), websiteReachable: "on", einGiven: "", emailDomainMatches: "on", vouched: "", reviewNotes: "Called their office." }),
    bad: [...badIds("organizationId"), ...badText("reviewNotes", { max: 5000, good: "Called their office." })],
  },
  {
    name: "unpublish a posting (unpublishPosting)",
    as: () => the.admin,
    action: () => unpublishPosting,
    valid: () => ({ opportunityId: String(the.toUnpublish), reason: REASON }),
    bad: [...badIds("opportunityId"), ...reasonBad()],
  },
  {
    name: "allow republishing (allowRepublishing)",
    as: () => the.admin,
    action: () => allowRepublishing,
    valid: () => ({ opportunityId: String(the.moderated) }),
    bad: [...badIds("opportunityId"), ...badText("reason", { max: 1000, good: "Edited since." })],
  },
  ...(
    [
      ["resolve a report (resolveReport)", resolveReport, () => the.reports[0]!],
      ["dismiss a report (dismissReport)", dismissReport, () => the.reports[1]!],
    ] as const
  ).map(([name, action, report]): Form => ({
    name,
    as: () => the.admin,
    action: () => action,
    valid: () => ({ reportId: String(report()), resolution: "Asked the organization to fix it." }),
    bad: [...badIds("reportId"), ...badText("resolution", { max: 1000, good: "Handled." })],
  })),
  {
    name: "change a user's role (changeUserRole)",
    as: () => the.admin,
    action: () => changeUserRole,
    valid: () => ({ userId: String(the.targets[0]), role: "admin", reason: "Joins the admin team this week." }),
    bad: [...badIds("userId"), ...badChoice("role", "superuser"), ...reasonBad()],
  },
  {
    name: "disable a user (disableUser)",
    as: () => the.admin,
    action: () => disableUser,
    valid: () => ({ userId: String(the.targets[1]), reason: "Sent abusive messages to volunteers." }),
    bad: [...badIds("userId"), ...reasonBad()],
  },
  {
    name: "enable a user (enableUser)",
    as: () => the.admin,
    action: () => enableUser,
    valid: () => ({ userId: String(the.disabledTarget), reason: "The account was disabled by mistake." }),
    bad: [...badIds("userId"), ...reasonBad()],
  },
  {
    name: "turn on two-step sign-in (enableSecondFactor)",
    as: () => the.settingUp.user,
    action: () => enableSecondFactor,
    valid: () => ({ code: totpCodeAt(the.settingUp.secret, totpStep()) }),
    bad: badCode("code"),
  },
  {
    name: "make new recovery codes (regenerateRecoveryCodes)",
    as: () => the.withSecondFactor.user,
    action: () => regenerateRecoveryCodes,
    valid: () => ({ code: totpCodeAt(the.withSecondFactor.secret, totpStep()) }),
    bad: badCode("code"),
  },
  {
    name: "turn off two-step sign-in (disableSecondFactor)",
    as: () => the.turningOff,
    action: () => disableSecondFactor,
    valid: () => ({ confirmation: PASSWORD }),
    bad: [without("confirmation"), change("confirmation blank", { confirmation: "" }), change("confirmation a number", { confirmation: 123456 }), change("confirmation a list", { confirmation: [PASSWORD, PASSWORD] }), change("confirmation of 5,001 characters", { confirmation: long(5_001) })],
  },
  {
    name: "retry a mail (retryMail)",
    as: () => the.admin,
    action: () => retryMail,
    valid: () => ({ mailId: String(the.failedMail) }),
    bad: badIds("mailId"),
  },
];

// ---------------------------------------------------------------------------

beforeAll(async () => {
  db = await getDb();
  const knox = (await db.select({ id: counties.id }).from(counties).where(sql`${counties.slug} = 'knox'`))[0]!.id;
  const passwordHash = await hashPassword(PASSWORD);

  the.admin = (await insertUser(db, { role: "admin" })).id;
  the.applicant = (await insertUser(db)).id;
  const volunteer = await insertUser(db);
  the.volunteer = volunteer.id;

  const organization = await insertOrganization(db, { name: "Harbor House", town: "Rockland" });
  the.organization = organization.id;
  the.organizationSlug = organization.slug;
  await db.insert(organizationCounties).values({ organizationId: organization.id, countyId: knox });
  the.owner = (await insertUser(db)).id;
  await insertMembership(db, the.owner, organization.id, "owner");
  the.coordinator = (await insertUser(db)).id;
  await insertMembership(db, the.coordinator, organization.id);
  the.removable = (await insertUser(db)).id;
  await insertMembership(db, the.removable, organization.id);
  the.promotable = (await insertUser(db)).id;
  await insertMembership(db, the.promotable, organization.id);

  const published = await insertOpportunity(db, organization.id, { title: "Shelter kitchen helper" }, ["knox"]);
  the.publicSlug = published.slug;
  the.draft = (await insertOpportunity(db, organization.id, { status: "draft", publishedAt: null }, ["knox"])).id;
  the.closed = (await insertOpportunity(db, organization.id, { status: "closed", closedAt: new Date() }, ["knox"])).id;
  the.expired = (await insertOpportunity(db, organization.id, { expiresAt: new Date(Date.now() - DAY) }, ["knox"])).id;
  the.toUnpublish = (await insertOpportunity(db, organization.id, {}, ["knox"])).id;
  the.moderated = (await insertOpportunity(db, organization.id, { status: "closed", moderationReason: REASON, moderatedAt: new Date() }, ["knox"])).id;
  the.response = (await insertResponse(db, published.id, organization.id)).id;
  the.responseToken = "a-response-waiting-for-its-owner";
  await insertResponse(db, published.id, organization.id, { confirmedAt: null, confirmationTokenHash: hashToken(the.responseToken) });
  the.ownResponse = (await insertResponse(db, published.id, organization.id, { userId: volunteer.id, email: volunteer.email })).id;

  the.discoverable = (await insertUser(db)).id;
  await db.insert(volunteerProfiles).values({ userId: the.discoverable, skills: ["mentoring_youth"], availability: "Saturdays", discoverable: true });
  await db.insert(volunteerCounties).values({ userId: the.discoverable, countyId: knox });
  // A request from another organization, for the volunteer's answer; Harbor House's own request is the control of contactVolunteer.
  const other = await insertOrganization(db);
  const [request] = await db.insert(schema.contactRequests).values({ organizationId: other.id, volunteerUserId: the.discoverable, message: "Would you help us on Saturdays?" }).returning();
  the.contactRequest = request!.id;
  const third = await insertOrganization(db);
  const [accepted] = await db
    .insert(schema.contactRequests)
    .values({ organizationId: third.id, volunteerUserId: the.discoverable, message: "Could you drive on Saturdays?", status: "accepted", respondedAt: new Date() })
    .returning();
  the.acceptedContactRequest = accepted!.id;

  the.pending = [];
  for (let i = 0; i < 3; i++) the.pending.push((await insertOrganization(db, { status: "pending" })).id);
  the.changed = [];
  for (let i = 0; i < 2; i++) the.changed.push((await insertOrganization(db, { pendingChanges: { website: "https://new.example.org" }, changesRequestedAt: new Date() })).id);
  the.approved = (await insertOrganization(db)).id;
  the.suspended = (await insertOrganization(db, { status: "suspended", statusReason: REASON })).id;

  the.targets = [(await insertUser(db)).id, (await insertUser(db)).id];
  the.disabledTarget = (await insertUser(db, { disabledAt: new Date() })).id;

  const [mail] = await db.insert(outbox).values({ to: "someone@example.org", subject: "Hello", text: "Hello.", status: "failed", attempts: 8, lastError: "550 no such user" }).returning();
  the.failedMail = mail!.id;
  const reported = await db.insert(reports).values([{ opportunityId: published.id, reason: "spam" }, { opportunityId: published.id, reason: "inaccurate" }]).returning();
  the.reports = reported.map((report) => report.id);

  const [invitation] = await db
    .insert(invitations)
    .values({ organizationId: organization.id, email: "invited.once@example.org", tokenHash: hashToken("revocable-token"), expiresAt: new Date(Date.now() + 7 * DAY) })
    .returning();
  the.invitation = invitation!.id;
  const invitee = await insertUser(db);
  the.invitee = invitee.id;
  the.inviteToken = "accept-token-for-the-invitee";
  await db.insert(invitations).values({ organizationId: other.id, email: invitee.email, tokenHash: hashToken(the.inviteToken), expiresAt: new Date(Date.now() + 7 * DAY) });

  const leaverOrganization = await insertOrganization(db);
  const leaver = await insertUser(db);
  await insertMembership(db, leaver.id, leaverOrganization.id);
  the.leaver = { user: leaver.id, organization: leaverOrganization.id };

  const [alert] = await db.insert(savedSearches).values({ userId: the.volunteer, query: "?county=york", frequency: "daily" }).returning();
  the.alert = alert!.id;
  the.deletable = (await insertUser(db, { passwordHash })).id;
  const settingUp = (await insertUser(db)).id;
  the.settingUp = { user: settingUp, secret: (await pendingSecret(db, settingUp))! };
  const withSecondFactor = (await insertUser(db)).id;
  the.withSecondFactor = { user: withSecondFactor, secret: await insertSecondFactor(db, withSecondFactor) };
  the.turningOff = (await insertUser(db, { passwordHash }, { secondFactor: true })).id;

  the.signUpEmail = `new.volunteer.${Date.now()}@example.org`;
  // Its own account: a reset link mailed to the next one would replace that one's token.
  the.forgetful = (await insertUser(db, { passwordHash })).email;
  const resetUser = await insertUser(db, { passwordHash });
  the.resetUser = { email: resetUser.email, token: await issueToken(db, resetUser.id, "reset_password") };
  const unconfirmed = await insertUser(db, { passwordHash, emailVerifiedAt: null });
  the.confirmToken = await issueToken(db, unconfirmed.id, "verify_email");
});

describe("the snapshot sees every table", () => {
  it("lists every table of the schema and notices a change in any of them", async () => {
    expect(TABLES).toEqual(expect.arrayContaining(["users", "organizations", "opportunities", "responses", "audit_log", "outbox", "rate_limits", "auth_tokens", "contact_requests", "saved_searches"]));
    expect(TABLES.length).toBe(Object.values(schema).filter((value) => is(value, PgTable)).length);
    const before = await snapshot(db);
    await db.update(outbox).set({ attempts: 9 }).where(sql`${outbox.id} = ${the.failedMail}`);
    expect(changedTables(before, await snapshot(db))).toEqual(["outbox: 1 → 1 rows"]);
    await db.update(outbox).set({ attempts: 8 }).where(sql`${outbox.id} = ${the.failedMail}`);
    expect(changedTables(before, await snapshot(db))).toEqual([]);
  });
});

/** Calls the form's mutation; an exception escaping it fails the test with the exception itself. */
async function call(form: Form, body: unknown) {
  signInAs(form.as());
  const errors = vi.spyOn(console, "error").mockImplementation(() => {});
  try {
    const result = await form.action()(body);
    return { result, logged: errors.mock.calls.map((args) => args.map(String).join(" ")) };
  } finally {
    errors.mockRestore();
  }
}

for (const form of FORMS) {
  describe(form.name, () => {
    // One snapshot before the form's bad bodies and one after them all: a
    // write by any of them shows (a snapshot per body would be far slower).
    let before: Snapshot;
    beforeAll(async () => {
      before = await snapshot(db);
    });

    for (const bad of form.bad) {
      it(`refuses ${bad.label}: names ${bad.fields.join(", ")}`, async () => {
        const { result, logged } = await call(form, bad.body(form.valid()));
        expect(logged).toEqual([]);
        expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/\S/) });
        const fieldErrors = (result as { fieldErrors: Record<string, string[] | undefined> }).fieldErrors;
        for (const field of bad.fields) expect(fieldErrors[field], field).toEqual(expect.arrayContaining([expect.stringMatching(/\S/)]));
      });
    }

    it("refuses a body that is not an object", async () => {
      for (const body of [null, undefined, "organizationId=1", 42, [], [form.valid()]]) {
        const { result, logged } = await call(form, body);
        expect(logged).toEqual([]);
        expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/\S/) });
      }
    });

    it("wrote nothing, in any table, for any of those bodies", async () => {
      expect(changedTables(before, await snapshot(db))).toEqual([]);
    });

    it("accepts its valid body from the same user (the control)", async () => {
      const { result, logged } = await call(form, form.valid());
      expect(logged).toEqual([]);
      expect(result).toMatchObject({ ok: true });
    });
  });
}
