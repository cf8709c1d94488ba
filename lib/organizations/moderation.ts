import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { memberships, organizations, users } from "@/db/schema";
import { ActionError, guardedAction } from "@/lib/actions/guard";
import { writeAudit } from "@/lib/audit/audit";
import { enqueueMail } from "@/lib/email/outbox";
import { site, siteUrl } from "@/lib/site";
import { approveSchema, decisionWithReasonSchema, reviewSchema } from "./moderation-schemas";

type Status = (typeof organizations.$inferSelect)["status"];

/**
 * An admin's decision on an organization: the status changes only from the
 * states the decision applies to, and the audit row and the members' mail are
 * written in the same transaction (invariants 6 and 7).
 */
async function decide(
  tx: Transaction,
  decision: { organizationId: number; from: Status[]; to: Status; reason: string | null; actorUserId: number; action: string; auditReason?: string },
  mail: (name: string, slug: string) => { subject: string; text: string },
): Promise<void> {
  const [organization] = await tx
    .update(organizations)
    .set({
      status: decision.to,
      statusReason: decision.reason,
      verifiedAt: decision.to === "approved" ? sql`now()` : organizations.verifiedAt,
      updatedAt: sql`now()`,
    })
    .where(and(eq(organizations.id, decision.organizationId), inArray(organizations.status, decision.from)))
    .returning({ id: organizations.id, name: organizations.name, slug: organizations.slug });
  if (!organization) throw new ActionError(`This organization is not ${decision.from.join(" or ")} now, so this cannot be done. Reload the page to see its status.`);
  await writeAudit(tx, { actorUserId: decision.actorUserId, action: decision.action, targetType: "organization", targetId: organization.id, reason: decision.auditReason ?? decision.reason });
  const members = await tx
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, organization.id), isNull(users.disabledAt)));
  const { subject, text } = mail(organization.name, organization.slug);
  await enqueueMail(tx, members.map((member) => ({ to: member.email, subject, text })));
}

export const approveOrganization = guardedAction({ kind: "admin" }, approveSchema, async (input, { viewer }) => {
  const db = await getDb();
  await db.transaction((tx) =>
    decide(tx, { organizationId: input.organizationId, from: ["pending", "rejected"], to: "approved", reason: null, actorUserId: viewer.id, action: "organization.approve" }, (name, slug) => ({
      subject: "Your organization is approved",
      text: [
        `${name} is approved to host volunteers on the ${site.name}.`,
        "",
        `You can publish postings now: ${siteUrl()}/dashboard/${slug}`,
      ].join("\n"),
    })),
  );
  return { ok: true } as const;
});

export const rejectOrganization = guardedAction({ kind: "admin" }, decisionWithReasonSchema, async (input, { viewer }) => {
  const db = await getDb();
  await db.transaction((tx) =>
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
  return { ok: true } as const;
});

/**
 * Suspends an approved organization: every posting of it leaves the public
 * site on the next request (invariant 1 is checked at read time), and its
 * coordinators read the reason on their dashboard.
 */
export const suspendOrganization = guardedAction({ kind: "admin" }, decisionWithReasonSchema, async (input, { viewer }) => {
  const db = await getDb();
  await db.transaction((tx) =>
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
  return { ok: true } as const;
});

/** Ends a suspension: the organization's published postings that have not expired are public again. */
export const reinstateOrganization = guardedAction({ kind: "admin" }, decisionWithReasonSchema, async (input, { viewer }) => {
  const db = await getDb();
  await db.transaction((tx) =>
    decide(tx, { organizationId: input.organizationId, from: ["suspended"], to: "approved", reason: null, actorUserId: viewer.id, action: "organization.reinstate", auditReason: input.reason }, (name, slug) => ({
      subject: "Your organization is approved again",
      text: [`${name} is no longer suspended on the ${site.name}. Its published postings are public again.`, "", `Your dashboard: ${siteUrl()}/dashboard/${slug}`].join("\n"),
    })),
  );
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
    await writeAudit(tx, { actorUserId: viewer.id, action: "organization.review", targetType: "organization", targetId: input.organizationId, details: checklist });
  });
  return { ok: true } as const;
});
