import "server-only";
import { deleteExpiredRateLimits } from "@/lib/rate-limit/rate-limit";
import { digestLagMs, sendDueDigests } from "@/lib/alerts/digest";
import { runRetention } from "@/lib/volunteers/retention";
import { deleteExpiredEndedSessions } from "@/lib/accounts/sign-out";
import { deleteExpiredChallenges } from "@/lib/auth/second-factor/challenge";
import { getDb } from "@/db/client";
import { setting } from "@/lib/settings";
import { processPasswordResetRequests } from "@/lib/accounts/accounts";
import { deliverDueMail } from "@/lib/email/sender";
import { configuredTransport } from "@/lib/email/transport";
import { forgetOldReminders, sendDueReminders } from "@/lib/reminders/reminders";

const globalForWorker = globalThis as unknown as { volunteerMailWorker?: NodeJS.Timeout };

/** The retention job needs no more than one run an hour; alert digests and reminders are looked for every few minutes. */
const RETENTION_EVERY_MS = 60 * 60 * 1000;
function digestsEveryMs(): number {
  return setting("DIGEST_POLL_SECONDS") * 1000;
}

/**
 * Started with the server (instrumentation.ts): turns queued "forgotten
 * password" requests into reset mail and delivers due mail every
 * MAIL_POLL_SECONDS (default 10), queues the search alerts' digests and the
 * reminders (lib/reminders) that are due every DIGEST_POLL_SECONDS (default
 * 300), and once an hour forgets expired rate-limit counters, ended
 * sessions and reminders long past, and runs the retention job. Every app server may run one: each
 * step is safe to run on several servers at once.
 */
export function startMailWorker(): void {
  if (globalForWorker.volunteerMailWorker || setting("MAIL_WORKER") === "off") return;
  const transport = configuredTransport();
  if (!transport) {
    console.warn("[mail] SMTP_URL is not set: mail waits in the outbox until it is.");
  }
  let running = false;
  let lastHousekeeping = 0;
  let lastDigests = 0;
  const seconds = setting("MAIL_POLL_SECONDS");
  globalForWorker.volunteerMailWorker = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      if (Date.now() - lastDigests >= digestsEveryMs()) {
        lastDigests = Date.now();
        await sendDueDigests(new Date(Date.now() - digestLagMs()));
        await sendReminders();
      }
      await processPasswordResetRequests();
      if (transport) await deliverDueMail(transport);
      if (Date.now() - lastHousekeeping >= RETENTION_EVERY_MS) {
        lastHousekeeping = Date.now();
        await deleteExpiredRateLimits();
        await deleteExpiredEndedSessions();
        await deleteExpiredChallenges(await getDb());
        await forgetOldReminders();
        const { responsesWiped, unconfirmedDeleted } = await runRetention();
        if (responsesWiped > 0) console.log(`[retention] wiped the contact data of ${responsesWiped} responses`);
        if (unconfirmedDeleted > 0) console.log(`[retention] deleted ${unconfirmedDeleted} responses nobody confirmed`);
      }
    } catch (error) {
      console.error("[worker] round failed:", error instanceof Error ? error.name : "unknown error");
    } finally {
      running = false;
    }
  }, seconds * 1000);
  globalForWorker.volunteerMailWorker.unref();
}

/** The reminders that are due; a failure is logged and leaves the round's mail delivery to go on. */
async function sendReminders(): Promise<void> {
  try {
    const sent = await sendDueReminders();
    if (sent.eventReminders + sent.expiryReminders + sent.nudges > 0) {
      console.log(`[reminders] ${sent.eventReminders} event reminders, ${sent.expiryReminders} expiry reminders, ${sent.nudges} nudges`);
    }
  } catch (error) {
    console.error("[reminders] round failed:", error instanceof Error ? error.name : "unknown error");
  }
}
