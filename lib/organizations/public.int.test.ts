/**
 * Invariant 2: where an organization keeps its location confidential, no
 * public read shows a town, neither the organization's nor its postings', and
 * the coordinator's preview shows what the public will see.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { insertMembership, insertOpportunity, insertOrganization, insertUser } from "@/lib/testing/fixtures";
import { organizationAccess } from "@/lib/auth/permissions";
import { loadViewer } from "@/lib/auth/viewer";
import { getOrganizationPosting } from "@/lib/opportunities/organization-queries";
import { getPublicOpportunity } from "@/lib/opportunities/queries";
import { getPublicOrganization } from "./queries";

const places = {} as Record<"confidential" | "open", { organization: { id: number; slug: string }; posting: { id: number; slug: string }; userId: number }>;

beforeAll(async () => {
  const db = await getDb();
  for (const kind of ["confidential", "open"] as const) {
    const organization = await insertOrganization(db, { town: "Hiddenville", confidentialLocation: kind === "confidential" });
    const posting = await insertOpportunity(db, organization.id, { town: "Hiddenville" }, ["york"]);
    const user = await insertUser(db);
    await insertMembership(db, user.id, organization.id, "owner");
    places[kind] = { organization, posting, userId: user.id };
  }
});

describe("a confidential location", () => {
  it("shows no town on the posting's page or its organization's card", async () => {
    const posting = await getPublicOpportunity(places.confidential.posting.slug);
    expect(posting).toMatchObject({ town: null, organization: { town: null } });
    expect(JSON.stringify(posting)).not.toContain("Hiddenville");
  });

  it("shows no town on the organization's page", async () => {
    const organization = await getPublicOrganization(places.confidential.organization.slug);
    expect(organization).toMatchObject({ town: null });
    expect(JSON.stringify(organization)).not.toContain("Hiddenville");
  });

  it("is previewed as the public sees it, while the coordinator still reads the town they typed", async () => {
    const db = await getDb();
    const viewer = await loadViewer(db, { userId: places.confidential.userId, signedInAt: new Date(), sessionId: crypto.randomUUID() });
    const access = organizationAccess(viewer, places.confidential.organization.id, "draft")!;
    const posting = await getOrganizationPosting(access, places.confidential.posting.id);
    expect(posting).toMatchObject({ town: "Hiddenville", publicTown: null, organization: { town: null } });
  });
});

describe("a location that is not confidential", () => {
  it("is shown wherever the public reads it", async () => {
    expect(await getPublicOpportunity(places.open.posting.slug)).toMatchObject({ town: "Hiddenville", organization: { town: "Hiddenville" } });
    expect(await getPublicOrganization(places.open.organization.slug)).toMatchObject({ town: "Hiddenville" });
  });
});
