/**
 * The admins' audit log: each filter narrows it, bad values in the address
 * are dropped rather than failing, and only an admin reads it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type Database } from "@/db/client";
import { auditLog } from "@/db/schema";
import { insertOpportunity, insertOrganization, insertUser } from "@/lib/testing/fixtures";
import { loadViewer, type Viewer } from "@/lib/auth/viewer";
import { AUDIT_PAGE_SIZE, auditQueryString, listAuditActions, listAuditEntries, parseAuditParams, type AuditFilters } from "./queries";

let db: Database;
let admin: Viewer;
let alice: { id: number; email: string };
let bob: { id: number; email: string };
let approved: { id: number; slug: string; name: string };
let pending: { id: number; slug: string; name: string };

const noFilters: AuditFilters = { action: undefined, target: undefined, actor: undefined, from: undefined, to: undefined, page: 1 };
/** Noon in Maine (UTC-5 in January) on a day of January 2001, far from any row another test writes at "now". */
const jan = (day: number, hour = 17) => new Date(Date.UTC(2001, 0, day, hour));

beforeAll(async () => {
  db = await getDb();
  const adminRow = await insertUser(db, { role: "admin" });
  admin = (await loadViewer(db, { userId: adminRow.id, signedInAt: new Date(), sessionId: crypto.randomUUID() }))!;
  alice = await insertUser(db, { name: "Alice Auditor", email: `Alice.${Date.now().toString(36)}@Example.org` });
  bob = await insertUser(db, { name: "Bob Builder" });
  approved = await insertOrganization(db, { status: "approved" });
  pending = await insertOrganization(db, { status: "pending" });
  await db.insert(auditLog).values([
    { actorUserId: alice.id, action: "organization.approve", targetType: "organization", targetId: String(approved.id), createdAt: jan(3) },
    { actorUserId: alice.id, action: "organization.reject", targetType: "organization", targetId: String(pending.id), reason: "Not a nonprofit we could verify.", createdAt: jan(5) },
    { actorUserId: bob.id, action: "user.disable", targetType: "user", targetId: String(alice.id), reason: "Left the coalition.", createdAt: jan(7) },
    // Late in the evening of the 9th in Maine, already the 10th in UTC.
    { actorUserId: null, action: "auth.sign_in_burst", targetType: "user", targetId: "unknown", details: { emailHash: "ab12" }, createdAt: new Date(Date.UTC(2001, 0, 10, 3)) },
  ]);
});

const actionsOf = async (filters: Partial<AuditFilters>) => (await listAuditEntries(admin, { ...noFilters, from: "2001-01-01", to: "2001-01-31", ...filters })).items.map((item) => item.action);

describe("the audit log", () => {
  it("lists newest first, with the actor, or system when there is none", async () => {
    const { items, total } = await listAuditEntries(admin, { ...noFilters, from: "2001-01-01", to: "2001-01-31" });
    expect(total).toBe(4);
    expect(items.map((item) => item.action)).toEqual(["auth.sign_in_burst", "user.disable", "organization.reject", "organization.approve"]);
    expect(items[0]).toMatchObject({ actorUserId: null, actorEmail: null, targetId: "unknown", details: { emailHash: "ab12" } });
    expect(items[1]).toMatchObject({ actorName: "Bob Builder", actorEmail: bob.email, reason: "Left the coalition." });
  });

  it("writes each entry as a sentence, linking the people and organizations that still exist", async () => {
    const { items } = await listAuditEntries(admin, { ...noFilters, from: "2001-01-01", to: "2001-01-31" });
    const [burst, disable, reject, approve] = items.map((item) => item.sentence);
    expect(approve).toEqual([{ name: "Alice Auditor", href: `/admin/users/${alice.id}` }, " approved ", { name: approved.name, href: `/admin/organizations/${approved.id}` }]);
    expect(reject).toEqual([{ name: "Alice Auditor", href: `/admin/users/${alice.id}` }, " rejected ", { name: pending.name, href: `/admin/organizations/${pending.id}` }]);
    expect(disable).toEqual([{ name: "Bob Builder", href: `/admin/users/${bob.id}` }, " disabled the account of ", { name: "Alice Auditor", href: `/admin/users/${alice.id}` }]);
    expect(burst).toEqual(["Many failed sign-ins were tried for ", "an address with no account"]);
  });

  it("names a posting with its organization, links it only while it is public, and says when it is gone", async () => {
    const shown = await insertOpportunity(db, approved.id, { title: "Join our action alert network" });
    const draft = await insertOpportunity(db, approved.id, { title: "A draft", status: "draft" });
    const feb = (day: number) => new Date(Date.UTC(2001, 1, day, 17));
    await db.insert(auditLog).values([
      { actorUserId: alice.id, action: "opportunity.unpublish", targetType: "opportunity", targetId: String(shown.id), reason: "Reported twice.", createdAt: feb(1) },
      { actorUserId: alice.id, action: "opportunity.update", targetType: "opportunity", targetId: String(draft.id), createdAt: feb(2) },
      { actorUserId: alice.id, action: "opportunity.close", targetType: "opportunity", targetId: "999999999", createdAt: feb(3) },
      { actorUserId: null, action: "user.role_change", targetType: "user", targetId: String(bob.id), details: { to: "admin" }, createdAt: feb(4) },
    ]);
    const { items } = await listAuditEntries(admin, { ...noFilters, from: "2001-02-01", to: "2001-02-28" });
    const organization = { name: approved.name, href: `/admin/organizations/${approved.id}` };
    expect(items.map((item) => item.sentence)).toEqual([
      ["The site", " changed the role of ", { name: "Bob Builder", href: `/admin/users/${bob.id}` }, " to admin"],
      [{ name: "Alice Auditor", href: `/admin/users/${alice.id}` }, " closed ", "a posting that no longer exists"],
      [{ name: "Alice Auditor", href: `/admin/users/${alice.id}` }, " edited ", { name: "A draft", href: null }, " (", organization, ")"],
      [{ name: "Alice Auditor", href: `/admin/users/${alice.id}` }, " unpublished ", { name: "Join our action alert network", href: `/opportunities/${shown.slug}` }, " (", organization, ")"],
    ]);
  });

  it("filters by action, target type, actor and dates, alone and together", async () => {
    expect(await actionsOf({ action: "user.disable" })).toEqual(["user.disable"]);
    expect(await actionsOf({ target: "organization" })).toEqual(["organization.reject", "organization.approve"]);
    expect(await actionsOf({ target: "mail" })).toEqual([]);
    // Part of the address, whatever its case.
    expect(await actionsOf({ actor: alice.email.toUpperCase().slice(0, 12) })).toEqual(["organization.reject", "organization.approve"]);
    expect(await actionsOf({ actor: "%" })).toEqual([]);
    expect(await actionsOf({ actor: alice.email, action: "organization.approve" })).toEqual(["organization.approve"]);
    // Days are Maine's, and "to" includes the whole of its day.
    expect(await actionsOf({ from: "2001-01-05", to: "2001-01-07" })).toEqual(["user.disable", "organization.reject"]);
    expect(await actionsOf({ from: "2001-01-09", to: "2001-01-09" })).toEqual(["auth.sign_in_burst"]);
    expect(await actionsOf({ from: "2001-01-10", to: "2001-01-10" })).toEqual([]);
    expect(await actionsOf({ from: "2001-01-08", to: "2001-01-04" })).toEqual([]);
  });

  it("offers the actions the log holds", async () => {
    const actions = await listAuditActions(admin);
    expect(actions).toEqual(expect.arrayContaining(["auth.sign_in_burst", "organization.approve", "organization.reject", "user.disable"]));
    expect(actions).toEqual([...actions].sort());
  });

  it("pages by 50", async () => {
    await db.insert(auditLog).values(
      Array.from({ length: AUDIT_PAGE_SIZE + 3 }, (_, i) => ({ actorUserId: null, action: "test.paging", targetType: "user", targetId: String(i), createdAt: new Date(Date.UTC(1999, 0, 1, 0, i)) })),
    );
    const second = await listAuditEntries(admin, { ...noFilters, action: "test.paging", page: 2 });
    expect({ total: second.total, pageCount: second.pageCount, targets: second.items.map((item) => item.targetId) }).toEqual({ total: 53, pageCount: 2, targets: ["2", "1", "0"] });
  });

  it("refuses anyone but an admin", async () => {
    const volunteer = await insertUser(db);
    const viewer = (await loadViewer(db, { userId: volunteer.id, signedInAt: new Date(), sessionId: crypto.randomUUID() }))!;
    await expect(listAuditEntries(viewer, noFilters)).rejects.toThrow();
    await expect(listAuditActions(viewer)).rejects.toThrow();
  });
});

describe("the audit log's address", () => {
  it("keeps good values and drops bad ones one by one", () => {
    expect(parseAuditParams({ action: "user.disable", target: "user", actor: " ada@example.org ", from: "2026-03-01", to: "2026-03-31", page: "3" })).toEqual({
      action: "user.disable",
      target: "user",
      actor: "ada@example.org",
      from: "2026-03-01",
      to: "2026-03-31",
      page: 3,
    });
    expect(parseAuditParams({ action: "DROP TABLE", target: "planet", actor: "x".repeat(300), from: "2026-02-30", to: "yesterday", page: "-1" })).toEqual(noFilters);
    expect(parseAuditParams({ action: ["user.enable", "user.disable"], target: "", page: ["2"] })).toMatchObject({ action: "user.enable", target: undefined, page: 2 });
  });

  it("writes the filters back into a query string, without page 1", () => {
    expect(auditQueryString({ ...noFilters, action: "user.disable", from: "2026-03-01" })).toBe("?action=user.disable&from=2026-03-01");
    expect(auditQueryString({ ...noFilters, page: 2 })).toBe("?page=2");
    expect(auditQueryString(noFilters)).toBe("");
  });
});
