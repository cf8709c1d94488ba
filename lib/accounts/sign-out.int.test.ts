/**
 * Signing out ends the session on the server, not only in the browser: a
 * copy of the cookie taken before is refused afterwards. "Sign out
 * everywhere" ends every session of the account that began before it.
 */
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, expect, it, vi } from "vitest";
import { getDb, type Database } from "@/db/client";
import { auditLog, endedSessions } from "@/db/schema";
import { insertUser } from "@/lib/testing/fixtures";
import { signInAs } from "@/lib/auth/testing/session-mock";
import { deleteExpiredEndedSessions, endAllSessions, endThisSession } from "./sign-out";
import { getViewer, loadViewer } from "@/lib/auth/viewer";

vi.mock("@/lib/auth/session", () => import("@/lib/auth/testing/session-mock"));

let db: Database;
beforeAll(async () => {
  db = await getDb();
});

const sessionOf = (userId: number, sessionId: string, signedInAt = new Date()) => ({ userId, signedInAt, sessionId });

it("a session ended by signing out is refused, while the account's other sessions go on", async () => {
  const user = await insertUser(db, { email: "signs.out@example.org" });
  const laptop = crypto.randomUUID();
  const phone = crypto.randomUUID();
  signInAs(user.id, new Date(), laptop);
  expect((await getViewer())?.id).toBe(user.id);

  expect(await endThisSession({})).toEqual({ ok: true });

  // The same cookie, sent again (a copy, or a browser that did not clear it): nobody is signed in.
  expect(await loadViewer(db, sessionOf(user.id, laptop))).toBeNull();
  signInAs(user.id, new Date(), laptop);
  expect(await getViewer()).toBeNull();
  // Signing out again with it changes nothing and says the session has ended.
  expect(await endThisSession({})).toMatchObject({ ok: false });
  expect(await db.select().from(endedSessions).where(eq(endedSessions.userId, user.id))).toHaveLength(1);

  expect((await loadViewer(db, sessionOf(user.id, phone)))?.id).toBe(user.id);
});

it("a session without an id, which could never be signed out, is refused", async () => {
  const user = await insertUser(db, { email: "old.cookie@example.org" });
  expect(await loadViewer(db, { userId: user.id, signedInAt: new Date(), sessionId: null })).toBeNull();
});

it("signing out everywhere ends every earlier session of the account, and only of that account", async () => {
  const user = await insertUser(db, { email: "everywhere@example.org" });
  const someoneElse = await insertUser(db, { email: "someone.else@example.org" });
  const [laptop, phone, library] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
  const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
  signInAs(user.id, new Date(), laptop);

  expect(await endAllSessions({})).toEqual({ ok: true });

  for (const [sessionId, signedInAt] of [[laptop, new Date(Date.now() - 1000)], [phone, hourAgo], [library, new Date(Date.now() - 5000)]] as const) {
    expect(await loadViewer(db, sessionOf(user.id, sessionId, signedInAt)), sessionId).toBeNull();
  }
  // Signing in again afterwards works; other accounts are untouched.
  expect((await loadViewer(db, sessionOf(user.id, crypto.randomUUID(), new Date(Date.now() + 1000))))?.id).toBe(user.id);
  expect((await loadViewer(db, sessionOf(someoneElse.id, crypto.randomUUID(), hourAgo)))?.id).toBe(someoneElse.id);
  const entries = await db.select().from(auditLog).where(and(eq(auditLog.action, "user.sign_out_everywhere"), eq(auditLog.targetId, String(user.id))));
  expect(entries).toHaveLength(1);

  signInAs(null);
  expect(await endAllSessions({})).toMatchObject({ ok: false });
});

it("forgets ended sessions once their cookies would have expired anyway", async () => {
  const user = await insertUser(db, { email: "forgotten.session@example.org" });
  const [expired, current] = [crypto.randomUUID(), crypto.randomUUID()];
  await db.insert(endedSessions).values([
    { sessionId: expired, userId: user.id, expiresAt: sql`now() - interval '1 minute'` },
    { sessionId: current, userId: user.id, expiresAt: sql`now() + interval '1 hour'` },
  ]);
  await deleteExpiredEndedSessions();
  expect((await db.select({ sessionId: endedSessions.sessionId }).from(endedSessions).where(eq(endedSessions.userId, user.id))).map((row) => row.sessionId)).toEqual([current]);
});
