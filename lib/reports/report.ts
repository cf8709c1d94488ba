import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { opportunities, organizations, reports, users } from "@/db/schema";
import { ActionError, guardedAction } from "@/lib/actions/guard";
import { enqueueMail } from "@/lib/email/outbox";
import { isPublicOpportunity } from "@/lib/public-postings";
import { site, siteUrl } from "@/lib/site";
import { parseSlug } from "@/lib/slug";
import { reportReasonLabels, reportSchema } from "./schemas";

/** Per client address: enough for a person who finds several bad listings, too few to flood the admins. */
const REPORTS_PER_ADDRESS = { name: "report", limit: 5, windowSeconds: 60 * 60 };

const NOT_PUBLIC = "This listing is no longer on the site, so it cannot be reported.";

export type ReportResult = { ok: true };

/**
 * "Report this listing": anyone may report a public posting. The report and
 * the admins' notice are written in one transaction, so a report is never
 * stored without the admins hearing of it. Nothing about the person who
 * reports is kept: the rate limit counts a hash of their address, the report
 * holds only the reason and what they chose to write.
 */
export function reportOpportunity(slug: string) {
  return guardedAction({ kind: "public", rateLimit: REPORTS_PER_ADDRESS }, reportSchema, async (input): Promise<ReportResult> => {
    // A filled honeypot is a bot: answer as if all went well, write nothing.
    if (input.leave_blank) return { ok: true };

    const publicSlug = parseSlug(slug);
    if (!publicSlug) throw new ActionError(NOT_PUBLIC);
    const db = await getDb();
    const [posting] = await db
      .select({ id: opportunities.id, title: opportunities.title })
      .from(opportunities)
      .innerJoin(organizations, eq(organizations.id, opportunities.organizationId))
      .where(and(eq(opportunities.slug, publicSlug), isPublicOpportunity))
      .limit(1);
    if (!posting) throw new ActionError(NOT_PUBLIC);

    await db.transaction(async (tx) => {
      await tx.insert(reports).values({ opportunityId: posting.id, reason: input.reason, details: input.details ?? null });
      const admins = await tx
        .select({ email: users.email })
        .from(users)
        .where(and(eq(users.role, "admin"), isNull(users.disabledAt)));
      // The subject says only that there is a report; what was written stays on the admin page.
      await enqueueMail(
        tx,
        admins.map((admin) => ({
          to: admin.email,
          subject: "A listing was reported",
          text: [
            `Someone reported the listing "${posting.title}" on the ${site.name}.`,
            `Reason: ${reportReasonLabels[input.reason]}`,
            "",
            `Read the report and act on it: ${siteUrl()}/admin/reports`,
          ].join("\n"),
        })),
      );
    });
    return { ok: true } as const;
  });
}
