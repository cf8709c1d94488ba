import "server-only";
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { getDb, rowsOf } from "@/db/client";
import { rateLimits } from "@/db/schema";

export type RateLimitRule = { name: string; limit: number; windowSeconds: number };
export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * A fixed-window counter in PostgreSQL, so every app server shares it. The
 * key is a SHA-256 hash: rate_limits holds no readable e-mail address or IP
 * (an IPv4 hash can be reversed by trying every address; with accounts and
 * their secret this becomes an HMAC).
 */
export async function hitRateLimit(rule: RateLimitRule, subject: string): Promise<RateLimitResult> {
  const db = await getDb();
  const key = `${rule.name}:${createHash("sha256").update(subject.toLowerCase()).digest("hex")}`;
  const [row] = rowsOf<{ count: number; retry_after: number }>(
    await db.execute(sql`
      insert into ${rateLimits} (key, count, reset_at) values (${key}, 1, now() + make_interval(secs => ${rule.windowSeconds}))
      on conflict (key) do update set
        count = case when ${rateLimits.resetAt} <= now() then 1 else ${rateLimits.count} + 1 end,
        reset_at = case when ${rateLimits.resetAt} <= now() then excluded.reset_at else ${rateLimits.resetAt} end
      returning count, ceil(extract(epoch from reset_at - now()))::int as retry_after`),
  );
  if (!row || row.count <= rule.limit) return { ok: true };
  return { ok: false, retryAfterSeconds: Math.max(1, Number(row.retry_after)) };
}

/** Forgets the counters whose window has passed; the mail worker calls it on each round. */
export async function deleteExpiredRateLimits(): Promise<void> {
  const db = await getDb();
  await db.delete(rateLimits).where(sql`${rateLimits.resetAt} < now()`);
}
