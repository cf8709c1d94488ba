/**
 * Two-step sign-in, through the real handlers' code and the real Auth.js:
 * only `next/headers` is stood in for (a cookie jar and the request's
 * headers), so what matters can be read off the jar: whether a session
 * cookie was set. A right password alone never sets one for an account with a
 * second factor; a wrong code, a code used once already, and a recovery code
 * used a second time are refused; wrong codes count toward the sign-in limits.
 */
import { and, eq, isNull, sql } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb, type Database } from "@/db/client";
import { auditLog, organizations, rateLimits, recoveryCodes, secondFactors, signInChallenges } from "@/db/schema";
import { insertSecondFactor, insertUser } from "@/lib/testing/fixtures";
import { SECOND_FACTOR_NEEDED } from "@/lib/actions/guard";
import { approveOrganization } from "@/lib/organizations/moderation";
import { insertOrganization } from "@/lib/testing/fixtures";
import { hashPassword } from "../password";
import { requireAdmin } from "../require";
import { signInWithCode, signInWithPassword, WRONG_CODE } from "@/lib/accounts/sign-in";
import { signInAs } from "../testing/session-mock";
import { disableSecondFactor, enableSecondFactor, regenerateRecoveryCodes, WRONG_CONFIRMATION, WRONG_SETUP_CODE } from "@/lib/accounts/second-factor-actions";
import { CHALLENGE_SECONDS, WRONG_CODES_PER_CHALLENGE } from "./challenge";
import { pendingSecret, secondFactorStatus } from "./second-factor";
import { totpCodeAt, totpStep } from "./totp";

/** The browser's cookies, as next/headers would give them to the code under test. */
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "localhost:3000", "x-forwarded-proto": "http" }),
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    has: (name: string) => jar.has(name),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
  }),
}));
vi.mock("@/lib/auth/session", () => import("@/lib/auth/testing/session-mock"));

const PASSWORD = "two step sign-in test passphrase";
let db: Database;
let passwordHash: string;

beforeAll(async () => {
  db = await getDb();
  passwordHash = await hashPassword(PASSWORD);
});

beforeEach(async () => {
  jar.clear();
  await db.delete(rateLimits).where(sql`true`);
});

const hasSession = () => [...jar.keys()].some((name) => name.includes("session-token"));
const CLIENT = "203.0.113.50";

/** An account with a second factor, and its secret. */
async function accountWithSecondFactor(role: "user" | "admin" = "user") {
  const user = await insertUser(db, { passwordHash, role }, { secondFactor: false });
  const secret = await insertSecondFactor(db, user.id);
  return { ...user, secret };
}

/** The password step; answers the challenge the browser was given. */
async function passwordStep(email: string): Promise<string> {
  const outcome = await signInWithPassword({ email, password: PASSWORD, returnTo: "/admin" }, CLIENT);
  expect(outcome).toMatchObject({ kind: "second-factor", returnTo: "/admin" });
  expect(hasSession()).toBe(false);
  return (outcome as { challenge: string }).challenge;
}

const codeStep = (challenge: string | null, code: string) => signInWithCode({ code, returnTo: "/admin" }, CLIENT, null, challenge);
const nowCode = (secret: string, offset = 0) => totpCodeAt(secret, totpStep() + offset);

describe("signing in with a second factor", () => {
  it("a right password alone makes no session; the app's code then does, once", async () => {
    const account = await accountWithSecondFactor();
    const challenge = await passwordStep(account.email);
    expect(await db.$count(signInChallenges, eq(signInChallenges.userId, account.id))).toBe(1);

    const outcome = await codeStep(challenge, nowCode(account.secret));
    expect(outcome).toMatchObject({ kind: "signed-in", returnTo: "/admin" });
    expect(hasSession()).toBe(true);
    // The challenge is used up: the same one cannot make a second session.
    expect(await db.$count(signInChallenges, eq(signInChallenges.userId, account.id))).toBe(0);
    jar.clear();
    expect(await codeStep(challenge, nowCode(account.secret, 1))).toMatchObject({ kind: "expired" });
    expect(hasSession()).toBe(false);
  });

  it("an account without a second factor signs in with its password, as before", async () => {
    const user = await insertUser(db, { passwordHash });
    expect(await signInWithPassword({ email: user.email, password: PASSWORD }, CLIENT)).toMatchObject({ kind: "signed-in" });
    expect(hasSession()).toBe(true);
  });

  it("right passwords never use up the sign-in limits, with or without a second factor; wrong ones do", async () => {
    const plain = await insertUser(db, { passwordHash });
    const account = await accountWithSecondFactor();
    for (let n = 0; n < 15; n++) {
      expect(await signInWithPassword({ email: plain.email, password: PASSWORD }, CLIENT)).toMatchObject({ kind: "signed-in" });
      expect(await signInWithPassword({ email: account.email, password: PASSWORD }, CLIENT)).toMatchObject({ kind: "second-factor" });
    }
    for (let n = 0; n < 10; n++) await signInWithPassword({ email: plain.email, password: "not the password" }, CLIENT);
    expect(await signInWithPassword({ email: plain.email, password: PASSWORD }, CLIENT)).toMatchObject({ kind: "rate-limited" });
  });

  it("a wrong password gets no challenge", async () => {
    const account = await accountWithSecondFactor();
    expect(await signInWithPassword({ email: account.email, password: "not the password" }, CLIENT)).toMatchObject({ kind: "refused", reason: "invalid" });
    expect(await db.$count(signInChallenges, eq(signInChallenges.userId, account.id))).toBe(0);
  });

  it("a wrong code is refused, makes no session and counts toward the sign-in limits; a right code is not counted", async () => {
    const account = await accountWithSecondFactor();
    const challenge = await passwordStep(account.email);
    const counted = async () => Number((await db.select({ n: sql<number>`coalesce(sum(${rateLimits.count}), 0)::int` }).from(rateLimits))[0]!.n);
    const afterPassword = await counted();
    const wrong = nowCode(account.secret) === "000000" ? "111111" : "000000";
    expect(await codeStep(challenge, wrong)).toEqual({ kind: "refused", reason: "wrong-code", message: WRONG_CODE });
    expect(hasSession()).toBe(false);
    // Counted per client address and per account.
    expect(await counted()).toBe(afterPassword + 2);
    expect(await codeStep(challenge, nowCode(account.secret))).toMatchObject({ kind: "signed-in" });
    expect(await counted()).toBe(afterPassword + 2);
  });

  it("a code accepted once is refused the next time, and so is an earlier one; the next step's code is still accepted", async () => {
    const account = await accountWithSecondFactor();
    const code = nowCode(account.secret);
    expect(await codeStep(await passwordStep(account.email), code)).toMatchObject({ kind: "signed-in" });
    jar.clear();
    const again = await passwordStep(account.email);
    expect(await codeStep(again, code)).toMatchObject({ kind: "refused", reason: "wrong-code" });
    expect(await codeStep(again, nowCode(account.secret, -1))).toMatchObject({ kind: "refused", reason: "wrong-code" });
    expect(hasSession()).toBe(false);
    // One step ahead (a phone whose clock runs a little fast) is still a code never used.
    expect(await codeStep(again, nowCode(account.secret, 1))).toMatchObject({ kind: "signed-in" });
  });

  it("a code two steps away is refused", async () => {
    const account = await accountWithSecondFactor();
    const challenge = await passwordStep(account.email);
    const near = new Set([-1, 0, 1].map((offset) => nowCode(account.secret, offset)));
    for (const offset of [-2, 2]) {
      const far = nowCode(account.secret, offset);
      if (!near.has(far)) expect(await codeStep(challenge, far)).toMatchObject({ kind: "refused" });
    }
    expect(hasSession()).toBe(false);
  });

  it("a recovery code signs in exactly once", async () => {
    const user = await insertUser(db, { passwordHash });
    signInAs(user.id);
    const secret = (await pendingSecret(db, user.id))!;
    const enabled = (await enableSecondFactor({ code: nowCode(secret) })) as { ok: true; recoveryCodes: string[] };
    const [first, second] = enabled.recoveryCodes;

    expect(await codeStep(await passwordStep(user.email), first!.toUpperCase())).toMatchObject({ kind: "signed-in" });
    expect(await db.$count(recoveryCodes, and(eq(recoveryCodes.userId, user.id), isNull(recoveryCodes.usedAt)))).toBe(9);
    jar.clear();
    const again = await passwordStep(user.email);
    expect(await codeStep(again, first!)).toMatchObject({ kind: "refused", reason: "wrong-code" });
    expect(hasSession()).toBe(false);
    expect(await codeStep(again, second!)).toMatchObject({ kind: "signed-in" });
  });

  it("five wrong codes end the challenge: back to the password", async () => {
    const account = await accountWithSecondFactor();
    const challenge = await passwordStep(account.email);
    const right = nowCode(account.secret);
    const wrong = right === "123456" ? "654321" : "123456";
    for (let n = 0; n < WRONG_CODES_PER_CHALLENGE; n++) expect(await codeStep(challenge, wrong)).toMatchObject({ kind: "refused" });
    expect(await codeStep(challenge, right)).toMatchObject({ kind: "expired" });
    expect(hasSession()).toBe(false);
  });

  it("an expired challenge, a made-up one, none, or one from before a password reset is refused", async () => {
    const account = await accountWithSecondFactor();
    const challenge = await passwordStep(account.email);
    await db.update(signInChallenges).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(signInChallenges.userId, account.id));
    expect(await codeStep(challenge, nowCode(account.secret))).toMatchObject({ kind: "expired" });
    expect(await codeStep("made-up-challenge", nowCode(account.secret))).toMatchObject({ kind: "expired" });
    expect(await codeStep(null, nowCode(account.secret))).toMatchObject({ kind: "expired" });

    const later = await passwordStep(account.email);
    // "Sign out everywhere" or a password reset after the password step.
    await db.execute(sql`update users set sessions_valid_after = now() + interval '1 second' where id = ${account.id}`);
    expect(await codeStep(later, nowCode(account.secret))).toMatchObject({ kind: "expired" });
    expect(hasSession()).toBe(false);
    expect(CHALLENGE_SECONDS).toBeLessThanOrEqual(600);
  });

  it("bad input at the code step is answered with a field error, and changes nothing", async () => {
    const account = await accountWithSecondFactor();
    const challenge = await passwordStep(account.email);
    for (const code of ["", "12345", "12 34 5x", "x".repeat(65), "1234567"]) {
      expect(await codeStep(challenge, code)).toMatchObject({ kind: "invalid-input", fieldErrors: { code: [expect.any(String)] } });
    }
    expect(await db.$count(signInChallenges, and(eq(signInChallenges.userId, account.id), eq(signInChallenges.failedAttempts, 0)))).toBe(1);
  });
});

describe("turning a second factor on and off", () => {
  it("asks for a current code, shows ten recovery codes once, keeps only their hashes and never shows the secret again", async () => {
    const user = await insertUser(db, { passwordHash });
    signInAs(user.id);
    const secret = (await pendingSecret(db, user.id))!;
    expect(await pendingSecret(db, user.id)).toBe(secret);
    const wrong = nowCode(secret) === "000000" ? "111111" : "000000";
    expect(await enableSecondFactor({ code: wrong })).toEqual({ ok: false, message: WRONG_SETUP_CODE, fieldErrors: { code: [WRONG_SETUP_CODE] } });
    expect(await secondFactorStatus(db, user.id)).toBeNull();

    const enabled = (await enableSecondFactor({ code: nowCode(secret) })) as { ok: true; recoveryCodes: string[] };
    expect(enabled.ok).toBe(true);
    expect(enabled.recoveryCodes).toHaveLength(10);
    expect(await secondFactorStatus(db, user.id)).toMatchObject({ recoveryCodesLeft: 10 });
    expect(await pendingSecret(db, user.id)).toBeNull();
    const [row] = await db.select().from(secondFactors).where(eq(secondFactors.userId, user.id));
    expect(row!.secretEncrypted).not.toContain(secret);
    const stored = await db.select({ codeHash: recoveryCodes.codeHash }).from(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    for (const code of enabled.recoveryCodes) expect(stored.map((r) => r.codeHash).join()).not.toContain(code.replace(/-/g, ""));
    expect(await db.$count(auditLog, and(eq(auditLog.action, "user.second_factor_on"), eq(auditLog.targetId, String(user.id))))).toBe(1);

    // The code that turned it on cannot also sign in.
    expect(await codeStep(await passwordStep(user.email), nowCode(secret))).toMatchObject({ kind: "refused" });
  });

  it("new recovery codes need a current code and replace the old ones", async () => {
    const account = await accountWithSecondFactor();
    signInAs(account.id);
    expect(await regenerateRecoveryCodes({ code: "12345" })).toMatchObject({ ok: false, fieldErrors: { code: [expect.any(String)] } });
    const fresh = (await regenerateRecoveryCodes({ code: nowCode(account.secret) })) as { ok: true; recoveryCodes: string[] };
    expect(fresh.recoveryCodes).toHaveLength(10);
    // The same code twice: refused, and the codes just made stay.
    expect(await regenerateRecoveryCodes({ code: nowCode(account.secret) })).toMatchObject({ ok: false });
    expect(await db.$count(recoveryCodes, eq(recoveryCodes.userId, account.id))).toBe(10);
  });

  it("turning it off needs the password or a current code", async () => {
    const account = await accountWithSecondFactor();
    signInAs(account.id);
    expect(await disableSecondFactor({ confirmation: "not the password" })).toEqual({ ok: false, message: WRONG_CONFIRMATION, fieldErrors: { confirmation: [WRONG_CONFIRMATION] } });
    expect(await disableSecondFactor({ confirmation: "" })).toMatchObject({ ok: false, fieldErrors: { confirmation: [expect.any(String)] } });
    expect(await secondFactorStatus(db, account.id)).not.toBeNull();
    expect(await disableSecondFactor({ confirmation: nowCode(account.secret) })).toMatchObject({ ok: true });
    expect(await secondFactorStatus(db, account.id)).toBeNull();

    const other = await accountWithSecondFactor();
    signInAs(other.id);
    expect(await disableSecondFactor({ confirmation: PASSWORD })).toMatchObject({ ok: true });
    expect(await db.$count(recoveryCodes, eq(recoveryCodes.userId, other.id))).toBe(0);
    // Signed out: refused.
    signInAs(null);
    expect(await disableSecondFactor({ confirmation: PASSWORD })).toMatchObject({ ok: false });
  });
});

describe("admins without a second factor", () => {
  it("are refused every admin step by the guard, and sent to set one up by the admin pages", async () => {
    const admin = await insertUser(db, { role: "admin" }, { secondFactor: false });
    const organization = await insertOrganization(db, { status: "pending" });
    signInAs(admin.id);
    expect(await approveOrganization({ organizationId: String(organization.id) })).toEqual({ ok: false, message: SECOND_FACTOR_NEEDED, fieldErrors: {} });
    expect((await db.select({ status: organizations.status }).from(organizations).where(eq(organizations.id, organization.id)))[0]!.status).toBe("pending");
    await expect(requireAdmin("/admin/organizations")).rejects.toMatchObject({ digest: expect.stringContaining("/me/security?returnTo=%2Fadmin%2Forganizations") });

    // With one, the same admin passes both.
    signInAs(admin.id);
    await insertSecondFactor(db, admin.id);
    expect((await requireAdmin("/admin")).userId).toBe(admin.id);
    expect(await approveOrganization({ organizationId: String(organization.id) })).toMatchObject({ ok: true });
  });
});
