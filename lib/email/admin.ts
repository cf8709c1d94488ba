import "server-only";
import { and, count, desc, eq, sql } from "drizzle-orm";
import { z } from "@/lib/zod";
import { getDb } from "@/db/client";
import { outbox } from "@/db/schema";
import { OUTBOX_STATUSES, type OutboxStatus } from "@/db/values";
import { ActionError, guardedAction } from "@/lib/actions/guard";
import { writeAudit } from "@/lib/audit/audit";
import type { Viewer } from "@/lib/auth/viewer";
import { idSchema } from "@/lib/forms/schema-parts";

/**
 * The admins' view of the outbox (invariant 7): what is waiting, what went
 * and what gave up, and a retry for what gave up. A mail's body is never
 * read here: it can hold a volunteer's name, address and message.
 */

export { OUTBOX_STATUSES, type OutboxStatus };
export const outboxStatusLabels: Record<OutboxStatus, string> = { pending: "Waiting", sent: "Sent", failed: "Failed" };

export const OUTBOX_PAGE_SIZE = 50;
const MAX_PAGE = 10_000;

const first = (value: unknown) => {
  const one = Array.isArray(value) ? value[0] : value;
  return one === "" ? undefined : one;
};

/** Read leniently: a value that does not parse is dropped, so an edited address still shows the list. */
export const outboxParamsSchema = z.object({
  status: z.preprocess(first, z.enum(OUTBOX_STATUSES).optional()).catch(undefined),
  page: z
    .preprocess(first, z.coerce.number().int().min(1).max(MAX_PAGE).optional())
    .catch(undefined)
    .transform((page) => page ?? 1),
});

export type OutboxFilters = z.output<typeof outboxParamsSchema>;

export function parseOutboxParams(raw: Record<string, string | string[] | undefined>): OutboxFilters {
  const parsed = outboxParamsSchema.safeParse(raw);
  return parsed.success ? parsed.data : { status: undefined, page: 1 };
}

/** The query string of an outbox address ("" for the first page of everything). */
export function outboxQueryString(filters: Partial<OutboxFilters>): string {
  const query = new URLSearchParams();
  if (filters.status) query.set("status", filters.status);
  if (filters.page !== undefined && filters.page > 1) query.set("page", String(filters.page));
  const text = query.toString();
  return text ? `?${text}` : "";
}

function assertAdmin(admin: Viewer): void {
  if (admin.role !== "admin") throw new Error("Only admins read the outbox.");
}

/** One page of mail, newest first, without its body; with how many mails each status holds. */
export async function listOutboxMail(admin: Viewer, filters: OutboxFilters) {
  assertAdmin(admin);
  const db = await getDb();
  const where = filters.status ? eq(outbox.status, filters.status) : undefined;
  const page = Math.max(1, Math.floor(filters.page));
  const [items, byStatus] = await Promise.all([
    db
      .select({
        id: outbox.id,
        to: outbox.to,
        subject: outbox.subject,
        status: outbox.status,
        attempts: outbox.attempts,
        nextAttemptAt: outbox.nextAttemptAt,
        lastError: outbox.lastError,
        sentAt: outbox.sentAt,
        createdAt: outbox.createdAt,
      })
      .from(outbox)
      .where(where)
      .orderBy(desc(outbox.createdAt), desc(outbox.id))
      .limit(OUTBOX_PAGE_SIZE)
      .offset((page - 1) * OUTBOX_PAGE_SIZE),
    db.select({ status: outbox.status, total: count() }).from(outbox).groupBy(outbox.status),
  ]);
  const counts: Record<OutboxStatus, number> = { pending: 0, sent: 0, failed: 0 };
  for (const row of byStatus) counts[row.status] = row.total;
  const total = filters.status ? counts[filters.status] : counts.pending + counts.sent + counts.failed;
  return { items, counts, total, page, pageCount: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)) };
}

export type OutboxPage = Awaited<ReturnType<typeof listOutboxMail>>;

export const retryMailSchema = z.object({ mailId: idSchema });

export const ONLY_FAILED_MAIL = "Only a mail that failed can be sent again. Reload the page to see its status.";

/**
 * Puts a mail that gave up back in the queue, due now. Its attempts start
 * again from 0: the sender gives up once a mail's attempts reach
 * MAX_ATTEMPTS and waits longest at high counts, so a kept count would allow
 * one more try after six hours instead of a fresh round of retries. The last
 * error stays until a delivery succeeds, so the admins still see why it failed.
 */
export const retryMail = guardedAction({ kind: "admin" }, retryMailSchema, async (input, { viewer }) => {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [previous] = await tx
      .select({ attempts: outbox.attempts })
      .from(outbox)
      .where(and(eq(outbox.id, input.mailId), eq(outbox.status, "failed")))
      .limit(1)
      .for("update");
    if (!previous) throw new ActionError(ONLY_FAILED_MAIL);
    await tx
      .update(outbox)
      .set({ status: "pending", attempts: 0, nextAttemptAt: sql`now()` })
      .where(and(eq(outbox.id, input.mailId), eq(outbox.status, "failed")));
    await writeAudit(tx, {
      actorUserId: viewer.id,
      action: "outbox.retry",
      targetType: "mail",
      targetId: input.mailId,
      reason: `Sent again after it gave up at ${previous.attempts} failed attempt${previous.attempts === 1 ? "" : "s"}.`,
      details: { attemptsBefore: previous.attempts },
    });
  });
  return { ok: true } as const;
});
