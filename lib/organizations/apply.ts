import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { memberships, organizations } from "@/db/schema";
import { ActionError, guardedAction } from "@/lib/actions/guard";
import { writeAudit } from "@/lib/audit/audit";
import { enqueueMail } from "@/lib/email/outbox";
import { site, siteUrl } from "@/lib/site";
import { slugify } from "@/lib/slug";
import { countyIdsOf, setOrganizationCounties } from "./counties";
import { holdBack, needsReview, servedCountySlugs } from "./pending-changes";
import { organizationProfileSchema, organizationSchema } from "./schemas";

const APPLICATIONS_PER_USER = { name: "apply", limit: 5, windowSeconds: 24 * 60 * 60 };

/**
 * Apply to host: the organization starts pending, with the applicant as its
 * owner. Its members may prepare drafts, but nothing of it is public until an
 * admin approves it.
 */
export const applyToHost = guardedAction({ kind: "signed-in", rateLimit: APPLICATIONS_PER_USER }, organizationSchema, async (input, { viewer }) => {
  const db = await getDb();
  const slug = await db.transaction(async (tx) => {
    const countyIds = await countyIdsOf(tx, input.counties);
    const [organization] = await tx
      .insert(organizations)
      .values({ ...columnsOf(input), slug: await freeSlug(tx, input.name), status: "pending" })
      .returning({ id: organizations.id, slug: organizations.slug });
    await setOrganizationCounties(tx, organization!.id, countyIds);
    await tx.insert(memberships).values({ userId: viewer.id, organizationId: organization!.id, role: "owner" });
    await writeAudit(tx, { actorUserId: viewer.id, action: "organization.apply", targetType: "organization", targetId: organization!.id });
    await enqueueMail(tx, {
      to: viewer.email,
      subject: "We received your application to host volunteers",
      text: [
        `Thank you for applying to host volunteers on the ${site.name} as ${input.name}.`,
        "",
        "A person on our team will check the application, usually within a few working days. Meanwhile you can prepare postings as drafts; nothing is public until the organization is approved.",
        "",
        `Your dashboard: ${siteUrl()}/dashboard/${organization!.slug}`,
      ].join("\n"),
    });
    return organization!.slug;
  });
  return { ok: true, slug } as const;
});

/**
 * The owner edits the organization's profile; its status and slug stay as
 * they are. For a vetted organization, a change to who it is (name, kind,
 * website, EIN) or a county added waits for an admin
 * (lib/organizations/pending-changes.ts): the public keeps the vetted values
 * meanwhile. Everything else, and counties removed, apply at once.
 */
export const updateOrganizationProfile = guardedAction({ kind: "member", capability: "profile" }, organizationProfileSchema, async (input, { viewer, access }) => {
  const db = await getDb();
  const held = await db.transaction(async (tx) => {
    const countyIds = await countyIdsOf(tx, input.counties);
    const [current] = await tx
      .select({ status: organizations.status, name: organizations.name, kind: organizations.kind, website: organizations.website, ein: organizations.ein })
      .from(organizations)
      .where(eq(organizations.id, access.organizationId))
      .for("update")
      .limit(1);
    if (!current) throw new ActionError("This organization was not found.");
    const columns = columnsOf(input);
    const asked = { name: columns.name, kind: columns.kind, website: columns.website, ein: columns.ein, counties: [...input.counties].sort() };
    const { now, waiting } = needsReview(current.status)
      ? holdBack({ ...current, counties: await servedCountySlugs(tx, access.organizationId) }, asked)
      : { now: asked, waiting: null };
    await tx
      .update(organizations)
      .set({
        ...columns,
        name: now.name,
        kind: now.kind,
        website: now.website,
        ein: now.ein,
        pendingChanges: waiting,
        changesRequestedAt: waiting ? sql`now()` : null,
        updatedAt: new Date(),
      })
      .where(eq(organizations.id, access.organizationId));
    await setOrganizationCounties(tx, access.organizationId, waiting ? await countyIdsOf(tx, now.counties) : countyIds);
    await writeAudit(tx, {
      actorUserId: viewer.id,
      action: "organization.update_profile",
      targetType: "organization",
      targetId: access.organizationId,
      details: waiting ? { waitingForReview: waiting } : undefined,
    });
    return waiting !== null;
  });
  return { ok: true, held } as const;
});

function columnsOf(input: { name: string; kind: (typeof organizations.$inferInsert)["kind"]; description: string; website?: string; phone?: string; publicEmail?: string; town: string; confidentialLocation: boolean; ein?: string }) {
  return {
    name: input.name,
    kind: input.kind,
    description: input.description,
    website: input.website ?? null,
    phone: input.phone ?? null,
    publicEmail: input.publicEmail ?? null,
    town: input.town,
    confidentialLocation: input.confidentialLocation,
    ein: input.ein ?? null,
  };
}

/** The organization's name as a slug, numbered when another organization has it. */
async function freeSlug(tx: Transaction, name: string): Promise<string> {
  const base = slugify(name) || "organization";
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const [taken] = await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, candidate)).limit(1);
    if (!taken) return candidate;
  }
}
