/**
 * A vetted organization cannot change who it is without review: a new name,
 * kind, website or EIN, or a county added, waits for an admin while the public
 * and "Find volunteers" keep the vetted values. Against the real data layer.
 */
import { desc, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb, type Database } from "@/db/client";
import { auditLog, counties, organizationCounties, organizations, outbox } from "@/db/schema";
import { insertMembership, insertOrganization, insertUser } from "@/lib/testing/fixtures";
import { NO_ACCESS } from "@/lib/actions/guard";
import { signInAs } from "@/lib/auth/testing/session-mock";
import { loadViewer, type Viewer } from "@/lib/auth/viewer";
import { updateOrganizationProfile } from "./apply";
import { approveOrganizationChanges, listOrganizationsWithChanges, rejectOrganizationChanges, waitingChangesOf } from "./pending-changes";
import { getPublicOrganization } from "./queries";

vi.mock("@/lib/auth/session", () => import("@/lib/auth/testing/session-mock"));

let db: Database;
let admin: Viewer;
let adminId: number;

async function countyId(slug: string): Promise<number> {
  const [county] = await db.select({ id: counties.id }).from(counties).where(eq(counties.slug, slug));
  return county!.id;
}

/** An organization of `status` in York County, with an owner. */
async function organizationWithOwner(status: "approved" | "pending" | "suspended") {
  const organization = await insertOrganization(db, { status, name: "Harbor Light Shelter", website: "https://harborlight.example.org", ein: "12-3456789" });
  await db.insert(organizationCounties).values({ organizationId: organization.id, countyId: await countyId("york") });
  const owner = await insertUser(db);
  await insertMembership(db, owner.id, organization.id, "owner");
  return { organization, owner };
}

/** The profile form as the owner sends it, with changes on top. */
function profileForm(organizationId: number, changes: Record<string, unknown> = {}) {
  return {
    organizationId: String(organizationId),
    name: "Harbor Light Shelter",
    kind: "shelter",
    description: "Emergency shelter and advocacy for survivors in York County.",
    website: "https://harborlight.example.org",
    phone: "",
    publicEmail: "",
    town: "Augusta",
    counties: ["york"],
    confidentialLocation: "",
    ein: "12-3456789",
    ...changes,
  };
}

const servedSlugs = async (organizationId: number) =>
  (await db.select({ slug: counties.slug }).from(organizationCounties).innerJoin(counties, eq(counties.id, organizationCounties.countyId)).where(eq(organizationCounties.organizationId, organizationId)))
    .map((row) => row.slug)
    .sort();
const rowOf = async (organizationId: number) => (await db.select().from(organizations).where(eq(organizations.id, organizationId)))[0]!;

beforeAll(async () => {
  db = await getDb();
  const user = await insertUser(db, { role: "admin" });
  adminId = user.id;
  admin = (await loadViewer(db, { userId: user.id, signedInAt: new Date(), sessionId: crypto.randomUUID() }))!;
});

beforeEach(() => signInAs(null));

describe("changes to a vetted organization", () => {
  it("keep the vetted name, website and counties public while an admin has not approved them; the rest applies at once", async () => {
    const { organization, owner } = await organizationWithOwner("approved");
    signInAs(owner.id);
    const changed = profileForm(organization.id, {
      name: "Harbor Light Housing",
      website: "https://elsewhere.example.com",
      description: "Shelter, housing and advocacy for survivors across southern Maine.",
      counties: ["york", "cumberland"],
    });
    expect(await updateOrganizationProfile(changed)).toEqual({ ok: true, held: true });

    const shown = await getPublicOrganization(organization.slug);
    expect(shown).toMatchObject({ name: "Harbor Light Shelter", website: "https://harborlight.example.org", description: "Shelter, housing and advocacy for survivors across southern Maine." });
    expect(shown!.counties.map((county) => county.slug)).toEqual(["york"]);
    expect(await servedSlugs(organization.id)).toEqual(["york"]);
    expect((await rowOf(organization.id)).pendingChanges).toEqual({ name: "Harbor Light Housing", website: "https://elsewhere.example.com", counties: ["cumberland", "york"] });

    // The admins' queue shows what changed, in words.
    const queued = (await listOrganizationsWithChanges(admin)).find((row) => row.id === organization.id);
    expect(queued!.changes).toEqual([
      { label: "Name", from: "Harbor Light Shelter", to: "Harbor Light Housing" },
      { label: "Website", from: "https://harborlight.example.org", to: "https://elsewhere.example.com" },
      { label: "Counties", from: "York", to: "Cumberland, York" },
    ]);

    signInAs(adminId);
    await db.delete(outbox).where(eq(outbox.to, owner.email));
    expect(await approveOrganizationChanges({ organizationId: String(organization.id) })).toEqual({ ok: true });
    expect(await getPublicOrganization(organization.slug)).toMatchObject({ name: "Harbor Light Housing", website: "https://elsewhere.example.com" });
    expect(await servedSlugs(organization.id)).toEqual(["cumberland", "york"]);
    expect(await rowOf(organization.id)).toMatchObject({ pendingChanges: null, changesRequestedAt: null });
    const [audit] = await db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(audit).toMatchObject({ actorUserId: adminId, action: "organization.changes_approve", targetId: String(organization.id) });
    expect((await db.select().from(outbox).where(eq(outbox.to, owner.email))).map((mail) => mail.subject)).toEqual(["Your organization's changes were approved"]);
    // Nothing is waiting any more: a second approval is refused and writes nothing.
    const audits = await db.$count(auditLog);
    expect(await approveOrganizationChanges({ organizationId: String(organization.id) })).toMatchObject({ ok: false });
    expect(await db.$count(auditLog)).toBe(audits);
  });

  it("removes a county at once, since that only narrows whom it reaches", async () => {
    const { organization, owner } = await organizationWithOwner("approved");
    await db.insert(organizationCounties).values({ organizationId: organization.id, countyId: await countyId("knox") });
    signInAs(owner.id);
    expect(await updateOrganizationProfile(profileForm(organization.id, { counties: ["york"] }))).toEqual({ ok: true, held: false });
    expect(await servedSlugs(organization.id)).toEqual(["york"]);
    expect((await rowOf(organization.id)).pendingChanges).toBeNull();
  });

  it("turned down, leaves the vetted values and tells the members the reason", async () => {
    const { organization, owner } = await organizationWithOwner("approved");
    signInAs(owner.id);
    await updateOrganizationProfile(profileForm(organization.id, { ein: "98-7654321", kind: "advocacy" }));
    expect((await waitingChangesOf(organization.id)).lines.map((line) => line.label)).toEqual(["Kind", "EIN"]);

    signInAs(adminId);
    expect(await rejectOrganizationChanges({ organizationId: String(organization.id), reason: "The EIN belongs to another charity." })).toEqual({ ok: true });
    expect(await rowOf(organization.id)).toMatchObject({ kind: "shelter", ein: "12-3456789", pendingChanges: null });
    const [mail] = await db.select().from(outbox).where(eq(outbox.to, owner.email)).orderBy(desc(outbox.id)).limit(1);
    expect(mail).toMatchObject({ subject: "Your organization's changes were not approved" });
    expect(mail!.text).toContain("The EIN belongs to another charity.");
    expect((await waitingChangesOf(organization.id)).lines).toEqual([]);
  });

  it("are dropped when the owner saves the vetted values again", async () => {
    const { organization, owner } = await organizationWithOwner("approved");
    signInAs(owner.id);
    expect(await updateOrganizationProfile(profileForm(organization.id, { name: "Another Name" }))).toEqual({ ok: true, held: true });
    expect(await updateOrganizationProfile(profileForm(organization.id))).toEqual({ ok: true, held: false });
    expect(await rowOf(organization.id)).toMatchObject({ name: "Harbor Light Shelter", pendingChanges: null, changesRequestedAt: null });
  });

  it("apply at once while the organization has not been vetted yet", async () => {
    const { organization, owner } = await organizationWithOwner("pending");
    signInAs(owner.id);
    expect(await updateOrganizationProfile(profileForm(organization.id, { name: "Harbor Light Housing", counties: ["york", "knox"] }))).toEqual({ ok: true, held: false });
    expect(await rowOf(organization.id)).toMatchObject({ name: "Harbor Light Housing", pendingChanges: null });
    expect(await servedSlugs(organization.id)).toEqual(["knox", "york"]);
  });

  it("are decided by admins only", async () => {
    const { organization, owner } = await organizationWithOwner("approved");
    signInAs(owner.id);
    await updateOrganizationProfile(profileForm(organization.id, { name: "Self-approved" }));
    for (const userId of [owner.id, (await insertUser(db)).id]) {
      signInAs(userId);
      expect(await approveOrganizationChanges({ organizationId: String(organization.id) })).toEqual({ ok: false, message: NO_ACCESS, fieldErrors: {} });
      expect(await rejectOrganizationChanges({ organizationId: String(organization.id), reason: "Not allowed to decide this." })).toMatchObject({ ok: false, message: NO_ACCESS });
    }
    expect(await rowOf(organization.id)).toMatchObject({ name: "Harbor Light Shelter", pendingChanges: { name: "Self-approved" } });
  });
});
