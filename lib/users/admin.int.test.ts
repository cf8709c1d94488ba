/**
 * The admins' changes to user accounts (invariants 4, 5 and 6): only an
 * admin, read from the database, may make them; each writes exactly one audit
 * row in its transaction, and only from the state it changes; a disabled
 * account loses its session on the next request.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb, type Database } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { insertMembership, insertOrganization, insertUser } from "@/lib/testing/fixtures";
import { NO_ACCESS, SIGNED_OUT } from "@/lib/actions/guard";
import { signInAs } from "@/lib/auth/testing/session-mock";
import { loadViewer, type Viewer } from "@/lib/auth/viewer";
import { changeUserRole, disableUser, enableUser, getUserForAdmin, searchUsers } from "./admin";
import { containsPattern } from "@/lib/text-match";
import { USER_ADMIN_REFUSALS } from "./schemas";

vi.mock("@/lib/auth/session", () => import("@/lib/auth/testing/session-mock"));

let db: Database;
let admin: typeof users.$inferSelect;
let adminViewer: Viewer;
let sequence = 0;
const REASON = "Asked by the coalition's director by phone.";

beforeAll(async () => {
  db = await getDb();
  admin = await insertUser(db, { role: "admin", name: "Ada Admin" });
  adminViewer = (await loadViewer(db, { userId: admin.id, signedInAt: new Date(), sessionId: crypto.randomUUID() }))!;
});

/** A word no other test's rows contain, so a search finds only this test's accounts. */
const token = () => `zq${Date.now().toString(36)}x${++sequence}`;

const userRow = async (id: number) => (await db.select().from(users).where(eq(users.id, id)))[0]!;
const auditRowsFor = (id: number) => db.select().from(auditLog).where(and(eq(auditLog.targetType, "user"), eq(auditLog.targetId, String(id))));
const auditCount = () => db.$count(auditLog);

describe("who may change an account", () => {
  it("refuses coordinators, volunteers, disabled admins and the signed out, and writes nothing", async () => {
    const organization = await insertOrganization(db);
    const coordinator = await insertUser(db);
    await insertMembership(db, coordinator.id, organization.id, "owner");
    const volunteer = await insertUser(db);
    const disabledAdmin = await insertUser(db, { role: "admin", disabledAt: new Date() });
    const target = await insertUser(db);
    const disabledTarget = await insertUser(db, { disabledAt: new Date() });
    const before = { audit: await auditCount(), target: await userRow(target.id), disabledTarget: await userRow(disabledTarget.id) };

    const cases: [number | null, string][] = [
      [null, SIGNED_OUT],
      [volunteer.id, NO_ACCESS],
      [coordinator.id, NO_ACCESS],
      // Their session is older than nothing, but the database says disabled: signed out.
      [disabledAdmin.id, SIGNED_OUT],
    ];
    for (const [who, message] of cases) {
      signInAs(who);
      expect(await changeUserRole({ userId: String(target.id), role: "admin", reason: REASON })).toEqual({ ok: false, message, fieldErrors: {} });
      expect(await disableUser({ userId: String(target.id), reason: REASON })).toEqual({ ok: false, message, fieldErrors: {} });
      expect(await enableUser({ userId: String(disabledTarget.id), reason: REASON })).toEqual({ ok: false, message, fieldErrors: {} });
    }
    // A volunteer cannot make themselves an admin either.
    signInAs(volunteer.id);
    expect(await changeUserRole({ userId: String(volunteer.id), role: "admin", reason: REASON })).toMatchObject({ ok: false, message: NO_ACCESS });

    expect(await auditCount()).toBe(before.audit);
    expect(await userRow(target.id)).toEqual(before.target);
    expect(await userRow(disabledTarget.id)).toEqual(before.disabledTarget);
    expect((await userRow(volunteer.id)).role).toBe("user");
  });

  it("refuses the reads to anyone but an admin", async () => {
    const volunteer = await insertUser(db);
    const viewer = (await loadViewer(db, { userId: volunteer.id, signedInAt: new Date(), sessionId: crypto.randomUUID() }))!;
    await expect(searchUsers(viewer, { q: undefined, page: 1 })).rejects.toThrow();
    await expect(getUserForAdmin(viewer, volunteer.id)).rejects.toThrow();
  });
});

describe("an admin's changes", () => {
  it("changes a role both ways, each with one audit row naming actor, target, reason and the change", async () => {
    const target = await insertUser(db);
    signInAs(admin.id);
    expect(await changeUserRole({ userId: String(target.id), role: "admin", reason: REASON })).toMatchObject({ ok: true });
    expect((await userRow(target.id)).role).toBe("admin");
    // The promoted account is an admin on its very next request.
    expect((await loadViewer(db, { userId: target.id, signedInAt: new Date(), sessionId: crypto.randomUUID() }))?.role).toBe("admin");

    expect(await changeUserRole({ userId: String(target.id), role: "user", reason: "No longer on the moderation team." })).toMatchObject({ ok: true });
    expect((await userRow(target.id)).role).toBe("user");

    const rows = await auditRowsFor(target.id);
    expect(rows).toHaveLength(2);
    expect(rows.map(({ actorUserId, action, targetType, reason, details }) => ({ actorUserId, action, targetType, reason, details }))).toEqual([
      { actorUserId: admin.id, action: "user.role_change", targetType: "user", reason: REASON, details: { from: "user", to: "admin" } },
      { actorUserId: admin.id, action: "user.role_change", targetType: "user", reason: "No longer on the moderation team.", details: { from: "admin", to: "user" } },
    ]);
  });

  it("refuses a role the account already has, and writes nothing", async () => {
    const target = await insertUser(db);
    signInAs(admin.id);
    const before = await auditCount();
    expect(await changeUserRole({ userId: String(target.id), role: "user", reason: REASON })).toEqual({ ok: false, message: USER_ADMIN_REFUSALS.sameRole, fieldErrors: {} });
    expect(await auditCount()).toBe(before);
  });

  it("disables an account: its session ends on the next request, and enabling it does not bring that session back", async () => {
    const target = await insertUser(db);
    const sessionStart = new Date(Date.now() - 60_000);
    expect(await loadViewer(db, { userId: target.id, signedInAt: sessionStart, sessionId: crypto.randomUUID() })).not.toBeNull();

    signInAs(admin.id);
    expect(await disableUser({ userId: String(target.id), reason: REASON })).toMatchObject({ ok: true });
    const disabled = await userRow(target.id);
    expect(disabled.disabledAt).toBeInstanceOf(Date);
    expect(disabled.sessionsValidAfter).toBeInstanceOf(Date);
    expect(await loadViewer(db, { userId: target.id, signedInAt: sessionStart, sessionId: crypto.randomUUID() })).toBeNull();
    // Even a session that claims to be newer: the account itself is disabled.
    expect(await loadViewer(db, { userId: target.id, signedInAt: new Date(Date.now() + 60_000), sessionId: crypto.randomUUID() })).toBeNull();

    // Disabling again changes nothing and says so.
    const before = await auditCount();
    expect(await disableUser({ userId: String(target.id), reason: REASON })).toEqual({ ok: false, message: USER_ADMIN_REFUSALS.alreadyDisabled, fieldErrors: {} });
    expect(await auditCount()).toBe(before);
    expect((await userRow(target.id)).disabledAt).toEqual(disabled.disabledAt);

    expect(await enableUser({ userId: String(target.id), reason: "Confirmed it was a mistake." })).toMatchObject({ ok: true });
    expect((await userRow(target.id)).disabledAt).toBeNull();
    expect(await loadViewer(db, { userId: target.id, signedInAt: sessionStart, sessionId: crypto.randomUUID() })).toBeNull();
    expect(await loadViewer(db, { userId: target.id, signedInAt: new Date(Date.now() + 1000), sessionId: crypto.randomUUID() })).not.toBeNull();

    // Enabling an enabled account changes nothing and says so.
    const afterEnable = await auditCount();
    expect(await enableUser({ userId: String(target.id), reason: REASON })).toEqual({ ok: false, message: USER_ADMIN_REFUSALS.alreadyEnabled, fieldErrors: {} });
    expect(await auditCount()).toBe(afterEnable);

    const rows = await auditRowsFor(target.id);
    expect(rows.map(({ actorUserId, action, reason }) => ({ actorUserId, action, reason }))).toEqual([
      { actorUserId: admin.id, action: "user.disable", reason: REASON },
      { actorUserId: admin.id, action: "user.enable", reason: "Confirmed it was a mistake." },
    ]);
  });

  it("disables another admin, who then cannot act as one", async () => {
    const otherAdmin = await insertUser(db, { role: "admin" });
    const target = await insertUser(db);
    signInAs(admin.id);
    expect(await disableUser({ userId: String(otherAdmin.id), reason: REASON })).toMatchObject({ ok: true });
    signInAs(otherAdmin.id, new Date(Date.now() + 1000));
    expect(await disableUser({ userId: String(target.id), reason: REASON })).toMatchObject({ ok: false, message: SIGNED_OUT });
    expect((await userRow(target.id)).disabledAt).toBeNull();
  });

  it("keeps an admin from disabling themselves or removing their own admin role", async () => {
    signInAs(admin.id);
    const before = await auditCount();
    expect(await disableUser({ userId: String(admin.id), reason: REASON })).toEqual({ ok: false, message: USER_ADMIN_REFUSALS.ownAccount, fieldErrors: {} });
    expect(await changeUserRole({ userId: String(admin.id), role: "user", reason: REASON })).toEqual({ ok: false, message: USER_ADMIN_REFUSALS.ownRole, fieldErrors: {} });
    expect(await auditCount()).toBe(before);
    expect(await userRow(admin.id)).toMatchObject({ role: "admin", disabledAt: null, sessionsValidAfter: null });
  });

  it("answers bad input field by field and writes nothing", async () => {
    const target = await insertUser(db);
    signInAs(admin.id);
    const before = { audit: await auditCount(), target: await userRow(target.id) };
    const fieldsOf = (result: unknown) => Object.keys((result as { fieldErrors: Record<string, unknown> }).fieldErrors).sort();

    const badRole = await changeUserRole({ userId: "12abc", role: "owner", reason: "short" });
    expect(badRole).toMatchObject({ ok: false });
    expect(fieldsOf(badRole)).toEqual(["reason", "role", "userId"]);
    expect(fieldsOf(await disableUser({ userId: String(target.id), reason: "  too short   " }))).toEqual(["reason"]);
    expect(fieldsOf(await disableUser({ userId: "-4", reason: REASON }))).toEqual(["userId"]);
    expect(fieldsOf(await enableUser({ userId: String(target.id) }))).toEqual(["reason"]);
    expect(fieldsOf(await disableUser({ userId: String(target.id), reason: "x".repeat(1001) }))).toEqual(["reason"]);
    expect(fieldsOf(await changeUserRole("not even an object"))).toEqual([]);

    expect(await auditCount()).toBe(before.audit);
    expect(await userRow(target.id)).toEqual(before.target);
  });

  it("says an unknown account was not found", async () => {
    signInAs(admin.id);
    expect(await disableUser({ userId: "2147483000", reason: REASON })).toEqual({ ok: false, message: USER_ADMIN_REFUSALS.notFound, fieldErrors: {} });
  });
});

describe("finding accounts", () => {
  it("finds by part of a name or an e-mail address, whatever the case, with their organizations", async () => {
    const word = token();
    const organization = await insertOrganization(db, { name: `Searchable shelter ${word}` });
    const byName = await insertUser(db, { name: `Margaret ${word.toUpperCase()}Holloway` });
    const byEmail = await insertUser(db, { email: `m.${word}.holloway@example.org` });
    await insertMembership(db, byName.id, organization.id, "owner");

    const ids = async (q: string) => (await searchUsers(adminViewer, { q, page: 1 })).items.map((item) => item.id).sort((a, b) => a - b);
    expect(await ids(word)).toEqual([byName.id, byEmail.id].sort((a, b) => a - b));
    expect(await ids(`${word.toUpperCase()}holl`)).toEqual([byName.id]);
    expect(await ids(`${word}.HOLLOWAY@EXAMPLE`)).toEqual([byEmail.id]);

    const found = (await searchUsers(adminViewer, { q: `${word}holloway`, page: 1 })).items;
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ id: byName.id, role: "user", disabledAt: null, organizations: [{ id: organization.id, role: "owner", status: "approved" }] });
  });

  it("reads % and _ in the query as themselves, not as patterns", async () => {
    const word = token();
    const percent = await insertUser(db, { name: `Fifty${word}%Off` });
    await insertUser(db, { name: `Fifty${word}XOff` });
    const underscore = await insertUser(db, { email: `a_${word}@example.org` });
    await insertUser(db, { email: `ab${word}@example.org` });

    const ids = async (q: string) => (await searchUsers(adminViewer, { q, page: 1 })).items.map((item) => item.id);
    expect(await ids(`${word}%off`)).toEqual([percent.id]);
    expect(await ids(`%`).then((found) => found.includes(percent.id))).toBe(true);
    expect(await ids(`a_${word}`)).toEqual([underscore.id]);
    expect(containsPattern("50%_\\")).toBe("%50\\%\\_\\\\%");
  });

  it("pages by 25", async () => {
    const word = token();
    for (let i = 0; i < 27; i++) await insertUser(db, { name: `Pager ${word} ${String(i).padStart(2, "0")}` });
    const first = await searchUsers(adminViewer, { q: word, page: 1 });
    const second = await searchUsers(adminViewer, { q: word, page: 2 });
    expect({ total: first.total, pageCount: first.pageCount, onFirst: first.items.length, onSecond: second.items.length }).toEqual({ total: 27, pageCount: 2, onFirst: 25, onSecond: 2 });
    expect(second.items.map((item) => item.name)).toEqual([`Pager ${word} 25`, `Pager ${word} 26`]);
  });

  it("shows an account's own history", async () => {
    const target = await insertUser(db);
    signInAs(admin.id);
    await disableUser({ userId: String(target.id), reason: REASON });
    const details = await getUserForAdmin(adminViewer, target.id);
    expect(details?.history).toEqual([expect.objectContaining({ action: "user.disable", reason: REASON, actorEmail: admin.email })]);
    expect(await getUserForAdmin(adminViewer, 2_147_483_000)).toBeNull();
    expect(await getUserForAdmin(adminViewer, Number.NaN)).toBeNull();
  });
});
