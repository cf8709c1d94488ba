import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb, rowsOf } from "@/db/client";
import { outbox } from "@/db/schema";
import type { Transport } from "./transport";

/** After this many failed attempts a mail is marked failed (an admin can retry it). */
export const MAX_ATTEMPTS = 12;
/** A claimed mail is due again after this long if its sender died mid-send. */
const LEASE_SECONDS = 120;

/** 30 s, 1 min, 2 min … doubling, at most 6 hours. */
export function backoffSeconds(attempts: number): number {
  return Math.min(30 * 2 ** Math.max(0, attempts - 1), 6 * 60 * 60);
}

export type DeliveryReport = { sent: number; failed: number; gaveUp: number };

/**
 * Delivers the mail that is due. Rows are claimed with FOR UPDATE SKIP LOCKED
 * and leased (next_attempt_at pushed forward) in one short statement, so any
 * number of app servers can run this at once without sending a mail twice;
 * the SMTP conversation happens outside any transaction.
 */
export async function deliverDueMail(transport: Transport, batchSize = 20): Promise<DeliveryReport> {
  const db = await getDb();
  const claimed = rowsOf<{ id: number; to: string; subject: string; text: string; attempts: number }>(
    await db.execute(sql`
      update ${outbox} set attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => ${LEASE_SECONDS})
      where id in (
        select id from ${outbox} where status = 'pending' and next_attempt_at <= now()
        order by next_attempt_at, id limit ${batchSize}
        for update skip locked)
      returning id, "to", subject, text, attempts`),
  );

  const report: DeliveryReport = { sent: 0, failed: 0, gaveUp: 0 };
  for (const mail of claimed) {
    try {
      await transport.send(mail);
      await db.update(outbox).set({ status: "sent", sentAt: new Date(), lastError: null }).where(eq(outbox.id, mail.id));
      report.sent++;
    } catch (error) {
      const gaveUp = mail.attempts >= MAX_ATTEMPTS;
      await db
        .update(outbox)
        .set({
          status: gaveUp ? "failed" : "pending",
          lastError: describeFailure(error),
          nextAttemptAt: sql`now() + make_interval(secs => ${backoffSeconds(mail.attempts)})`,
        })
        .where(eq(outbox.id, mail.id));
      if (gaveUp) report.gaveUp++;
      else report.failed++;
    }
  }
  if (report.failed + report.gaveUp > 0) {
    console.warn(`[mail] ${report.failed} deliveries will be retried, ${report.gaveUp} gave up`);
  }
  return report;
}

/**
 * Why a delivery failed, in words that never include an address: SMTP
 * replies often quote the recipient, so only the code is kept.
 */
function describeFailure(error: unknown): string {
  if (error && typeof error === "object") {
    const { code, responseCode } = error as { code?: unknown; responseCode?: unknown };
    if (typeof responseCode === "number") return `SMTP reply ${responseCode}`;
    if (typeof code === "string" && /^[A-Z_]+$/.test(code)) return `delivery failed (${code})`;
  }
  return "delivery failed";
}
