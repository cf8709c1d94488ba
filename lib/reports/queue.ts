import "server-only";
import { and, asc, count, eq, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { opportunities, organizations, reports, users } from "@/db/schema";
import { ActionError, guardedAction } from "@/lib/actions/guard";
import { writeAudit } from "@/lib/audit/audit";
import type { AdminAccess } from "@/lib/auth/permissions";
import { isPublicOpportunity } from "@/lib/public-postings";
import { handleReportSchema, type ReportFilter, type ReportStatus } from "./schemas";
import { pageCountOf, pageOffset } from "@/lib/lists/lists";

const REPORTS_PAGE_SIZE = 25;

/**
 * The admins' queue of reports: open ones first, and within each status the
 * oldest first, so nothing waits at the bottom. Each report comes with what an
 * admin needs to act on it: the posting (and whether it is public right now)
 * and its organization.
 */
export async function listReports(_admin: AdminAccess, filters: { status: ReportFilter; page: number }) {
  const db = await getDb();
  const where: SQL | undefined = filters.status === "all" ? undefined : eq(reports.status, filters.status);
  const page = Math.max(1, Math.floor(filters.page));
  const [rows, [counted]] = await Promise.all([
    db
      .select({
        id: reports.id,
        reason: reports.reason,
        details: reports.details,
        status: reports.status,
        createdAt: reports.createdAt,
        handledAt: reports.handledAt,
        handledByName: users.name,
        resolution: reports.resolution,
        posting: {
          id: opportunities.id,
          slug: opportunities.slug,
          title: opportunities.title,
          status: opportunities.status,
          unpublished: sql<boolean>`${opportunities.moderationReason} is not null`,
          isPublic: sql<boolean>`coalesce(${isPublicOpportunity}, false)`,
        },
        organization: { id: organizations.id, slug: organizations.slug, name: organizations.name, status: organizations.status },
      })
      .from(reports)
      .innerJoin(opportunities, eq(opportunities.id, reports.opportunityId))
      .innerJoin(organizations, eq(organizations.id, opportunities.organizationId))
      .leftJoin(users, eq(users.id, reports.handledByUserId))
      .where(where)
      .orderBy(sql`case when ${reports.status} = 'open' then 0 else 1 end`, asc(reports.createdAt), asc(reports.id))
      .limit(REPORTS_PAGE_SIZE)
      .offset(pageOffset(page, REPORTS_PAGE_SIZE)),
    db.select({ total: count() }).from(reports).where(where),
  ]);
  const now = Date.now();
  const total = counted?.total ?? 0;
  return {
    items: rows.map((row) => ({ ...row, age: describeAge(now - row.createdAt.getTime()) })),
    total,
    page,
    pageCount: pageCountOf(total, REPORTS_PAGE_SIZE),
  };
}

type ReportQueuePage = Awaited<ReturnType<typeof listReports>>;
export type QueuedReport = ReportQueuePage["items"][number];

/** How long a report has waited, in the largest unit that reads naturally. */
function describeAge(milliseconds: number): string {
  const hours = Math.floor(milliseconds / 3_600_000);
  if (hours < 1) return "less than an hour";
  if (hours < 48) return `${hours} ${hours === 1 ? "hour" : "hours"}`;
  return `${Math.floor(hours / 24)} days`;
}

/**
 * Closes an open report. Only an open report changes, so two admins acting at
 * once cannot both handle it; the audit row, on the posting the report is
 * about, is written in the same transaction (invariant 6).
 */
function handleReport(to: Exclude<ReportStatus, "open">, action: "report.resolve" | "report.dismiss") {
  return guardedAction({ kind: "admin" }, handleReportSchema, async (input, { viewer }) => {
    const db = await getDb();
    await db.transaction(async (tx) => {
      const [report] = await tx
        .update(reports)
        .set({ status: to, handledByUserId: viewer.id, handledAt: sql`now()`, resolution: input.resolution ?? null })
        .where(and(eq(reports.id, input.reportId), eq(reports.status, "open")))
        .returning({ id: reports.id, opportunityId: reports.opportunityId });
      if (!report) throw new ActionError("This report was not found, or it has already been handled. Reload the page to see it.");
      await writeAudit(tx, {
        actorUserId: viewer.id,
        action,
        targetType: "opportunity",
        targetId: report.opportunityId,
        reason: input.resolution ?? null,
        details: { reportId: report.id },
      });
    });
    return { ok: true } as const;
  });
}

export const resolveReport = handleReport("resolved", "report.resolve");
export const dismissReport = handleReport("dismissed", "report.dismiss");
