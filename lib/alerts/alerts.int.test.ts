/**
 * Saving, listing and deleting alerts, and the unsubscribe link: each refused
 * input writes nothing, and nobody reaches another person's alerts.
 */
import { eq, sql } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb, type Database } from "@/db/client";
import { rateLimits, savedSearches } from "@/db/schema";
import { insertUser } from "@/lib/testing/fixtures";
import { NO_ACCESS, SIGNED_OUT } from "@/lib/actions/guard";
import { signInAs } from "@/lib/auth/testing/session-mock";
import { deleteAlert, listMyAlerts, saveAlert, TOO_MANY_ALERTS, unsubscribeAlert } from "./alerts";
import { INVALID_UNSUBSCRIBE_LINK, MAX_ALERTS_PER_USER } from "./schemas";
import { unsubscribeToken } from "./unsubscribe-token";

vi.mock("@/lib/auth/session", () => import("@/lib/auth/testing/session-mock"));

let db: Database;

beforeAll(async () => {
  vi.stubEnv("AUTH_SECRET", "alerts-test-secret-that-is-long-enough-0123456789");
  db = await getDb();
});

const alertsOf = (userId: number) => db.select().from(savedSearches).where(eq(savedSearches.userId, userId)).orderBy(savedSearches.id);
const fieldErrorsOf = (result: unknown) => (result as { fieldErrors: Record<string, string[]> }).fieldErrors;

describe("saving an alert", () => {
  it("saves the search in its canonical form, without page or sort, covering from now on", async () => {
    const user = await insertUser(db);
    signInAs(user.id);
    const before = Date.now();
    const result = await saveAlert({ query: "?sort=closing&page=3&county=york&q=%20food%20pantry%20&county=cumberland&county=york&utm_source=mail&skill=none", frequency: "daily" });
    expect(result).toMatchObject({ ok: true, created: true });
    const [alert] = await alertsOf(user.id);
    expect(alert).toMatchObject({ id: (result as { alertId: number }).alertId, query: "?q=food+pantry&county=york&county=cumberland&skill=none", frequency: "daily", lastSentAt: null });
    expect(alert!.coveredUntil.getTime()).toBeGreaterThanOrEqual(before - 1);
    expect(alert!.coveredUntil.getTime()).toBeLessThanOrEqual(Date.now() + 1);
  });

  it("saves the search of every posting, and a query without its '?'", async () => {
    const user = await insertUser(db);
    signInAs(user.id);
    expect(await saveAlert({ query: "", frequency: "weekly" })).toMatchObject({ ok: true });
    expect(await saveAlert({ query: "remote=1&type=advocacy", frequency: "weekly" })).toMatchObject({ ok: true });
    expect((await alertsOf(user.id)).map((alert) => alert.query)).toEqual(["", "?type=advocacy&remote=1"]);
  });

  it("changes the frequency when the same search is saved again, instead of a second alert", async () => {
    const user = await insertUser(db);
    signInAs(user.id);
    const first = await saveAlert({ query: "?skill=some&county=knox", frequency: "daily" });
    const again = await saveAlert({ query: "county=knox&skill=some&page=2", frequency: "weekly" });
    expect(again).toMatchObject({ ok: true, created: false, alertId: (first as { alertId: number }).alertId });
    const alerts = await alertsOf(user.id);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.frequency).toBe("weekly");
  });

  it("refuses an invalid search or frequency field by field, and writes nothing", async () => {
    const user = await insertUser(db);
    signInAs(user.id);
    const cases: [Record<string, unknown>, string][] = [
      [{ query: "?county=atlantis", frequency: "daily" }, "query"],
      [{ query: "?skill=expert", frequency: "daily" }, "query"],
      [{ query: "?type=donation&type=advocacy", frequency: "daily" }, "query"],
      [{ query: `?q=${"a".repeat(250)}`, frequency: "daily" }, "query"],
      [{ query: `?q=${"a".repeat(2001)}`, frequency: "daily" }, "query"],
      [{ query: "?county=york", frequency: "hourly" }, "frequency"],
      [{ query: "?county=york" }, "frequency"],
      [{ frequency: "daily" }, "query"],
      [{ query: ["?county=york"], frequency: "daily" }, "query"],
    ];
    for (const [input, field] of cases) {
      const result = await saveAlert(input);
      expect(result, JSON.stringify(input).slice(0, 80)).toMatchObject({ ok: false });
      expect(fieldErrorsOf(result)[field]?.length, JSON.stringify(input).slice(0, 80)).toBeGreaterThan(0);
    }
    expect(await alertsOf(user.id)).toEqual([]);
  });

  it("refuses anyone signed out, or disabled, and writes nothing", async () => {
    const before = await db.$count(savedSearches);
    signInAs(null);
    expect(await saveAlert({ query: "?county=york", frequency: "daily" })).toEqual({ ok: false, message: SIGNED_OUT, fieldErrors: {} });
    const disabled = await insertUser(db, { disabledAt: new Date() });
    signInAs(disabled.id);
    expect(await saveAlert({ query: "?county=york", frequency: "daily" })).toEqual({ ok: false, message: SIGNED_OUT, fieldErrors: {} });
    expect(await db.$count(savedSearches)).toBe(before);
  });

  it(`keeps at most ${MAX_ALERTS_PER_USER} per person, even when they arrive at once`, async () => {
    const user = await insertUser(db);
    signInAs(user.id);
    const results = await Promise.all(
      Array.from({ length: MAX_ALERTS_PER_USER + 5 }, (_, i) => saveAlert({ query: `?q=word${i}`, frequency: "weekly" })),
    );
    expect(results.filter((result) => result?.ok)).toHaveLength(MAX_ALERTS_PER_USER);
    expect(results.filter((result) => !result?.ok)).toEqual(Array(5).fill({ ok: false, message: TOO_MANY_ALERTS, fieldErrors: {} }));
    expect(await alertsOf(user.id)).toHaveLength(MAX_ALERTS_PER_USER);
    // Saving one already saved is still allowed at the limit: it only changes the frequency.
    // Which 20 of the 25 were kept depends on who got the lock first, so take one that was.
    const kept = results.findIndex((result) => result?.ok);
    expect(await saveAlert({ query: `?q=word${kept}`, frequency: "daily" })).toMatchObject({ ok: true, created: false });
    // And a new one is still refused.
    expect(await saveAlert({ query: "?q=another", frequency: "daily" })).toEqual({ ok: false, message: TOO_MANY_ALERTS, fieldErrors: {} });
  });
});

describe("listing and deleting alerts", () => {
  it("lists only the viewer's alerts, each described in words with a link to its results", async () => {
    const user = await insertUser(db);
    const other = await insertUser(db);
    signInAs(other.id);
    await saveAlert({ query: "?q=secret+garden", frequency: "daily" });
    signInAs(user.id);
    await saveAlert({ query: "?q=food+pantry&county=york&county=cumberland&skill=specialized&type=donation&cause=basic_needs&remote=1", frequency: "daily" });
    await saveAlert({ query: "", frequency: "weekly" });

    const alerts = await listMyAlerts({ id: user.id });
    expect(alerts.map(({ description, href, frequency }) => ({ description, href, frequency }))).toEqual([
      {
        description: "Keywords “food pantry” · in York or Cumberland County · Skills or credentials required · Donation of goods · Basic needs · Remote only",
        href: "/opportunities?q=food+pantry&county=york&county=cumberland&skill=specialized&type=donation&cause=basic_needs&remote=1",
        frequency: "daily",
      },
      { description: "All opportunities", href: "/opportunities", frequency: "weekly" },
    ]);
  });

  it("deletes the viewer's own alert; another person's id changes nothing and reveals nothing", async () => {
    const owner = await insertUser(db);
    const intruder = await insertUser(db);
    signInAs(owner.id);
    const saved = (await saveAlert({ query: "?county=york", frequency: "daily" })) as { alertId: number };

    signInAs(intruder.id);
    expect(await deleteAlert({ alertId: String(saved.alertId) })).toEqual({ ok: false, message: NO_ACCESS, fieldErrors: {} });
    expect(await deleteAlert({ alertId: "2147483000" })).toEqual({ ok: false, message: NO_ACCESS, fieldErrors: {} });
    signInAs(null);
    expect(await deleteAlert({ alertId: String(saved.alertId) })).toEqual({ ok: false, message: SIGNED_OUT, fieldErrors: {} });
    expect(await deleteAlert({ alertId: "not a number" })).toMatchObject({ ok: false, fieldErrors: { alertId: expect.any(Array) } });
    expect(await alertsOf(owner.id)).toHaveLength(1);

    signInAs(owner.id);
    expect(await deleteAlert({ alertId: String(saved.alertId) })).toEqual({ ok: true });
    expect(await alertsOf(owner.id)).toEqual([]);
  });
});

describe("the unsubscribe link", () => {
  beforeEach(async () => {
    await db.delete(rateLimits).where(sql`true`);
  });

  it("deletes its alert without anyone signed in, says the same a second time, and touches no other alert", async () => {
    const user = await insertUser(db);
    signInAs(user.id);
    const kept = (await saveAlert({ query: "?county=knox", frequency: "daily" })) as { alertId: number };
    const dropped = (await saveAlert({ query: "?county=york", frequency: "daily" })) as { alertId: number };
    signInAs(null);

    expect(await unsubscribeAlert({ token: unsubscribeToken(dropped.alertId) })).toEqual({ ok: true });
    expect(await unsubscribeAlert({ token: unsubscribeToken(dropped.alertId) })).toEqual({ ok: true });
    expect((await alertsOf(user.id)).map((alert) => alert.id)).toEqual([kept.alertId]);
  });

  it("changes nothing for a forged, altered or garbled token", async () => {
    const user = await insertUser(db);
    signInAs(user.id);
    const saved = (await saveAlert({ query: "?county=york", frequency: "daily" })) as { alertId: number };
    signInAs(null);
    const mac = unsubscribeToken(saved.alertId).split(".")[1];
    const forged = `${saved.alertId}.${"A".repeat(43)}`;
    // Well-formed but not ours: refused as a forgery, not as a typing mistake.
    for (const token of [forged, `${saved.alertId + 1}.${mac}`]) {
      expect(await unsubscribeAlert({ token })).toEqual({ ok: false, message: INVALID_UNSUBSCRIBE_LINK, fieldErrors: {} });
    }
    for (const token of [`${saved.alertId}.${mac}x`, `0${saved.alertId}.${mac}`, ` ${unsubscribeToken(saved.alertId)}`, String(saved.alertId), "", null, ["x"], 7, undefined]) {
      expect(await unsubscribeAlert({ token })).toMatchObject({ ok: false, fieldErrors: { token: [INVALID_UNSUBSCRIBE_LINK] } });
    }
    for (const raw of [unsubscribeToken(saved.alertId), null, "token", []]) expect(await unsubscribeAlert(raw)).toMatchObject({ ok: false });
    expect(await alertsOf(user.id)).toHaveLength(1);
  });

  it("goes through the guard's rate limit: 30 an hour per address, then refused with a clear sentence and nothing deleted", async () => {
    const user = await insertUser(db);
    signInAs(user.id);
    const saved = (await saveAlert({ query: "?county=york", frequency: "daily" })) as { alertId: number };
    signInAs(null);
    // Someone trying tokens: every well-formed try counts, valid or not.
    for (let i = 0; i < 30; i++) {
      expect(await unsubscribeAlert({ token: `${saved.alertId}.${String(i).padStart(43, "A")}` })).toEqual({ ok: false, message: INVALID_UNSUBSCRIBE_LINK, fieldErrors: {} });
    }
    expect(await unsubscribeAlert({ token: unsubscribeToken(saved.alertId) })).toEqual({ ok: false, message: expect.stringMatching(/^Too many attempts\. Please try again in \d+ minutes?\.$/), fieldErrors: {} });
    expect(await alertsOf(user.id)).toHaveLength(1);

    // The next hour, the real link works.
    await db.delete(rateLimits).where(sql`true`);
    expect(await unsubscribeAlert({ token: unsubscribeToken(saved.alertId) })).toEqual({ ok: true });
    expect(await alertsOf(user.id)).toEqual([]);
  });
});
