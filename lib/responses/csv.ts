import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { opportunities, responses } from "@/db/schema";
import { writeAudit } from "@/lib/audit/audit";
import type { OrganizationAccess } from "@/lib/auth/permissions";
import { toLocalInput } from "@/lib/format";
import { csvCell } from "./csv-cell";
import { inboxWhere } from "./inbox";
import { responseStatusLabels, type ResponseFilters } from "./inbox-schemas";

const HEADER = ["Posting", "Received", "Status", "Name", "E-mail", "Phone", "Availability", "Message"];

/**
 * The organization's responses (with the inbox's filters) as CSV, newest
 * first. Taking the volunteers' data out of the site is recorded in the
 * audit log, in the same transaction as the read, so no export goes unrecorded.
 */
export async function exportResponsesCsv(access: OrganizationAccess<"responses">, filters: ResponseFilters): Promise<string> {
  const db = await getDb();
  const rows = await db.transaction(async (tx) => {
    const found = await tx
      .select({
        postingTitle: opportunities.title,
        createdAt: responses.createdAt,
        status: responses.status,
        name: responses.name,
        email: responses.email,
        phone: responses.phone,
        availability: responses.availability,
        message: responses.message,
      })
      .from(responses)
      .innerJoin(opportunities, eq(opportunities.id, responses.opportunityId))
      .where(inboxWhere(access, filters))
      .orderBy(desc(responses.createdAt), desc(responses.id));
    await writeAudit(tx, {
      actorUserId: access.userId,
      action: "responses.export",
      targetType: "organization",
      targetId: access.organizationId,
      // Counts and ids only (audit.ts): the filters are a posting id and a status.
      details: { count: found.length, ...(filters.opportunityId !== undefined && { opportunityId: filters.opportunityId }), ...(filters.status && { status: filters.status }) },
    });
    return found;
  });

  const lines = [
    HEADER,
    ...rows.map((row) => [
      row.postingTitle,
      // Maine's wall-clock time in a form spreadsheets read as a date.
      toLocalInput(row.createdAt).replace("T", " "),
      responseStatusLabels[row.status],
      row.name,
      row.email,
      row.phone,
      row.availability,
      row.message,
    ]),
  ];
  // The byte-order mark makes Excel read the file as UTF-8, so names with accents survive.
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
