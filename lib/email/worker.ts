import "server-only";
import { deleteExpiredRateLimits } from "@/lib/rate-limit/rate-limit";
import { deliverDueMail } from "./sender";
import { configuredTransport } from "./transport";

const globalForWorker = globalThis as unknown as { volunteerMailWorker?: NodeJS.Timeout };

/**
 * Started with the server (instrumentation.ts): delivers due mail every
 * MAIL_POLL_SECONDS (default 10). Every app server may run one.
 */
export function startMailWorker(): void {
  if (globalForWorker.volunteerMailWorker || process.env.MAIL_WORKER === "off") return;
  const transport = configuredTransport();
  if (!transport) {
    console.warn("[mail] SMTP_URL is not set: mail waits in the outbox until it is.");
    return;
  }
  let running = false;
  const configured = Number(process.env.MAIL_POLL_SECONDS);
  const seconds = Number.isFinite(configured) && configured >= 1 ? configured : 10;
  globalForWorker.volunteerMailWorker = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await deliverDueMail(transport);
      await deleteExpiredRateLimits();
    } catch (error) {
      console.error("[mail] delivery round failed:", error instanceof Error ? error.message : "unknown error");
    } finally {
      running = false;
    }
  }, seconds * 1000);
  globalForWorker.volunteerMailWorker.unref();
}
