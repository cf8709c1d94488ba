import "server-only";
import { and, asc, count, desc, eq, gte, ilike, inArray, lt, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "@/lib/zod";
import { getDb } from "@/db/client";
import { auditLog, opportunities, organizations, users } from "@/db/schema";
import type { AdminAccess } from "@/lib/auth/permissions";
import { fromLocalInput } from "@/lib/format";
import { containsPattern } from "@/lib/text-match";
import type { AuditEntry } from "./audit";
import { isPublicOpportunity } from "@/lib/public-postings";
import { describeAuditEntry, referencesOf, type AuditNames } from "./describe";
import { firstParam, listQueryString, pageCountOf, pageOffset, pageParamSchema } from "@/lib/lists/lists";

/**
 * The admins' reading of the audit log (invariant 6): newest first, filtered
 * by action, target type, the actor's e-mail address and a date range, all
 * carried in the page's address.
 */

export const AUDIT_PAGE_SIZE = 50;

/** Every target type writeAudit accepts: the Record's keys must match AuditEntry's union, so a new one shows up here. */
export const auditTargetTypeLabels: Record<AuditEntry["targetType"], string> = {
  organization: "Organization",
  opportunity: "Posting",
  response: "Response",
  user: "User",
  membership: "Membership",
  invitation: "Invitation",
  mail: "Mail",
  report: "Report",
  client: "Client (hashed address)",
};
const TARGET_TYPES = Object.keys(auditTargetTypeLabels) as [AuditEntry["targetType"], ...AuditEntry["targetType"][]];

/** A day as `<input type="date">` sends it, and only a day that exists. */
const daySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((day) => fromLocalInput(`${day}T00:00`) !== null);

/** Each parameter is read on its own and dropped when it does not parse, so an edited address still shows the log. */
const lenient = <T extends z.ZodType>(schema: T) => z.preprocess(firstParam, schema.optional()).catch(undefined);

const auditParamsSchema = z.object({
  action: lenient(z.string().trim().max(100).regex(/^[a-z0-9_.]+$/)),
  target: lenient(z.enum(TARGET_TYPES)),
  actor: lenient(z.string().trim().min(1).max(254)),
  from: lenient(daySchema),
  to: lenient(daySchema),
  page: pageParamSchema(),
});

export type AuditFilters = z.output<typeof auditParamsSchema>;

export function parseAuditParams(raw: Record<string, string | string[] | undefined>): AuditFilters {
  const parsed = auditParamsSchema.safeParse(raw);
  return parsed.success ? parsed.data : { action: undefined, target: undefined, actor: undefined, from: undefined, to: undefined, page: 1 };
}

/** The query string of an audit log address ("" when no filter is on); page 1 is left out. */
export function auditQueryString(filters: Partial<AuditFilters>): string {
  const { action, target, actor, from, to, page } = filters;
  return listQueryString({ action, target, actor, from, to, page });
}

/** The start of the day after `day` (YYYY-MM-DD) in Maine, so "to" includes the whole of its day. */
function startOfNextDay(day: string): Date | null {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
  return fromLocalInput(`${next}T00:00`);
}

const actor = alias(users, "actor");

/** One page of the log, newest first, with who acted and, for organizations, where their page is. */
export async function listAuditEntries(_admin: AdminAccess, filters: AuditFilters) {
  const db = await getDb();
  const conditions: SQL[] = [];
  if (filters.action) conditions.push(eq(auditLog.action, filters.action));
  if (filters.target) conditions.push(eq(auditLog.targetType, filters.target));
  if (filters.actor) conditions.push(ilike(actor.email, containsPattern(filters.actor)));
  const from = filters.from ? fromLocalInput(`${filters.from}T00:00`) : null;
  if (from) conditions.push(gte(auditLog.createdAt, from));
  const until = filters.to ? startOfNextDay(filters.to) : null;
  if (until) conditions.push(lt(auditLog.createdAt, until));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const page = Math.max(1, Math.floor(filters.page));

  const [rows, [counted]] = await Promise.all([
    db
      .select({
        id: auditLog.id,
        createdAt: auditLog.createdAt,
        action: auditLog.action,
        targetType: auditLog.targetType,
        targetId: auditLog.targetId,
        reason: auditLog.reason,
        details: auditLog.details,
        actorUserId: auditLog.actorUserId,
        actorName: actor.name,
        actorEmail: actor.email,
      })
      .from(auditLog)
      .leftJoin(actor, eq(actor.id, auditLog.actorUserId))
      .where(where)
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(AUDIT_PAGE_SIZE)
      .offset(pageOffset(page, AUDIT_PAGE_SIZE)),
    db.select({ total: count() }).from(auditLog).leftJoin(actor, eq(actor.id, auditLog.actorUserId)).where(where),
  ]);

  const names = await namesFor(rows);
  const total = counted?.total ?? 0;
  return {
    items: rows.map((row) => ({ ...row, sentence: describeAuditEntry(row, names) })),
    total,
    page,
    pageCount: pageCountOf(total, AUDIT_PAGE_SIZE),
  };
}

/**
 * The organizations, postings and accounts one page of the log points at,
 * looked up by id for this page only rather than joined on a text column over
 * the whole log. What no longer exists is simply missing.
 */
async function namesFor(rows: Parameters<typeof referencesOf>[0][]): Promise<AuditNames> {
  const wanted = { organizations: new Set<number>(), postings: new Set<number>(), users: new Set<number>() };
  for (const row of rows) {
    const found = referencesOf(row);
    for (const kind of ["organizations", "postings", "users"] as const) for (const id of found[kind]) wanted[kind].add(id);
  }
  const db = await getDb();
  const postingRows =
    wanted.postings.size === 0
      ? []
      : await db
          .select({ id: opportunities.id, title: opportunities.title, slug: opportunities.slug, organizationId: opportunities.organizationId, isPublic: sql<boolean>`${isPublicOpportunity}` })
          .from(opportunities)
          .innerJoin(organizations, eq(organizations.id, opportunities.organizationId))
          .where(inArray(opportunities.id, [...wanted.postings]));
  for (const posting of postingRows) wanted.organizations.add(posting.organizationId);
  const [organizationRows, userRows] = await Promise.all([
    wanted.organizations.size === 0 ? [] : db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(inArray(organizations.id, [...wanted.organizations])),
    wanted.users.size === 0 ? [] : db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, [...wanted.users])),
  ]);
  return {
    organizations: new Map(organizationRows.map((row) => [row.id, { name: row.name }])),
    postings: new Map(postingRows.map((row) => [row.id, { title: row.title, organizationId: row.organizationId, publicSlug: row.isPublic ? row.slug : null }])),
    users: new Map(userRows.map((row) => [row.id, { name: row.name }])),
  };
}

export type AuditLogPage = Awaited<ReturnType<typeof listAuditEntries>>;

/** The actions the log holds, for the filter's list. */
export async function listAuditActions(_admin: AdminAccess): Promise<string[]> {
  const db = await getDb();
  const rows = await db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action));
  return rows.map((row) => row.action);
}
