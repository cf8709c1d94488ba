import "server-only";
import { sql } from "drizzle-orm";
import { getDb, rowsOf } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { keyedHash } from "@/lib/auth/keyed-hash";

export type RateLimitRule = { name: string; limit: number; windowSeconds: number };
export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * A fixed-window counter in PostgreSQL, so every app server shares it. The
 * key is a keyed hash (lib/auth/keyed-hash.ts): rate_limits holds no e-mail
 * address or client address, readable or guessable.
 */
export async function hitRateLimit(rule: RateLimitRule, subject: string): Promise<RateLimitResult> {
  const db = await getDb();
  const key = `${rule.name}:${keyedHash("rate-limit", subject.toLowerCase())}`;
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

/**
 * Takes back one attempt counted by `hitRateLimit` in the current window: for
 * a step whose attempts are counted before they are checked, so that a
 * parallel burst cannot slip past the limit, but only the failures should count.
 */
export async function forgiveRateLimit(rule: RateLimitRule, subject: string): Promise<void> {
  const db = await getDb();
  const key = `${rule.name}:${keyedHash("rate-limit", subject.toLowerCase())}`;
  await db.execute(sql`update ${rateLimits} set count = count - 1 where key = ${key} and count > 0 and reset_at > now()`);
}
