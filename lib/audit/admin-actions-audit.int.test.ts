/**
 * Invariant 6: every admin action writes exactly one audit row, with actor,
 * target and reason, in the same transaction as the change. With the audit
 * insert refused by the database itself (a trigger), the whole action rolls
 * back: no change, no mail.
 */
import { and, desc, eq, sql } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb, type Database } from "@/db/client";
import { auditLog, opportunities, organizations, outbox, reports, users } from "@/db/schema";
import { insertMembership, insertOpportunity, insertOrganization, insertUser } from "@/lib/testing/fixtures";
import { signInAs } from "@/lib/auth/testing/session-mock";
import { allowRepublishing, unpublishPosting } from "@/lib/opportunities/moderation";
import { retryMail } from "@/lib/email/admin";
import { approveOrganization, confirmVerification, rejectOrganization, reinstateOrganization, saveOrganizationReview, suspendOrganization } from "@/lib/organizations/moderation";
import { VERIFICATION_CHECKS } from "@/lib/organizations/moderation-schemas";
import { dismissReport, resolveReport } from "@/lib/reports/queue";
import { changeUserRole, disableUser, enableUser } from "@/lib/users/admin";

vi.mock("@/lib/auth/session", () => import("@/lib/auth/testing/session-mock"));

let db: Database;
let admin: { id: number };

/** Makes the database refuse every audit row, as a full disk or a broken constraint would. */
async function refuseAuditRows(refuse: boolean) {
  if (refuse) {
    await db.execute(sql`create or replace function refuse_audit() returns trigger language plpgsql as $$ begin raise exception 'audit refused'; end $$`);
    await db.execute(sql`create trigger refuse_audit before insert on audit_log for each row execute function refuse_audit()`);
  } else {
    await db.execute(sql`drop trigger if exists refuse_audit on audit_log`);
  }
}

type Case = {
  name: string;
  action: string;
  prepare: () => Promise<{ input: Record<string, string>; target: number; state: () => Promise<unknown>; reason: string }>;
  run: (input: Record<string, string>) => Promise<unknown>;
};

async function organizationIn(status: "pending" | "approved" | "suspended") {
  const organization = await insertOrganization(db, { status });
  const member = await insertUser(db);
  await insertMembership(db, member.id, organization.id, "owner");
  const state = async () => (await db.select({ status: organizations.status, statusReason: organizations.statusReason, checklist: organizations.verificationChecklist, notes: organizations.reviewNotes }).from(organizations).where(eq(organizations.id, organization.id)))[0];
  return { organization, state };
}

const REASON = "Checked against the state registry.";
const cases: Case[] = [
  { name: "approve", action: "organization.approve", run: approveOrganization, prepare: async () => { const { organization, state } = await organizationIn("pending"); return { input: { organizationId: String(organization.id) }, target: organization.id, state, reason: "No verification checks recorded." }; } },
  { name: "reject", action: "organization.reject", run: rejectOrganization, prepare: async () => { const { organization, state } = await organizationIn("pending"); return { input: { organizationId: String(organization.id), reason: REASON }, target: organization.id, state, reason: REASON }; } },
  { name: "suspend", action: "organization.suspend", run: suspendOrganization, prepare: async () => { const { organization, state } = await organizationIn("approved"); return { input: { organizationId: String(organization.id), reason: REASON }, target: organization.id, state, reason: REASON }; } },
  { name: "reinstate", action: "organization.reinstate", run: reinstateOrganization, prepare: async () => { const { organization, state } = await organizationIn("suspended"); return { input: { organizationId: String(organization.id), reason: REASON }, target: organization.id, state, reason: REASON }; } },
  { name: "save the checklist", action: "organization.review", run: saveOrganizationReview, prepare: async () => { const { organization, state } = await organizationIn("pending"); return { input: { organizationId: String(organization.id), websiteReachable: "on", reviewNotes: "Called the director." }, target: organization.id, state, reason: `Checked 1 of 4: ${VERIFICATION_CHECKS.websiteReachable}.` }; } },
  { name: "confirm a verification", action: "organization.reverify", run: confirmVerification, prepare: async () => { const { organization } = await organizationIn("approved"); const state = async () => (await db.select({ verifiedAt: organizations.verifiedAt }).from(organizations).where(eq(organizations.id, organization.id)))[0]; return { input: { organizationId: String(organization.id), reason: REASON }, target: organization.id, state, reason: REASON }; } },
  {
    name: "unpublish a posting",
    action: "opportunity.unpublish",
    run: unpublishPosting,
    prepare: async () => {
      const { organization } = await organizationIn("approved");
      const posting = await insertOpportunity(db, organization.id);
      const state = async () => (await db.select({ status: opportunities.status, reason: opportunities.moderationReason }).from(opportunities).where(eq(opportunities.id, posting.id)))[0];
      return { input: { opportunityId: String(posting.id), reason: REASON }, target: posting.id, state, reason: REASON };
    },
  },
  {
    name: "allow republishing",
    action: "opportunity.allow_republishing",
    run: allowRepublishing,
    prepare: async () => {
      const { organization } = await organizationIn("approved");
      const posting = await insertOpportunity(db, organization.id, { status: "closed", moderationReason: "Misleading title.", moderatedAt: new Date() });
      const state = async () => (await db.select({ status: opportunities.status, reason: opportunities.moderationReason }).from(opportunities).where(eq(opportunities.id, posting.id)))[0];
      return { input: { opportunityId: String(posting.id) }, target: posting.id, state, reason: "Allowed again; it was unpublished because: Misleading title." };
    },
  },
  ...(
    [
      ["change a user's role", "user.role_change", changeUserRole, {}, { role: "admin" }],
      ["disable a user", "user.disable", disableUser, {}, {}],
      ["enable a user", "user.enable", enableUser, { disabledAt: new Date() }, {}],
    ] as const
  ).map(([name, action, run, values, extra]): Case => ({
    name,
    action,
    run,
    prepare: async () => {
      const user = await insertUser(db, values);
      const state = async () => (await db.select({ role: users.role, disabledAt: users.disabledAt }).from(users).where(eq(users.id, user.id)))[0];
      return { input: { userId: String(user.id), reason: REASON, ...extra }, target: user.id, state, reason: REASON };
    },
  })),
  {
    name: "retry a failed mail",
    action: "outbox.retry",
    run: retryMail,
    prepare: async () => {
      const [mail] = await db.insert(outbox).values({ to: "someone@example.org", subject: "Notice", text: "Body", status: "failed", attempts: 12 }).returning({ id: outbox.id });
      const state = async () => (await db.select({ status: outbox.status, attempts: outbox.attempts }).from(outbox).where(eq(outbox.id, mail!.id)))[0];
      return { input: { mailId: String(mail!.id) }, target: mail!.id, state, reason: "Sent again after it gave up at 12 failed attempts." };
    },
  },
  ...(
    [
      ["resolve a report", "report.resolve", resolveReport],
      ["dismiss a report", "report.dismiss", dismissReport],
    ] as const
  ).map(([name, action, run]): Case => ({
    name,
    action,
    run,
    prepare: async () => {
      const { organization } = await organizationIn("approved");
      const posting = await insertOpportunity(db, organization.id);
      const [report] = await db.insert(reports).values({ opportunityId: posting.id, reason: "spam" }).returning({ id: reports.id });
      const state = async () => (await db.select({ status: reports.status }).from(reports).where(eq(reports.id, report!.id)))[0];
      return { input: { reportId: String(report!.id), resolution: "Checked the posting." }, target: posting.id, state, reason: "Checked the posting." };
    },
  })),
];

beforeAll(async () => {
  db = await getDb();
  admin = await insertUser(db, { role: "admin" });
});
afterEach(() => refuseAuditRows(false));

describe.each(cases)("$name", ({ action, prepare, run }) => {
  it("writes exactly one audit row with actor, target and reason", async () => {
    const { input, target, reason } = await prepare();
    signInAs(admin.id);
    expect(await run(input)).toMatchObject({ ok: true });
    const rows = await db.select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.targetId, String(target)))).orderBy(desc(auditLog.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorUserId: admin.id, reason });
    expect(rows[0]!.createdAt).toBeInstanceOf(Date);
  });

  it("changes nothing and sends nothing when the audit row cannot be written", async () => {
    const { input, state } = await prepare();
    const before = await state();
    const mailBefore = await db.$count(outbox);
    signInAs(admin.id);
    await refuseAuditRows(true);
    const result = (await run(input)) as { ok: boolean; message: string };
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/Something went wrong on our side/);
    await refuseAuditRows(false);
    expect(await state()).toEqual(before);
    expect(await db.$count(outbox)).toBe(mailBefore);
  });
});
