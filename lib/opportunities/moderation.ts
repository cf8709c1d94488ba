import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { opportunities, organizations } from "@/db/schema";
import { ActionError, guardedAction } from "@/lib/actions/guard";
import { writeAudit } from "@/lib/audit/audit";
import { enqueueMail } from "@/lib/email/outbox";
import { allowRepublishSchema, unpublishSchema } from "@/lib/organizations/moderation-schemas";
import { site, siteUrl } from "@/lib/site";
import { enabledMemberAddresses } from "@/lib/organizations/team-queries";

/**
 * An admin takes a posting off the public site with a reason. It stays down
 * until an admin allows it again: its coordinators read why on their
 * dashboard and by mail, and may edit it meanwhile.
 */
export const unpublishPosting = guardedAction({ kind: "admin" }, unpublishSchema, async (input, { viewer }) => {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [posting] = await tx
      .update(opportunities)
      .set({
        status: sql`case when ${opportunities.status} = 'published' then 'closed'::opportunity_status else ${opportunities.status} end`,
        closedAt: sql`case when ${opportunities.status} = 'published' then now() else ${opportunities.closedAt} end`,
        moderationReason: input.reason,
        moderatedAt: sql`now()`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(opportunities.id, input.opportunityId), isNull(opportunities.moderationReason)))
      .returning({ id: opportunities.id, title: opportunities.title, organizationId: opportunities.organizationId });
    if (!posting) throw new ActionError("This posting was not found, or it is already unpublished.");
    await writeAudit(tx, { actorUserId: viewer.id, action: "opportunity.unpublish", targetType: "opportunity", targetId: posting.id, reason: input.reason });
    const [organization] = await tx.select({ slug: organizations.slug }).from(organizations).where(eq(organizations.id, posting.organizationId));
    const members = await enabledMemberAddresses(tx, posting.organizationId);
    await enqueueMail(
      tx,
      members.map((member) => ({
        to: member.email,
        subject: "A posting of yours was unpublished",
        text: [
          `The ${site.name} team took your posting "${posting.title}" off the public site.`,
          "",
          "The reason given:",
          input.reason,
          "",
          `You can edit it on your dashboard; reply to this message when it is ready to be shown again: ${siteUrl()}/dashboard/${organization!.slug}/postings/${posting.id}`,
        ].join("\n"),
      })),
    );
  });
  return { ok: true } as const;
});

/** Lets the coordinators publish an unpublished posting again (it stays closed until they do). */
export const allowRepublishing = guardedAction({ kind: "admin" }, allowRepublishSchema, async (input, { viewer }) => {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [previous] = await tx
      .select({ reason: opportunities.moderationReason })
      .from(opportunities)
      .where(and(eq(opportunities.id, input.opportunityId), sql`${opportunities.moderationReason} is not null`))
      .for("update");
    if (!previous) throw new ActionError("This posting was not found, or it is not unpublished.");
    await tx.update(opportunities).set({ moderationReason: null, moderatedAt: null, updatedAt: sql`now()` }).where(eq(opportunities.id, input.opportunityId));
    await writeAudit(tx, {
      actorUserId: viewer.id,
      action: "opportunity.allow_republishing",
      targetType: "opportunity",
      targetId: input.opportunityId,
      reason: input.reason ?? `Allowed again; it was unpublished because: ${previous.reason}`,
    });
  });
  return { ok: true } as const;
});
