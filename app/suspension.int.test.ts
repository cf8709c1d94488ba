/**
 * Suspending an organization takes every posting of it off every public
 * surface on the very next request, and reinstating brings them back: search,
 * the JSON API, county and organization pages, the RSS feed, the sitemap, the
 * calendar file, the detail page and both embeds (invariant 1, checked at read time).
 */
import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as api } from "@/app/api/v1/opportunities/route";
import { GET as feed } from "@/app/feed.xml/route";
import { GET as calendar } from "@/app/opportunities/[slug]/calendar.ics/route";
import { GET as organizationEmbed } from "@/app/embed/organizations/[slug]/route";
import { GET as searchEmbed } from "@/app/embed/opportunities/route";
import { getDb, type Database } from "@/db/client";
import { organizations } from "@/db/schema";
import { insertOpportunity, insertOrganization, insertUser } from "@/lib/testing/fixtures";
import { signInAs } from "@/lib/auth/testing/session-mock";
import { listSitemapEntries } from "@/lib/feeds/sitemap";
import { getPublicOpportunity } from "@/lib/opportunities/queries";
import { searchOpportunities } from "@/lib/search/search";
import { reinstateOrganization, suspendOrganization } from "@/lib/organizations/moderation";
import { getPublicOrganization } from "@/lib/organizations/queries";

vi.mock("@/lib/auth/session", () => import("@/lib/auth/testing/session-mock"));

const DAY = 86_400_000;
let db: Database;
let organization: { id: number; slug: string };
let postings: { slug: string; title: string }[];

const get = (handler: (request: NextRequest, context: never) => Promise<Response>, path: string, slug?: string) =>
  handler(new NextRequest(`http://localhost${path}`), { params: Promise.resolve({ slug }) } as never);

/** Where each surface shows the organization's postings: the slugs it lists, or whether the page exists. */
const surfaces: Record<string, () => Promise<string[]>> = {
  search: async () => (await searchOpportunities({ q: "lighthouse", page: 1 }, { facets: false })).items.map((item) => item.slug),
  "county page": async () => (await searchOpportunities({ county: ["knox"], page: 1 }, { facets: false })).items.map((item) => item.slug),
  "organization page": async () =>
    (await getPublicOrganization(organization.slug)) ? (await searchOpportunities({ organizationId: organization.id, page: 1 }, { facets: false })).items.map((item) => item.slug) : [],
  "JSON API": async () => ((await (await get(api as never, "/api/v1/opportunities?q=lighthouse")).json()) as { items: { slug: string }[] }).items.map((item) => item.slug),
  "RSS feed": async () => postings.map((p) => p.slug).filter((slug) => feedXml.includes(`/opportunities/${slug}<`)),
  sitemap: async () => (await listSitemapEntries()).postings.map((entry) => entry.slug),
  "detail page": async () => (await Promise.all(postings.map(async (p) => ((await getPublicOpportunity(p.slug)) ? p.slug : null)))).filter((slug): slug is string => slug !== null),
  "organization embed": async () => linkedIn(await (await get(organizationEmbed as never, `/embed/organizations/${organization.slug}`, organization.slug)).text()),
  "search embed": async () => linkedIn(await (await get(searchEmbed as never, "/embed/opportunities?q=lighthouse")).text()),
  "calendar file": async () => (await Promise.all(postings.map(async (p) => ((await get(calendar as never, `/opportunities/${p.slug}/calendar.ics`, p.slug)).status === 200 ? p.slug : null)))).filter((slug): slug is string => slug !== null),
};
let feedXml = "";
/** The postings an embed's HTML links to. */
const linkedIn = (html: string) => postings.map((p) => p.slug).filter((slug) => html.includes(`href="/opportunities/${slug}"`));

async function visibleEverywhere(): Promise<Record<string, string[]>> {
  feedXml = await (await get(feed as never, "/feed.xml")).text();
  const seen: Record<string, string[]> = {};
  for (const [name, read] of Object.entries(surfaces)) seen[name] = (await read()).filter((slug) => postings.some((p) => p.slug === slug)).sort();
  return seen;
}

beforeAll(async () => {
  db = await getDb();
  organization = await insertOrganization(db, { name: "Lighthouse Youth Mentors" });
  const startsAt = new Date(Date.now() + 7 * DAY);
  postings = [
    await insertOpportunity(db, organization.id, { title: "Lighthouse mentor", type: "one_time", startsAt, endsAt: new Date(startsAt.getTime() + 7_200_000) }, ["knox"]),
    await insertOpportunity(db, organization.id, { title: "Lighthouse tutor", type: "one_time", startsAt, endsAt: new Date(startsAt.getTime() + 7_200_000) }, ["knox"]),
  ];
});

describe("suspending an organization", () => {
  it("hides all its postings from every public surface at once, and reinstating shows them again", async () => {
    const all = postings.map((p) => p.slug).sort();
    const everywhere = Object.fromEntries(Object.keys(surfaces).map((name) => [name, all]));
    expect(await visibleEverywhere()).toEqual(everywhere);

    const admin = await insertUser(db, { role: "admin" });
    signInAs(admin.id);
    expect(await suspendOrganization({ organizationId: String(organization.id), reason: "Reported as a front; under review." })).toEqual({ ok: true, membersTold: 0 });
    expect(await visibleEverywhere()).toEqual(Object.fromEntries(Object.keys(surfaces).map((name) => [name, []])));

    expect(await reinstateOrganization({ organizationId: String(organization.id), reason: "Checked with the state coalition." })).toEqual({ ok: true, membersTold: 0 });
    expect(await visibleEverywhere()).toEqual(everywhere);
    const [row] = await db.select({ status: organizations.status }).from(organizations).where(eq(organizations.id, organization.id));
    expect(row!.status).toBe("approved");
  });
});
