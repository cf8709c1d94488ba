import { createHash } from "node:crypto";
import { and, desc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb, type Database } from "@/db/client";
import { auditLog, invitations, memberships, opportunities, organizations, outbox, rateLimits, users } from "@/db/schema";
import { insertMembership, insertOrganization, insertUser } from "@/lib/testing/fixtures";
import { NO_ACCESS, SIGNED_OUT } from "@/lib/actions/guard";
import { organizationAccess } from "@/lib/auth/permissions";
import { signInAs } from "@/lib/auth/testing/session-mock";
import { getViewer, loadViewer } from "@/lib/auth/viewer";
import { siteUrl } from "@/lib/site";
import {
  acceptInvitation,
  ALREADY_MEMBER,
  ALREADY_OWNER,
  DISABLED_MEMBER,
  INVITATION_UNUSABLE,
  INVITE_AFTER_APPROVAL,
  inviteCoordinator,
  LAST_OWNER,
  leaveOrganization,
  makeOwner,
  NOT_A_MEMBER,
  removeMember,
  revokeInvitation,
  WRONG_ADDRESS,
} from "./team";
import { createPosting } from "@/lib/opportunities/manage";
import { getInvitationPreview, listMembers, listOpenInvitations } from "./team-queries";

vi.mock("@/lib/auth/session", () => import("@/lib/auth/testing/session-mock"));

const DAY = 86_400_000;
let db: Database;
let sequence = 0;

/** An organization with its owner and one coordinator, fresh for each test. */
async function team(status: "pending" | "approved" | "rejected" | "suspended" = "approved") {
  const organization = await insertOrganization(db, { status });
  const owner = await insertUser(db, { name: "Olive Owner" });
  const coordinator = await insertUser(db);
  await insertMembership(db, owner.id, organization.id, "owner");
  await insertMembership(db, coordinator.id, organization.id, "coordinator");
  return { organization, owner, coordinator };
}

/** A posting form as the owner would post it, saved as a draft. */
const draftPosting = (organizationId: number) => ({
  organizationId: String(organizationId),
  title: "Front desk volunteer",
  summary: "Greet visitors and answer the phone.",
  description: "Greet visitors, answer the phone and help with the mail at our office.",
  type: "ongoing",
  skillLevel: "none",
  causes: ["basic_needs"],
  counties: ["kennebec"],
  expiresOn: new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10),
});

const freshAddress = () => `invitee-${Date.now().toString(36)}-${++sequence}@example.net`;

/** The link of the newest mail to an address, and the token in it. */
async function invitationMail(to: string) {
  const [mail] = await db.select().from(outbox).where(eq(outbox.to, to)).orderBy(desc(outbox.id)).limit(1);
  const token = mail ? /\/invitations\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] : undefined;
  return { mail, token: token! };
}

async function invite(ownerId: number, organizationId: number, email: string) {
  signInAs(ownerId);
  const result = await inviteCoordinator({ organizationId: String(organizationId), email });
  expect(result).toMatchObject({ ok: true });
  return (await invitationMail(email.toLowerCase())).token;
}

const isMember = async (userId: number, organizationId: number) =>
  (await db.$count(memberships, and(eq(memberships.userId, userId), eq(memberships.organizationId, organizationId)))) === 1;

const roleOf = async (userId: number, organizationId: number) => {
  const [row] = await db.select({ role: memberships.role }).from(memberships).where(and(eq(memberships.userId, userId), eq(memberships.organizationId, organizationId)));
  return row?.role;
};

const invitationOf = async (token: string) => {
  const hash = createHash("sha256").update(token).digest("hex");
  const [row] = await db.select().from(invitations).where(eq(invitations.tokenHash, hash));
  return row!;
};

/** Rows of every table a team change writes, to prove a refusal wrote none. */
const counts = async () => ({
  invitations: await db.$count(invitations),
  memberships: await db.$count(memberships),
  outbox: await db.$count(outbox),
  audit: await db.$count(auditLog),
});

beforeAll(async () => {
  db = await getDb();
});

describe("inviting a coordinator", () => {
  it("queues a mail with a single-use link and stores only the token's hash", async () => {
    const { organization, owner } = await team();
    const email = freshAddress();
    signInAs(owner.id);
    expect(await inviteCoordinator({ organizationId: String(organization.id), email: `  ${email.toUpperCase()} ` })).toMatchObject({ ok: true });

    const { mail, token } = await invitationMail(email);
    expect(mail!.text).toContain(`${siteUrl()}/invitations/${token}`);
    expect(mail!.text).toContain(organization.name);
    expect(mail!.text).toContain("Olive Owner");
    // Neither the address nor a name in the subject, nor the address in the link.
    expect(mail!.subject).not.toContain(email);
    expect(mail!.subject).not.toContain("Olive");
    expect(mail!.subject).not.toContain(organization.name);
    expect(mail!.text).not.toMatch(/https?:\/\/\S*@/);

    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [row] = await db.select().from(invitations).where(and(eq(invitations.organizationId, organization.id), eq(invitations.email, email)));
    expect(row).toMatchObject({ invitedByUserId: owner.id, acceptedAt: null, revokedAt: null });
    expect(row!.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(token);
    const lifetime = row!.expiresAt.getTime() - Date.now();
    expect(lifetime).toBeGreaterThan(7 * DAY - 60_000);
    expect(lifetime).toBeLessThanOrEqual(7 * DAY);

    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.action, "membership.invite"), eq(auditLog.targetId, String(row!.id))));
    expect(audit).toMatchObject({ actorUserId: owner.id, targetType: "invitation" });
  });

  it("replaces an earlier open invitation to the same address: only the newest link works", async () => {
    const { organization, owner } = await team();
    const invitee = await insertUser(db, { email: freshAddress() });
    const first = await invite(owner.id, organization.id, invitee.email);
    const second = await invite(owner.id, organization.id, invitee.email.toUpperCase());
    expect(second).not.toBe(first);
    expect((await invitationOf(first)).revokedAt).not.toBeNull();

    signInAs(owner.id);
    const access = organizationAccess(await getViewer(), organization.id, "team")!;
    expect((await listOpenInvitations(access)).map((i) => i.email)).toEqual([invitee.email]);

    signInAs(invitee.id);
    expect(await acceptInvitation({ token: first })).toMatchObject({ ok: false, message: INVITATION_UNUSABLE });
    expect(await acceptInvitation({ token: second })).toMatchObject({ ok: true });
  });

  it("refuses someone who is already a member, next to the field", async () => {
    const { organization, owner, coordinator } = await team();
    const before = await counts();
    signInAs(owner.id);
    const result = await inviteCoordinator({ organizationId: String(organization.id), email: coordinator.email.toUpperCase() });
    expect(result).toMatchObject({ ok: false, message: ALREADY_MEMBER, fieldErrors: { email: [ALREADY_MEMBER] } });
    expect(await counts()).toEqual(before);
  });

  it("is refused to a coordinator, and to the owner of a suspended or rejected organization", async () => {
    for (const status of ["approved", "suspended", "rejected"] as const) {
      const { organization, owner, coordinator } = await team(status);
      const who = status === "approved" ? coordinator : owner;
      const before = await counts();
      signInAs(who.id);
      expect(await inviteCoordinator({ organizationId: String(organization.id), email: freshAddress() })).toMatchObject({ ok: false, message: NO_ACCESS });
      expect(await counts()).toEqual(before);
    }
  });

  it("is refused to a pending organization until it is approved, writing nothing and queuing no mail; its owner can still prepare drafts", async () => {
    const { organization, owner } = await team("pending");
    const email = freshAddress();
    const before = { ...(await counts()), rateLimits: await db.$count(rateLimits) };
    signInAs(owner.id);
    expect(await inviteCoordinator({ organizationId: String(organization.id), email })).toEqual({ ok: false, message: INVITE_AFTER_APPROVAL, fieldErrors: {} });
    expect({ ...(await counts()), rateLimits: await db.$count(rateLimits) }).toEqual(before);
    expect(await db.$count(outbox, eq(outbox.to, email))).toBe(0);

    // Drafts are still theirs to prepare.
    const draft = await createPosting(draftPosting(organization.id));
    expect(draft).toMatchObject({ ok: true });
    expect(await db.$count(opportunities, and(eq(opportunities.organizationId, organization.id), eq(opportunities.status, "draft")))).toBe(1);

    // Once approved, the same invitation goes out.
    await db.update(organizations).set({ status: "approved" }).where(eq(organizations.id, organization.id));
    expect(await invite(owner.id, organization.id, email)).toBeTruthy();
  });

  it("allows 20 invitations a day per owner", async () => {
    const { organization, owner } = await team();
    signInAs(owner.id);
    for (let i = 0; i < 20; i++) {
      expect(await inviteCoordinator({ organizationId: String(organization.id), email: freshAddress() })).toMatchObject({ ok: true });
    }
    const before = await counts();
    const refused = await inviteCoordinator({ organizationId: String(organization.id), email: freshAddress() });
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining("Too many attempts") });
    expect(await counts()).toEqual(before);
  });
});

describe("accepting an invitation", () => {
  it("makes the invitee a coordinator once; the same link then fails", async () => {
    const { organization, owner } = await team();
    const invitee = await insertUser(db, { email: freshAddress().replace("invitee", "Invitee"), emailVerifiedAt: null });
    const token = await invite(owner.id, organization.id, invitee.email);

    signInAs(invitee.id);
    expect(await acceptInvitation({ token })).toEqual({ ok: true, slug: organization.slug });
    const [membership] = await db.select().from(memberships).where(and(eq(memberships.userId, invitee.id), eq(memberships.organizationId, organization.id)));
    expect(membership!.role).toBe("coordinator");
    expect((await invitationOf(token)).acceptedAt).not.toBeNull();
    const [user] = await db.select({ emailVerifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.id, invitee.id));
    expect(user!.emailVerifiedAt).not.toBeNull();
    expect(await db.$count(auditLog, and(eq(auditLog.action, "membership.accept"), eq(auditLog.actorUserId, invitee.id)))).toBe(1);

    const before = await counts();
    expect(await acceptInvitation({ token })).toMatchObject({ ok: false, message: INVITATION_UNUSABLE });
    expect(await counts()).toEqual(before);
    expect(await getInvitationPreview(token)).toEqual({ usable: false });
  });

  it("fails once the invitation has expired or was withdrawn", async () => {
    const { organization, owner } = await team();
    const invitee = await insertUser(db, { email: freshAddress() });
    const expired = await invite(owner.id, organization.id, invitee.email);
    await db.update(invitations).set({ expiresAt: sql`now() - interval '1 minute'` }).where(eq(invitations.id, (await invitationOf(expired)).id));
    signInAs(invitee.id);
    expect(await acceptInvitation({ token: expired })).toMatchObject({ ok: false, message: INVITATION_UNUSABLE });

    const withdrawn = await invite(owner.id, organization.id, invitee.email);
    expect(await revokeInvitation({ organizationId: String(organization.id), invitationId: String((await invitationOf(withdrawn)).id) })).toMatchObject({ ok: true });
    expect(await db.$count(auditLog, and(eq(auditLog.action, "membership.revoke_invitation"), eq(auditLog.actorUserId, owner.id)))).toBe(1);
    signInAs(invitee.id);
    expect(await acceptInvitation({ token: withdrawn })).toMatchObject({ ok: false, message: INVITATION_UNUSABLE });
    expect(await isMember(invitee.id, organization.id)).toBe(false);
  });

  it("fails once the organization is suspended", async () => {
    const { organization, owner } = await team();
    const invitee = await insertUser(db, { email: freshAddress() });
    const token = await invite(owner.id, organization.id, invitee.email);
    await db.execute(sql`update organizations set status = 'suspended' where id = ${organization.id}`);
    signInAs(invitee.id);
    expect(await getInvitationPreview(token)).toEqual({ usable: false });
    expect(await acceptInvitation({ token })).toMatchObject({ ok: false, message: INVITATION_UNUSABLE });
    expect(await isMember(invitee.id, organization.id)).toBe(false);
  });

  it("refuses another signed-in address without using the invitation", async () => {
    const { organization, owner } = await team();
    const invitee = await insertUser(db, { email: freshAddress() });
    const stranger = await insertUser(db, { email: freshAddress() });
    const token = await invite(owner.id, organization.id, invitee.email);

    signInAs(stranger.id);
    expect(await getInvitationPreview(token)).toMatchObject({ usable: true, organizationName: organization.name, viewer: { kind: "other-address" } });
    expect(JSON.stringify(await getInvitationPreview(token))).not.toContain(invitee.email);
    expect(await acceptInvitation({ token })).toMatchObject({ ok: false, message: WRONG_ADDRESS });
    expect(await isMember(stranger.id, organization.id)).toBe(false);
    expect((await invitationOf(token)).acceptedAt).toBeNull();

    signInAs(invitee.id);
    expect(await getInvitationPreview(token)).toMatchObject({ usable: true, viewer: { kind: "invited", email: invitee.email } });
    expect(await acceptInvitation({ token })).toMatchObject({ ok: true });
    expect(await isMember(invitee.id, organization.id)).toBe(true);
  });

  it("shows a signed-out visitor the organization only, and asks them to sign in to accept", async () => {
    const { organization, owner } = await team();
    const email = freshAddress();
    const token = await invite(owner.id, organization.id, email);
    signInAs(null);
    const preview = await getInvitationPreview(token);
    expect(preview).toEqual({ usable: true, organizationName: organization.name, invitedBy: "Olive Owner", viewer: { kind: "signed-out" } });
    expect(await acceptInvitation({ token })).toMatchObject({ ok: false, message: SIGNED_OUT });
    expect(await getInvitationPreview("not-a-token")).toEqual({ usable: false });
    expect(await getInvitationPreview("../../etc")).toEqual({ usable: false });
    expect((await invitationOf(token)).acceptedAt).toBeNull();
  });
});

describe("removing and leaving", () => {
  it("lets the owner remove a coordinator, but not themselves", async () => {
    const { organization, owner, coordinator } = await team();
    signInAs(owner.id);
    expect(await removeMember({ organizationId: String(organization.id), userId: String(owner.id) })).toMatchObject({ ok: false, message: expect.stringContaining("cannot remove yourself") });
    expect(await isMember(owner.id, organization.id)).toBe(true);

    expect(await removeMember({ organizationId: String(organization.id), userId: String(coordinator.id) })).toMatchObject({ ok: true });
    expect(await isMember(coordinator.id, organization.id)).toBe(false);
    expect(await db.$count(auditLog, and(eq(auditLog.action, "membership.remove"), eq(auditLog.targetId, `${organization.id}:${coordinator.id}`)))).toBe(1);
    // Removed means no access on the next request.
    signInAs(coordinator.id);
    expect(organizationAccess(await getViewer(), organization.id, "view")).toBeNull();
  });

  it("refuses a coordinator who tries to remove, withdraw or invite", async () => {
    const { organization, owner, coordinator } = await team();
    const other = await insertUser(db);
    await insertMembership(db, other.id, organization.id, "coordinator");
    const token = await invite(owner.id, organization.id, freshAddress());
    const before = await counts();
    signInAs(coordinator.id);
    const orgId = String(organization.id);
    expect(await removeMember({ organizationId: orgId, userId: String(other.id) })).toMatchObject({ ok: false, message: NO_ACCESS });
    expect(await removeMember({ organizationId: orgId, userId: String(owner.id) })).toMatchObject({ ok: false, message: NO_ACCESS });
    expect(await revokeInvitation({ organizationId: orgId, invitationId: String((await invitationOf(token)).id) })).toMatchObject({ ok: false, message: NO_ACCESS });
    expect(await counts()).toEqual(before);
    expect((await invitationOf(token)).revokedAt).toBeNull();
  });

  it("changes nothing of another organization", async () => {
    const a = await team();
    const b = await team();
    const theirInvitation = await invitationOf(await invite(b.owner.id, b.organization.id, freshAddress()));
    const before = await counts();
    signInAs(a.owner.id);
    // B's ids under A's organization: no row matches.
    expect(await removeMember({ organizationId: String(a.organization.id), userId: String(b.coordinator.id) })).toMatchObject({ ok: false, message: "This person is not a member of the team." });
    expect(await revokeInvitation({ organizationId: String(a.organization.id), invitationId: String(theirInvitation.id) })).toMatchObject({ ok: false });
    // B's organization itself: not a member.
    expect(await removeMember({ organizationId: String(b.organization.id), userId: String(b.coordinator.id) })).toMatchObject({ ok: false, message: NO_ACCESS });
    expect(await revokeInvitation({ organizationId: String(b.organization.id), invitationId: String(theirInvitation.id) })).toMatchObject({ ok: false, message: NO_ACCESS });
    expect(await leaveOrganization({ organizationId: String(b.organization.id) })).toMatchObject({ ok: false, message: NO_ACCESS });
    expect(await counts()).toEqual(before);
    expect(await isMember(b.coordinator.id, b.organization.id)).toBe(true);
    const [still] = await db.select({ revokedAt: invitations.revokedAt }).from(invitations).where(eq(invitations.id, theirInvitation.id));
    expect(still!.revokedAt).toBeNull();
  });

  it("keeps the last owner, and lets a coordinator leave", async () => {
    const { organization, owner, coordinator } = await team("suspended");
    signInAs(owner.id);
    expect(await leaveOrganization({ organizationId: String(organization.id) })).toMatchObject({ ok: false, message: LAST_OWNER });
    expect(await isMember(owner.id, organization.id)).toBe(true);

    // Even in a suspended organization a coordinator may leave.
    signInAs(coordinator.id);
    expect(await leaveOrganization({ organizationId: String(organization.id) })).toMatchObject({ ok: true });
    expect(await isMember(coordinator.id, organization.id)).toBe(false);
    expect(await db.$count(auditLog, and(eq(auditLog.action, "membership.leave"), eq(auditLog.actorUserId, coordinator.id)))).toBe(1);
  });

  it("lets an owner leave when another owner stays", async () => {
    const { organization, owner } = await team();
    const second = await insertUser(db);
    await insertMembership(db, second.id, organization.id, "owner");
    signInAs(owner.id);
    expect(await leaveOrganization({ organizationId: String(organization.id) })).toMatchObject({ ok: true });
    signInAs(second.id);
    expect(await leaveOrganization({ organizationId: String(organization.id) })).toMatchObject({ ok: false, message: LAST_OWNER });
  });
});

describe("making an owner", () => {
  it("makes a coordinator an owner with one audit row and one mail; the first owner may then leave", async () => {
    const { organization, owner, coordinator } = await team();
    const before = await counts();
    signInAs(owner.id);
    expect(await makeOwner({ organizationId: String(organization.id), userId: String(coordinator.id) })).toEqual({ ok: true, slug: organization.slug });

    expect(await roleOf(coordinator.id, organization.id)).toBe("owner");
    expect(await counts()).toEqual({ ...before, outbox: before.outbox + 1, audit: before.audit + 1 });

    const audits = await db.select().from(auditLog).where(and(eq(auditLog.action, "membership.make_owner"), eq(auditLog.targetId, `${organization.id}:${coordinator.id}`)));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorUserId: owner.id, targetType: "membership" });
    const details = JSON.stringify(audits[0]!.details);
    for (const personal of [coordinator.email, coordinator.name, owner.email, "Olive"]) expect(details).not.toContain(personal);

    const mails = await db.select().from(outbox).where(eq(outbox.to, coordinator.email));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain(`${siteUrl()}/dashboard/${organization.slug}/team`);
    expect(mails[0]!.text).toContain(organization.name);
    for (const personal of [coordinator.email, coordinator.name, "Olive", organization.name]) expect(mails[0]!.subject).not.toContain(personal);

    // The new owner manages the team on their next request.
    signInAs(coordinator.id);
    expect(organizationAccess(await getViewer(), organization.id, "team")).not.toBeNull();

    // Asking twice changes nothing more.
    signInAs(owner.id);
    const after = await counts();
    expect(await makeOwner({ organizationId: String(organization.id), userId: String(coordinator.id) })).toMatchObject({ ok: false, message: ALREADY_OWNER });
    expect(await makeOwner({ organizationId: String(organization.id), userId: String(owner.id) })).toMatchObject({ ok: false, message: ALREADY_OWNER });
    expect(await counts()).toEqual(after);

    // The first owner is no longer the last one; the new owner now is.
    expect(await leaveOrganization({ organizationId: String(organization.id) })).toMatchObject({ ok: true });
    expect(await isMember(owner.id, organization.id)).toBe(false);
    signInAs(coordinator.id);
    expect(await leaveOrganization({ organizationId: String(organization.id) })).toMatchObject({ ok: false, message: LAST_OWNER });
  });

  it("is refused to a coordinator, and to the owner of a suspended organization", async () => {
    const { organization, owner, coordinator } = await team();
    const other = await insertUser(db);
    await insertMembership(db, other.id, organization.id, "coordinator");
    const before = await counts();
    signInAs(coordinator.id);
    const orgId = String(organization.id);
    expect(await makeOwner({ organizationId: orgId, userId: String(other.id) })).toMatchObject({ ok: false, message: NO_ACCESS });
    expect(await makeOwner({ organizationId: orgId, userId: String(coordinator.id) })).toMatchObject({ ok: false, message: NO_ACCESS });

    await db.execute(sql`update organizations set status = 'suspended' where id = ${organization.id}`);
    signInAs(owner.id);
    expect(await makeOwner({ organizationId: orgId, userId: String(other.id) })).toMatchObject({ ok: false, message: NO_ACCESS });

    expect(await counts()).toEqual(before);
    expect(await roleOf(coordinator.id, organization.id)).toBe("coordinator");
    expect(await roleOf(other.id, organization.id)).toBe("coordinator");
  });

  it("changes nothing of another organization", async () => {
    const a = await team();
    const b = await team();
    const before = await counts();
    signInAs(a.owner.id);
    // B's member under A's organization: no row matches, and the answer is the removal's "not a member".
    const result = await makeOwner({ organizationId: String(a.organization.id), userId: String(b.coordinator.id) });
    expect(result).toMatchObject({ ok: false, message: NOT_A_MEMBER });
    expect(await removeMember({ organizationId: String(a.organization.id), userId: String(b.coordinator.id) })).toMatchObject({ ok: false, message: NOT_A_MEMBER });
    // B's organization itself: not a member.
    expect(await makeOwner({ organizationId: String(b.organization.id), userId: String(b.coordinator.id) })).toMatchObject({ ok: false, message: NO_ACCESS });
    expect(await counts()).toEqual(before);
    expect(await roleOf(b.coordinator.id, b.organization.id)).toBe("coordinator");
    expect(await isMember(b.coordinator.id, a.organization.id)).toBe(false);
  });

  it("refuses a coordinator whose account is disabled", async () => {
    const { organization, owner, coordinator } = await team();
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, coordinator.id));
    const before = await counts();
    signInAs(owner.id);
    expect(await makeOwner({ organizationId: String(organization.id), userId: String(coordinator.id) })).toMatchObject({ ok: false, message: DISABLED_MEMBER });
    expect(await counts()).toEqual(before);
    expect(await roleOf(coordinator.id, organization.id)).toBe("coordinator");
    // The team page hides the button for them.
    const access = organizationAccess(await getViewer(), organization.id, "team")!;
    expect((await listMembers(access)).find((m) => m.userId === coordinator.id)).toMatchObject({ disabled: true });
  });
});

describe("bad input", () => {
  it("gets field errors and writes nothing", async () => {
    const { organization, owner } = await team();
    const before = await counts();
    signInAs(owner.id);
    const orgId = String(organization.id);
    expect(await inviteCoordinator({ organizationId: orgId, email: "not an address" })).toMatchObject({ ok: false, fieldErrors: { email: [expect.any(String)] } });
    expect(await inviteCoordinator({ organizationId: orgId, email: "" })).toMatchObject({ ok: false, fieldErrors: { email: [expect.stringContaining("Enter the e-mail address")] } });
    expect(await inviteCoordinator({ organizationId: "abc", email: freshAddress() })).toMatchObject({ ok: false, fieldErrors: { organizationId: [expect.any(String)] } });
    expect(await revokeInvitation({ organizationId: orgId, invitationId: "1; drop table invitations" })).toMatchObject({ ok: false, fieldErrors: { invitationId: [expect.any(String)] } });
    expect(await removeMember({ organizationId: orgId, userId: "-4" })).toMatchObject({ ok: false, fieldErrors: { userId: [expect.any(String)] } });
    expect(await removeMember({ organizationId: orgId, userId: "99999999999" })).toMatchObject({ ok: false, fieldErrors: { userId: [expect.any(String)] } });
    expect(await makeOwner({ organizationId: orgId, userId: "abc" })).toMatchObject({ ok: false, fieldErrors: { userId: [expect.any(String)] } });
    expect(await makeOwner({ organizationId: orgId, userId: "0" })).toMatchObject({ ok: false, fieldErrors: { userId: [expect.any(String)] } });
    expect(await makeOwner({ organizationId: orgId })).toMatchObject({ ok: false, fieldErrors: { userId: [expect.any(String)] } });
    expect(await makeOwner({ organizationId: "x", userId: String(owner.id) })).toMatchObject({ ok: false, fieldErrors: { organizationId: [expect.any(String)] } });
    expect(await leaveOrganization({ organizationId: "1.5" })).toMatchObject({ ok: false, fieldErrors: { organizationId: [expect.any(String)] } });
    expect(await acceptInvitation({ token: "has spaces and /" })).toMatchObject({ ok: false, fieldErrors: { token: [expect.any(String)] } });
    expect(await acceptInvitation(null)).toMatchObject({ ok: false });
    expect(await counts()).toEqual(before);
  });
});

describe("the team lists", () => {
  it("show one organization's members and open invitations only", async () => {
    const a = await team();
    const b = await team();
    const ours = freshAddress();
    await invite(a.owner.id, a.organization.id, ours);
    await invite(b.owner.id, b.organization.id, freshAddress());

    signInAs(a.owner.id);
    const ownerAccess = organizationAccess(await getViewer(), a.organization.id, "view")!;
    const members = await listMembers(ownerAccess);
    expect(members.map((m) => [m.userId, m.role])).toEqual([
      [a.owner.id, "owner"],
      [a.coordinator.id, "coordinator"],
    ]);
    expect(members[0]).toMatchObject({ name: "Olive Owner", email: a.owner.email, since: expect.any(Date), disabled: false });
    expect(await listOpenInvitations(ownerAccess)).toEqual([{ id: expect.any(Number), email: ours, expiresAt: expect.any(Date), invitedBy: "Olive Owner" }]);

    // A coordinator sees the team but not whom the owner invited.
    const viewer = await loadViewer(db, { userId: a.coordinator.id, signedInAt: new Date(), sessionId: crypto.randomUUID() });
    const coordinatorAccess = organizationAccess(viewer, a.organization.id, "view")!;
    expect(await listMembers(coordinatorAccess)).toHaveLength(2);
    expect(await listOpenInvitations(coordinatorAccess)).toEqual([]);
  });
});

