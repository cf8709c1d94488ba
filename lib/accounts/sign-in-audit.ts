import "server-only";
import { keyedHash } from "@/lib/auth/keyed-hash";
import { getDb, type Transaction } from "@/db/client";
import { users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/audit";
import { hitRateLimit, type RateLimitRule } from "@/lib/rate-limit/rate-limit";
import { sameAddress } from "@/lib/text-match";

/**
 * One entry per account address, or per client address, per window: a burst
 * of hundreds of attempts is one line in the log, not hundreds, and an
 * attacker cannot flood the log. The window matches the sign-in limits' 15 minutes.
 */
const BURST_AUDIT = { name: "sign-in-burst-audit", limit: 1, windowSeconds: 15 * 60 };
const CLIENT_BURST_AUDIT = { name: "sign-in-client-burst-audit", limit: 1, windowSeconds: 15 * 60 };

/**
 * Records in the audit log that the per-e-mail sign-in limit tripped, so the
 * admins can see someone guessing an account's password. The entry names the
 * account when one has that address, and otherwise says "unknown"; it keeps a
 * keyed hash of the lower-cased address so bursts on the same address can be
 * matched, never the address itself (anyone can type any address, including
 * a volunteer's).
 *
 * It never throws: the visitor is already being told to wait, and a failure
 * to write the entry must not turn that answer into an error page.
 */
export async function recordSignInBurst(email: string): Promise<void> {
  const address = email.trim().toLowerCase();
  await recordOnce(BURST_AUDIT, address, async (tx) => {
    const [account] = await tx.select({ id: users.id }).from(users).where(sameAddress(users.email, address)).limit(1);
    await writeAudit(tx, {
      actorUserId: null,
      action: "auth.sign_in_burst",
      targetType: "user",
      targetId: account?.id ?? "unknown",
      reason: "Too many sign-in attempts for one account address in 15 minutes: further attempts are refused for a while.",
      details: { emailHash: keyedHash("sign-in-burst", address) },
    });
  });
}

/**
 * Records that the per-client sign-in limit tripped: one client trying many
 * accounts (password spraying). The client's address is kept only as a keyed
 * hash, so bursts from the same client can be matched.
 */
export async function recordClientSignInBurst(clientAddress: string): Promise<void> {
  const clientHash = keyedHash("sign-in-client-burst", clientAddress);
  await recordOnce(CLIENT_BURST_AUDIT, clientAddress, (tx) =>
    writeAudit(tx, {
      actorUserId: null,
      action: "auth.sign_in_burst",
      targetType: "client",
      targetId: clientHash.slice(0, 16),
      reason: "Too many sign-in attempts from one client in 15 minutes, whatever the account: further attempts from it are refused for a while.",
      details: { clientHash },
    }),
  );
}

async function recordOnce(rule: RateLimitRule, subject: string, write: (tx: Transaction) => Promise<unknown>): Promise<void> {
  try {
    const first = await hitRateLimit(rule, subject);
    if (!first.ok) return;
    const db = await getDb();
    await db.transaction(async (tx) => {
      await write(tx);
    });
  } catch (error) {
    // The error's name only: a database message could quote the address.
    console.error(`[auth] recording a sign-in burst failed: ${error instanceof Error ? error.name : "unknown error"}`);
  }
}
