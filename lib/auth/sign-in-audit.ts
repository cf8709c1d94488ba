import "server-only";
import { keyedHash } from "./keyed-hash";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/audit";
import { hitRateLimit } from "@/lib/rate-limit/rate-limit";

/**
 * One entry per address per window: a burst of hundreds of attempts is one
 * line in the log, not hundreds, and an attacker cannot flood the log.
 * The window matches the per-e-mail sign-in limit's 15 minutes.
 */
const BURST_AUDIT = { name: "sign-in-burst-audit", limit: 1, windowSeconds: 15 * 60 };

/**
 * Records in the audit log that the per-e-mail sign-in limit tripped, so the
 * admins can see someone guessing an account's password. The entry names the
 * account when one has that address, and otherwise says "unknown"; it keeps a
 * SHA-256 of the lower-cased address so bursts on the same address can be
 * matched, never the address itself (anyone can type any address, including
 * a volunteer's).
 *
 * It never throws: the visitor is already being told to wait, and a failure
 * to write the entry must not turn that answer into an error page.
 */
export async function recordSignInBurst(email: string): Promise<void> {
  const address = email.trim().toLowerCase();
  try {
    const first = await hitRateLimit(BURST_AUDIT, address);
    if (!first.ok) return;
    const db = await getDb();
    await db.transaction(async (tx) => {
      const [account] = await tx.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, address)).limit(1);
      await writeAudit(tx, {
        actorUserId: null,
        action: "auth.sign_in_burst",
        targetType: "user",
        targetId: account?.id ?? "unknown",
        details: { emailHash: keyedHash("sign-in-burst", address) },
      });
    });
  } catch (error) {
    // The error's name only: a database message could quote the address.
    console.error(`[auth] recording a sign-in burst failed: ${error instanceof Error ? error.name : "unknown error"}`);
  }
}
