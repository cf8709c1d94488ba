import "server-only";
import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { counties, organizations, type PendingChanges } from "@/db/schema";
import { ActionError, guardedAction } from "@/lib/actions/guard";
import type { AdminAccess, OrganizationAccess } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/audit";
import { enqueueMail } from "@/lib/email/outbox";
import { organizationKindLabels } from "@/lib/vocabulary";
import { site, siteUrl } from "@/lib/site";
import { countiesServedByOrganization, countyIdsOf, setOrganizationCounties } from "./counties";
import { approveSchema, decisionWithReasonSchema } from "./moderation-schemas";
import { enabledMemberAddresses } from "./team-queries";

/**
 * Who a vetted organization is: what an admin checked before approving it.
 * A change to any of these, or a county added (which widens whom it can find
 * among volunteers), waits for an admin; everything else applies at once.
 */
type Identity = { name: string; kind: NonNullable<PendingChanges["kind"]>; website: string | null; ein: string | null; counties: string[] };

/** What an organization that has not been vetted yet (pending or rejected) changes without review. */
export const needsReview = (status: (typeof organizations.$inferSelect)["status"]) => status === "approved" || status === "suspended";

/**
 * Splits an owner's edit of a vetted organization: the identity it keeps for
 * now (the vetted values, with counties removed at once since that only
 * narrows), and what waits for an admin (null when nothing differs).
 */
export function holdBack(vetted: Identity, asked: Identity): { now: Identity; waiting: PendingChanges | null } {
  const waiting: PendingChanges = {};
  if (asked.name !== vetted.name) waiting.name = asked.name;
  if (asked.kind !== vetted.kind) waiting.kind = asked.kind;
  if (asked.website !== vetted.website) waiting.website = asked.website;
  if (asked.ein !== vetted.ein) waiting.ein = asked.ein;
  const added = asked.counties.some((slug) => !vetted.counties.includes(slug));
  if (added) waiting.counties = [...asked.counties].sort();
  const now = { ...vetted, counties: vetted.counties.filter((slug) => asked.counties.includes(slug)) };
  return { now, waiting: Object.keys(waiting).length > 0 ? waiting : null };
}

/** The counties an organization serves, as slugs. */
export async function servedCountySlugs(tx: Transaction, organizationId: number): Promise<string[]> {
  return (await countiesServedByOrganization(tx, organizationId)).map((county) => county.slug).sort();
}

export type ChangeLine = { label: string; from: string; to: string };

/** The waiting changes in words, for the admins' queue and the owner's profile page. */
async function describeChanges(vetted: Omit<Identity, "counties"> & { counties: string[] }, waiting: PendingChanges): Promise<ChangeLine[]> {
  const lines: ChangeLine[] = [];
  const none = "none given";
  if (waiting.name !== undefined) lines.push({ label: "Name", from: vetted.name, to: waiting.name });
  if (waiting.kind !== undefined) lines.push({ label: "Kind", from: organizationKindLabels[vetted.kind], to: organizationKindLabels[waiting.kind] });
  if (waiting.website !== undefined) lines.push({ label: "Website", from: vetted.website ?? none, to: waiting.website ?? none });
  if (waiting.ein !== undefined) lines.push({ label: "EIN", from: vetted.ein ?? none, to: waiting.ein ?? none });
  if (waiting.counties !== undefined) {
    const db = await getDb();
    const names = new Map((await db.select({ slug: counties.slug, name: counties.name }).from(counties)).map((county) => [county.slug, county.name]));
    const inWords = (slugs: string[]) => slugs.map((slug) => names.get(slug) ?? slug).sort().join(", ") || none;
    lines.push({ label: "Counties", from: inWords(vetted.counties), to: inWords(waiting.counties) });
  }
  return lines;
}

/** Vetted organizations with changes waiting, oldest request first, each with its changes in words. */
export async function listOrganizationsWithChanges(_admin: AdminAccess) {
  const db = await getDb();
  const rows = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      kind: organizations.kind,
      website: organizations.website,
      ein: organizations.ein,
      status: organizations.status,
      pendingChanges: organizations.pendingChanges,
      changesRequestedAt: organizations.changesRequestedAt,
    })
    .from(organizations)
    .where(isNotNull(organizations.pendingChanges))
    .orderBy(asc(organizations.changesRequestedAt), asc(organizations.id))
    .limit(100);
  return Promise.all(
    rows.map(async (row) => {
      const served = await db.transaction((tx) => servedCountySlugs(tx, row.id));
      return { ...row, changes: await describeChanges({ ...row, counties: served }, row.pendingChanges!) };
    }),
  );
}

type WaitingChanges = { lines: ChangeLine[]; requestedAt: Date | null; asked: PendingChanges | null };

/**
 * The changes waiting for one organization, in words; empty when none. Read
 * by its owner on the profile page, or by an admin about any organization.
 */
export function waitingChangesOf(access: OrganizationAccess<"profile">): Promise<WaitingChanges>;
export function waitingChangesOf(admin: AdminAccess, organizationId: number): Promise<WaitingChanges>;
export async function waitingChangesOf(access: OrganizationAccess<"profile"> | AdminAccess, adminsChoice?: number): Promise<WaitingChanges> {
  const organizationId = "organizationId" in access ? access.organizationId : adminsChoice!;
  const db = await getDb();
  const [row] = await db
    .select({ name: organizations.name, kind: organizations.kind, website: organizations.website, ein: organizations.ein, pendingChanges: organizations.pendingChanges, changesRequestedAt: organizations.changesRequestedAt })
    .from(organizations)
    .where(eq(organizations.id, organizationId))
    .limit(1);
  if (!row?.pendingChanges) return { lines: [], requestedAt: null, asked: null };
  const served = await db.transaction((tx) => servedCountySlugs(tx, organizationId));
  return { lines: await describeChanges({ ...row, counties: served }, row.pendingChanges), requestedAt: row.changesRequestedAt, asked: row.pendingChanges };
}

const NOTHING_WAITING = "No changes of this organization are waiting for review. Reload the page to see it as it is now.";

/** Takes the waiting changes off an organization, locked, for one admin's decision. */
async function takeWaiting(tx: Transaction, organizationId: number) {
  const [row] = await tx
    .select({ id: organizations.id, name: organizations.name, slug: organizations.slug, pendingChanges: organizations.pendingChanges })
    .from(organizations)
    .where(and(eq(organizations.id, organizationId), isNotNull(organizations.pendingChanges)))
    .for("update")
    .limit(1);
  if (!row?.pendingChanges) throw new ActionError(NOTHING_WAITING);
  return { ...row, pendingChanges: row.pendingChanges };
}

async function tellMembers(tx: Transaction, organizationId: number, subject: string, text: string) {
  const members = await enabledMemberAddresses(tx, organizationId);
  await enqueueMail(tx, members.map((member) => ({ to: member.email, subject, text })));
}

/** An admin approves the waiting changes: they become the organization's vetted identity. */
export const approveOrganizationChanges = guardedAction({ kind: "admin" }, approveSchema, async (input, { viewer }) => {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const { id, slug, pendingChanges: changes } = await takeWaiting(tx, input.organizationId);
    await tx
      .update(organizations)
      .set({
        ...(changes.name !== undefined && { name: changes.name }),
        ...(changes.kind !== undefined && { kind: changes.kind }),
        ...(changes.website !== undefined && { website: changes.website }),
        ...(changes.ein !== undefined && { ein: changes.ein }),
        pendingChanges: null,
        changesRequestedAt: null,
        updatedAt: sql`now()`,
      })
      .where(eq(organizations.id, id));
    if (changes.counties) await setOrganizationCounties(tx, id, await countyIdsOf(tx, changes.counties));
    await writeAudit(tx, { actorUserId: viewer.id, action: "organization.changes_approve", targetType: "organization", targetId: id, details: changes });
    await tellMembers(
      tx,
      id,
      "Your organization's changes were approved",
      `An admin of the ${site.name} approved the changes to your organization's profile. Volunteers see them now.\n\n${siteUrl()}/dashboard/${slug}/profile`,
    );
  });
  return { ok: true } as const;
});

/** An admin turns the waiting changes down, with a reason the owners read; the vetted values stay. */
export const rejectOrganizationChanges = guardedAction({ kind: "admin" }, decisionWithReasonSchema, async (input, { viewer }) => {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const { id, slug, pendingChanges: changes } = await takeWaiting(tx, input.organizationId);
    await tx.update(organizations).set({ pendingChanges: null, changesRequestedAt: null, updatedAt: sql`now()` }).where(eq(organizations.id, id));
    await writeAudit(tx, { actorUserId: viewer.id, action: "organization.changes_reject", targetType: "organization", targetId: id, reason: input.reason, details: changes });
    await tellMembers(
      tx,
      id,
      "Your organization's changes were not approved",
      [
        `An admin of the ${site.name} did not approve the changes to your organization's profile. Volunteers keep seeing it as it was.`,
        "",
        `The reason given: ${input.reason}`,
        "",
        `${siteUrl()}/dashboard/${slug}/profile`,
      ].join("\n"),
    );
  });
  return { ok: true } as const;
});
