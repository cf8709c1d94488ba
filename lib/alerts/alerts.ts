import "server-only";
import { and, asc, count, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { savedSearches, users } from "@/db/schema";
import { ActionError, guardedAction, NO_ACCESS, SIGNED_OUT } from "@/lib/actions/guard";
import type { Viewer } from "@/lib/auth/viewer";
import { listCounties } from "@/lib/counties/queries";
import { parseSearchParamsLenient, rawParamsOf } from "@/lib/search/params";
import { describeSearch } from "./describe";
import { deleteAlertSchema, INVALID_UNSUBSCRIBE_LINK, MAX_ALERTS_PER_USER, parseAlertQuery, saveAlertSchema, unsubscribeSchema } from "./schemas";
import { verifyUnsubscribeToken } from "./unsubscribe-token";

/**
 * A volunteer's saved searches. Every statement is scoped to the signed-in
 * user in its WHERE clause (STYLE.md 4): another person's alert id matches no
 * row, changes nothing and reveals nothing.
 */

/** Like the other public posts: enough for anyone's mail, too few to try tokens in bulk. */
const UNSUBSCRIBES_PER_ADDRESS = { name: "alert-unsubscribe", limit: 30, windowSeconds: 60 * 60 };

export const TOO_MANY_ALERTS = `You can keep up to ${MAX_ALERTS_PER_USER} alerts. Delete one you no longer need, then try again.`;

/**
 * "Alert me": saves the search, in its canonical form, with a frequency. The
 * first digest covers what is published from now on. Saving a search that is
 * already saved changes its frequency instead of making a second alert, which
 * would mail the same postings twice.
 */
export const saveAlert = guardedAction({ kind: "signed-in" }, saveAlertSchema, async (input, { viewer }) => {
  const countySlugs = (await listCounties()).map((county) => county.slug);
  const search = parseAlertQuery(input.query, countySlugs);
  if (!search.ok) throw new ActionError("This search cannot be saved as an alert.", { query: search.messages });
  const db = await getDb();
  return db.transaction(async (tx) => {
    // One person's saves wait for each other, so the limit and the no-duplicate rule hold when two arrive at once.
    const [user] = await tx.select({ id: users.id }).from(users).where(and(eq(users.id, viewer.id), isNull(users.disabledAt))).for("update");
    if (!user) throw new ActionError(SIGNED_OUT);
    const [existing] = await tx
      .update(savedSearches)
      .set({ frequency: input.frequency })
      .where(and(eq(savedSearches.userId, viewer.id), eq(savedSearches.query, search.query)))
      .returning({ id: savedSearches.id });
    if (existing) return { ok: true, alertId: existing.id, created: false } as const;
    const [mine] = await tx.select({ n: count() }).from(savedSearches).where(eq(savedSearches.userId, viewer.id));
    if ((mine?.n ?? 0) >= MAX_ALERTS_PER_USER) throw new ActionError(TOO_MANY_ALERTS);
    const [created] = await tx
      .insert(savedSearches)
      .values({ userId: viewer.id, query: search.query, frequency: input.frequency, coveredUntil: new Date() })
      .returning({ id: savedSearches.id });
    return { ok: true, alertId: created!.id, created: true } as const;
  });
});

/** Deletes one of the signed-in user's alerts. */
export const deleteAlert = guardedAction({ kind: "signed-in" }, deleteAlertSchema, async (input, { viewer }) => {
  const db = await getDb();
  const deleted = await db
    .delete(savedSearches)
    .where(and(eq(savedSearches.id, input.alertId), eq(savedSearches.userId, viewer.id)))
    .returning({ id: savedSearches.id });
  if (deleted.length === 0) throw new ActionError(NO_ACCESS);
  return { ok: true } as const;
});

export type MyAlert = {
  id: number;
  /** The search's canonical query string, "" for every posting. */
  query: string;
  href: string;
  description: string;
  frequency: (typeof savedSearches.$inferSelect)["frequency"];
  createdAt: Date;
  lastSentAt: Date | null;
};

/** The viewer's alerts, oldest first, each described in words. */
export async function listMyAlerts(viewer: Pick<Viewer, "id">): Promise<MyAlert[]> {
  const db = await getDb();
  const [rows, counties] = await Promise.all([
    db
      .select({ id: savedSearches.id, query: savedSearches.query, frequency: savedSearches.frequency, createdAt: savedSearches.createdAt, lastSentAt: savedSearches.lastSentAt })
      .from(savedSearches)
      .where(eq(savedSearches.userId, viewer.id))
      .orderBy(asc(savedSearches.createdAt), asc(savedSearches.id)),
    listCounties(),
  ]);
  const countyName = new Map(counties.map((county) => [county.slug, county.name]));
  const countySlugs = counties.map((county) => county.slug);
  return rows.map((row) => {
    // Read as the results page reads it, so the words describe what the link shows.
    const { params } = parseSearchParamsLenient(rawParamsOf(new URLSearchParams(row.query)), countySlugs);
    return { ...row, href: `/opportunities${row.query}`, description: describeSearch(params, countyName) };
  });
}

/**
 * The unsubscribe link of an alert mail, signed in or not: the signed token
 * is the authorization, rate-limited per client address like every public
 * post. A valid link deletes its alert; one whose alert is already gone
 * answers the same, so a second click (or a mail client opening the link
 * first) reads as done.
 */
export const unsubscribeAlert = guardedAction({ kind: "public", rateLimit: UNSUBSCRIBES_PER_ADDRESS }, unsubscribeSchema, async ({ token }) => {
  const alertId = verifyUnsubscribeToken(token);
  // Well-formed but not signed by us: refused for what it claims, as the guard refuses anyone, not as bad input.
  if (alertId === null) throw new ActionError(INVALID_UNSUBSCRIBE_LINK);
  const db = await getDb();
  await db.delete(savedSearches).where(eq(savedSearches.id, alertId));
  return { ok: true } as const;
});
