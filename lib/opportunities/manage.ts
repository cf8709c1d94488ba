import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { opportunities, opportunityCounties } from "@/db/schema";
import { ActionError, guardedAction } from "@/lib/actions/guard";
import { writeAudit } from "@/lib/audit/audit";
import type { OrganizationAccess } from "@/lib/auth/permissions";
import { countyIdsOf } from "@/lib/organizations/counties";
import { slugWithSuffix } from "@/lib/slug";
import { RENEW_WITHIN_DAYS } from "./commands";
import { DEFAULT_LIFETIME_DAYS, opportunitySchema, opportunityUpdateSchema, postingCommandSchema, type OpportunityData } from "./schemas";

/**
 * A coordinator's work on postings. Every statement is scoped by the
 * organization the guard granted (STYLE.md 4): another organization's posting
 * id matches no row, changes nothing and reveals nothing.
 */

const NOT_FOUND = "This posting was not found.";

/** A new draft. Anything may be saved as a draft; publishing is a separate step. */
export const createPosting = guardedAction({ kind: "member", capability: "draft" }, opportunitySchema, async (input, { viewer, access }) => {
  const db = await getDb();
  const id = await db.transaction(async (tx) => {
    const countyIds = await countyIdsOf(tx, input.statewide ? [] : input.counties);
    const [row] = await tx
      .insert(opportunities)
      .values({ ...columnsOf(input), organizationId: access.organizationId, slug: slugWithSuffix(input.title, "opportunity"), status: "draft" })
      .returning({ id: opportunities.id });
    await setPostingCounties(tx, row!.id, countyIds);
    await writeAudit(tx, { actorUserId: viewer.id, action: "opportunity.create", targetType: "opportunity", targetId: row!.id });
    return row!.id;
  });
  return { ok: true, id } as const;
});

/** Saves an edit. A published posting stays published, with the new text shown at once. */
export const updatePosting = guardedAction({ kind: "member", capability: "draft" }, opportunityUpdateSchema, async (input, { viewer, access }) => {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const countyIds = await countyIdsOf(tx, input.statewide ? [] : input.counties);
    const updated = await tx
      .update(opportunities)
      .set({ ...columnsOf(input), updatedAt: sql`now()` })
      .where(ownPosting(access, input.opportunityId))
      .returning({ id: opportunities.id });
    if (updated.length === 0) throw new ActionError(NOT_FOUND);
    await setPostingCounties(tx, input.opportunityId, countyIds);
    await writeAudit(tx, { actorUserId: viewer.id, action: "opportunity.update", targetType: "opportunity", targetId: input.opportunityId });
  });
  return { ok: true, id: input.opportunityId } as const;
});

/** Draft or closed → published. An expired posting must be renewed first. */
export const publishPosting = postingCommand("publish", "opportunity.publish", sql`${opportunities.status} in ('draft', 'closed') and ${opportunities.expiresAt} > now() and ${opportunities.moderationReason} is null`, {
  status: "published",
  publishedAt: sql`coalesce(${opportunities.publishedAt}, now())`,
  closedAt: null,
}, "Only a draft or a closed posting that has not expired can be published. Renew an expired posting first; a posting an admin unpublished waits for the admin.");

/** Published → closed: it leaves the public site and takes no more responses. */
export const closePosting = postingCommand("publish", "opportunity.close", sql`${opportunities.status} = 'published'`, {
  status: "closed",
  closedAt: sql`now()`,
}, "Only a published posting can be closed.");

/** Closed → published again, until its expiry. */
export const reopenPosting = postingCommand("publish", "opportunity.reopen", sql`${opportunities.status} = 'closed' and ${opportunities.expiresAt} > now() and ${opportunities.moderationReason} is null`, {
  status: "published",
  closedAt: null,
}, "Only a closed posting that has not expired can be reopened. Renew it instead.");

/**
 * An expired posting, or a published one in its last RENEW_WITHIN_DAYS days
 * (when its team is reminded), gets another DEFAULT_LIFETIME_DAYS days from
 * now and is published (again).
 */
export const renewPosting = postingCommand("publish", "opportunity.renew", sql`(${opportunities.expiresAt} <= now() or (${opportunities.status} = 'published' and ${opportunities.expiresAt} <= now() + make_interval(days => ${RENEW_WITHIN_DAYS}))) and ${opportunities.moderationReason} is null`, {
  status: "published",
  publishedAt: sql`coalesce(${opportunities.publishedAt}, now())`,
  closedAt: null,
  expiresAt: sql`now() + make_interval(days => ${DEFAULT_LIFETIME_DAYS})`,
}, `Only an expired posting, or a published one in its last ${RENEW_WITHIN_DAYS} days, can be renewed.`);

/** A copy as a new draft, for next year's event or a second shift. */
export const duplicatePosting = guardedAction({ kind: "member", capability: "draft" }, postingCommandSchema, async (input, { viewer, access }) => {
  const db = await getDb();
  const id = await db.transaction(async (tx) => {
    const [source] = await tx.select().from(opportunities).where(ownPosting(access, input.opportunityId)).limit(1);
    if (!source) throw new ActionError(NOT_FOUND);
    const copy = { ...source } as Partial<typeof source>;
    for (const key of ["id", "slug", "searchVector", "createdAt", "updatedAt", "publishedAt", "closedAt"] as const) delete copy[key];
    const [row] = await tx
      .insert(opportunities)
      .values({
        ...(copy as Omit<typeof source, "id" | "slug" | "searchVector">),
        slug: slugWithSuffix(source.title, "opportunity"),
        status: "draft",
        // A copy of an expired posting gets a fresh lifetime.
        expiresAt: new Date(Math.max(source.expiresAt.getTime(), Date.now() + DEFAULT_LIFETIME_DAYS * 86_400_000)),
      })
      .returning({ id: opportunities.id });
    const served = await tx.select({ countyId: opportunityCounties.countyId }).from(opportunityCounties).where(eq(opportunityCounties.opportunityId, source.id));
    await setPostingCounties(tx, row!.id, served.map((s) => s.countyId));
    await writeAudit(tx, { actorUserId: viewer.id, action: "opportunity.duplicate", targetType: "opportunity", targetId: row!.id, details: { from: source.id } });
    return row!.id;
  });
  return { ok: true, id } as const;
});

/** A status change of one posting, allowed only from the states `from` accepts. */
function postingCommand(capability: "publish", action: string, from: SQL, changes: Partial<Record<keyof typeof opportunities.$inferInsert, unknown>>, refusal: string) {
  return guardedAction({ kind: "member", capability }, postingCommandSchema, async (input, { viewer, access }) => {
    const db = await getDb();
    await db.transaction(async (tx) => {
      const changed = await tx
        .update(opportunities)
        .set({ ...(changes as Partial<typeof opportunities.$inferInsert>), updatedAt: sql`now()` })
        .where(and(ownPosting(access, input.opportunityId), from))
        .returning({ id: opportunities.id });
      if (changed.length === 0) {
        const [exists] = await tx.select({ id: opportunities.id }).from(opportunities).where(ownPosting(access, input.opportunityId)).limit(1);
        throw new ActionError(exists ? refusal : NOT_FOUND);
      }
      await writeAudit(tx, { actorUserId: viewer.id, action, targetType: "opportunity", targetId: input.opportunityId });
    });
    return { ok: true, id: input.opportunityId } as const;
  });
}

function ownPosting(access: OrganizationAccess, opportunityId: number): SQL {
  return and(eq(opportunities.id, opportunityId), eq(opportunities.organizationId, access.organizationId))!;
}

function columnsOf(input: OpportunityData) {
  return {
    title: input.title,
    summary: input.summary,
    description: input.description,
    type: input.type,
    skillLevel: input.skillLevel,
    causes: input.causes,
    statewide: input.statewide,
    remote: input.remote,
    town: input.town ?? null,
    schedule: input.schedule ?? null,
    startsAt: input.startsAt ?? null,
    endsAt: input.endsAt ?? null,
    eventReminders: input.eventReminders,
    commitment: input.commitment ?? null,
    minimumAge: input.minimumAge ?? null,
    backgroundCheck: input.backgroundCheck,
    trainingProvided: input.trainingProvided,
    trainingDetails: input.trainingDetails ?? null,
    requirements: input.requirements ?? null,
    spots: input.spots ?? null,
    expiresAt: input.expiresOn,
  };
}

async function setPostingCounties(tx: Transaction, opportunityId: number, countyIds: number[]): Promise<void> {
  await tx.delete(opportunityCounties).where(eq(opportunityCounties.opportunityId, opportunityId));
  if (countyIds.length > 0) await tx.insert(opportunityCounties).values(countyIds.map((countyId) => ({ opportunityId, countyId })));
}

