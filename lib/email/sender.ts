import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb, rowsOf } from "@/db/client";
import { outbox } from "@/db/schema";
import type { OutboxMail, Transport } from "./transport";

/** After this many failed attempts a mail is marked failed. */
export const MAX_ATTEMPTS = 12;
/**
 * A claimed mail is due again after this long if its sender died mid-send.
 * It must outlast a whole batch: the SMTP timeouts in transport.ts bound
 * each send to well under LEASE_SECONDS / batch size.
 */
export const LEASE_SECONDS = 600;

/** 30 s, 1 min, 2 min … doubling, at most 6 hours. */
export function backoffSeconds(attempts: number): number {
  return Math.min(30 * 2 ** Math.max(0, attempts - 1), 6 * 60 * 60);
}

export type DeliveryReport = { sent: number; failed: number; gaveUp: number };

/**
 * Delivers the mail that is due. Rows are claimed with FOR UPDATE SKIP LOCKED
 * and leased (next_attempt_at pushed forward, attempts counted) in one short
 * statement, so any number of app servers can run this at once; the SMTP
 * conversation happens outside any transaction. A sender records the outcome
 * only while its claim still holds (same attempt, still pending), so a sender
 * that outlived its lease can never undo another's delivery.
 *
 * Delivery is at least once: a crash between the SMTP server accepting a mail
 * and this recording it sends that mail again. Each mail carries a fixed
 * Message-ID so receiving servers can drop the repeat.
 */
export async function deliverDueMail(transport: Transport, batchSize = 20): Promise<DeliveryReport> {
  const db = await getDb();
  const claimed = rowsOf<OutboxMail & { attempts: number }>(
    await db.execute(sql`
      update ${outbox} set attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => ${LEASE_SECONDS})
      where id in (
        select id from ${outbox} where status = 'pending' and next_attempt_at <= now()
        order by next_attempt_at, id limit ${batchSize}
        for update skip locked)
      returning id, "to", subject, text, headers, attachments, attempts`),
  );

  const report: DeliveryReport = { sent: 0, failed: 0, gaveUp: 0 };
  for (const mail of claimed) {
    const stillOurs = and(eq(outbox.id, mail.id), eq(outbox.attempts, mail.attempts), eq(outbox.status, "pending"));
    let failure: unknown = null;
    try {
      await transport.send(mail);
    } catch (error) {
      failure = error ?? new Error("delivery failed");
    }
    if (failure === null) {
      await db.update(outbox).set({ status: "sent", sentAt: new Date(), lastError: null }).where(stillOurs);
      report.sent++;
      continue;
    }
    const gaveUp = mail.attempts >= MAX_ATTEMPTS;
    await db
      .update(outbox)
      .set({
        status: gaveUp ? "failed" : "pending",
        lastError: describeFailure(failure),
        nextAttemptAt: sql`now() + make_interval(secs => ${backoffSeconds(mail.attempts)})`,
      })
      .where(stillOurs);
    if (gaveUp) report.gaveUp++;
    else report.failed++;
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
