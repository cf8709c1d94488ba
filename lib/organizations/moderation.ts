import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { organizations } from "@/db/schema";
import { ActionError, guardedAction } from "@/lib/actions/guard";
import { writeAudit } from "@/lib/audit/audit";
import { enqueueMail } from "@/lib/email/outbox";
import { site, siteUrl } from "@/lib/site";
import { approveSchema, decisionWithReasonSchema, reviewSchema, VERIFICATION_CHECKS, type VerificationCheck } from "./moderation-schemas";
import { enabledMemberAddresses } from "./team-queries";

type Status = (typeof organizations.$inferSelect)["status"];
type Checklist = Partial<Record<VerificationCheck, boolean>>;

/** The checklist in words, for the audit log: what a person checked, and how many of the checks. */
function checklistInWords(checklist: Checklist): string {
  const checks = Object.keys(VERIFICATION_CHECKS) as VerificationCheck[];
  const done = checks.filter((check) => checklist[check] === true);
  if (done.length === 0) return "No verification checks recorded.";
  return `Checked ${done.length} of ${checks.length}: ${done.map((check) => VERIFICATION_CHECKS[check]).join("; ")}.`;
}

/**
 * An admin's decision on an organization: the status changes only from the
 * states the decision applies to, and the audit row and the members' mail are
 * written in the same transaction (invariants 6 and 7).
 */
async function decide(
  tx: Transaction,
  decision: {
    organizationId: number;
    from: Status[];
    to: Status;
    reason: string | null;
    actorUserId: number;
    action: string;
    /** Why, for the audit log, when it is not the reason the organization reads. */
    auditReason?: (checklist: Checklist) => string;
    /** A person vetted it just now: approving, or confirming an old verification. Reinstating does not count. */
    verifiedNow?: boolean;
  },
  mail: (name: string, slug: string) => { subject: string; text: string },
): Promise<DecisionResult> {
  const [organization] = await tx
    .update(organizations)
    .set({
      status: decision.to,
      statusReason: decision.reason,
      verifiedAt: decision.verifiedNow ? sql`now()` : organizations.verifiedAt,
      updatedAt: sql`now()`,
    })
    .where(and(eq(organizations.id, decision.organizationId), inArray(organizations.status, decision.from)))
    .returning({ id: organizations.id, name: organizations.name, slug: organizations.slug, checklist: organizations.verificationChecklist });
  if (!organization) throw new ActionError(`This organization is not ${decision.from.join(" or ")} now, so this cannot be done. Reload the page to see its status.`);
  const reason = decision.auditReason ? decision.auditReason(organization.checklist as Checklist) : decision.reason;
  await writeAudit(tx, { actorUserId: decision.actorUserId, action: decision.action, targetType: "organization", targetId: organization.id, reason });
  const members = await enabledMemberAddresses(tx, organization.id);
  const { subject, text } = mail(organization.name, organization.slug);
  await enqueueMail(tx, members.map((member) => ({ to: member.email, subject, text })));
  return { ok: true, membersTold: members.length };
}

/** How many members were told by mail: none when the organization has no member with a working account. */
export type DecisionResult = { ok: true; membersTold: number };

export const approveOrganization = guardedAction({ kind: "admin" }, approveSchema, async (input, { viewer }) => {
  const db = await getDb();
  return db.transaction((tx) =>
    decide(
      tx,
      { organizationId: input.organizationId, from: ["pending", "rejected"], to: "approved", reason: null, actorUserId: viewer.id, action: "organization.approve", auditReason: checklistInWords, verifiedNow: true },
      (name, slug) => ({
      subject: "Your organization is approved",
      text: [
        `${name} is approved to host volunteers on the ${site.name}.`,
        "",
        `You can publish postings now: ${siteUrl()}/dashboard/${slug}`,
      ].join("\n"),
      }),
    ),
  );
});

export const rejectOrganization = guardedAction({ kind: "admin" }, decisionWithReasonSchema, async (input, { viewer }) => {
  const db = await getDb();
  return db.transaction((tx) =>
    decide(tx, { organizationId: input.organizationId, from: ["pending"], to: "rejected", reason: input.reason, actorUserId: viewer.id, action: "organization.reject" }, (name, slug) => ({
      subject: "About your application to host volunteers",
      text: [
        `We could not approve ${name} to host volunteers on the ${site.name}.`,
        "",
        "The reason given:",
        input.reason,
        "",
        `If something can be corrected, reply to this message or see your dashboard: ${siteUrl()}/dashboard/${slug}`,
      ].join("\n"),
    })),
  );
});

/**
 * Suspends an approved organization: every posting of it leaves the public
 * site on the next request (invariant 1 is checked at read time), and its
 * coordinators read the reason on their dashboard.
 */
export const suspendOrganization = guardedAction({ kind: "admin" }, decisionWithReasonSchema, async (input, { viewer }) => {
  const db = await getDb();
  return db.transaction((tx) =>
    decide(tx, { organizationId: input.organizationId, from: ["approved"], to: "suspended", reason: input.reason, actorUserId: viewer.id, action: "organization.suspend" }, (name, slug) => ({
      subject: "Your organization is suspended on the volunteer databank",
      text: [
        `${name} is suspended on the ${site.name}: its postings are hidden from the public and it cannot publish or see responses.`,
        "",
        "The reason given:",
        input.reason,
        "",
        `Your dashboard: ${siteUrl()}/dashboard/${slug}`,
      ].join("\n"),
    })),
  );
});

/**
 * Ends a suspension: the organization's published postings that have not
 * expired are public again. Its verification date stays as it was: lifting a
 * suspension is not a new vetting.
 */
export const reinstateOrganization = guardedAction({ kind: "admin" }, decisionWithReasonSchema, async (input, { viewer }) => {
  const db = await getDb();
  return db.transaction((tx) =>
    decide(tx, { organizationId: input.organizationId, from: ["suspended"], to: "approved", reason: null, actorUserId: viewer.id, action: "organization.reinstate", auditReason: () => input.reason }, (name, slug) => ({
      subject: "Your organization is approved again",
      text: [`${name} is no longer suspended on the ${site.name}. Its published postings are public again.`, "", `Your dashboard: ${siteUrl()}/dashboard/${slug}`].join("\n"),
    })),
  );
});

/**
 * An admin vetted an approved organization again (its verification is more
 * than a year old, or something changed): the public badge's date becomes today.
 */
export const confirmVerification = guardedAction({ kind: "admin" }, decisionWithReasonSchema, async (input, { viewer }) => {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [organization] = await tx
      .update(organizations)
      .set({ verifiedAt: sql`now()`, updatedAt: sql`now()` })
      .where(and(eq(organizations.id, input.organizationId), eq(organizations.status, "approved")))
      .returning({ id: organizations.id });
    if (!organization) throw new ActionError("Only an approved organization's verification can be confirmed. Reload the page to see its status.");
    await writeAudit(tx, { actorUserId: viewer.id, action: "organization.reverify", targetType: "organization", targetId: organization.id, reason: input.reason });
  });
  return { ok: true } as const;
});

/** The admins' checklist and private notes on an organization. */
export const saveOrganizationReview = guardedAction({ kind: "admin" }, reviewSchema, async (input, { viewer }) => {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const checklist = { websiteReachable: input.websiteReachable, einGiven: input.einGiven, emailDomainMatches: input.emailDomainMatches, vouched: input.vouched };
    const updated = await tx
      .update(organizations)
      .set({ verificationChecklist: checklist, reviewNotes: input.reviewNotes ?? null, updatedAt: sql`now()` })
      .where(eq(organizations.id, input.organizationId))
      .returning({ id: organizations.id });
    if (updated.length === 0) throw new ActionError("This organization was not found.");
    await writeAudit(tx, { actorUserId: viewer.id, action: "organization.review", targetType: "organization", targetId: input.organizationId, reason: checklistInWords(checklist), details: checklist });
  });
  return { ok: true } as const;
});
