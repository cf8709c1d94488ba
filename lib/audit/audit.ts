import "server-only";
import type { Transaction } from "@/db/client";
import { auditLog } from "@/db/schema";

export type AuditEntry = {
  actorUserId: number | null;
  action: string;
  targetType: "organization" | "opportunity" | "response" | "user" | "membership" | "invitation" | "mail" | "report" | "client";
  targetId: number | string;
  reason?: string | null;
  /** Counts and ids only: never a volunteer's personal data. */
  details?: Record<string, unknown>;
};

/** Records who did what to which, inside the transaction of the change itself (invariant 6). */
export async function writeAudit(tx: Transaction, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({ ...entry, targetId: String(entry.targetId), reason: entry.reason ?? null, details: entry.details ?? null });
}
