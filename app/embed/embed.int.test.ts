/** The embeds through their real route handlers and the real data layer. */
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { insertOpportunity, insertOrganization } from "@/lib/testing/fixtures";
import { GET as organizationEmbed } from "./organizations/[slug]/route";
import { GET as searchEmbed } from "./opportunities/route";

const DAY = 86_400_000;
const organizationPage = (slug: string, query = "", headers: Record<string, string> = {}) =>
  organizationEmbed(new NextRequest(`http://localhost/embed/organizations/${slug}${query}`, { headers }), { params: Promise.resolve({ slug }) });
const searchPage = (query: string, headers: Record<string, string> = {}) => searchEmbed(new NextRequest(`http://localhost/embed/opportunities${query}`, { headers }));

let shelter: { slug: string };
let visible: string;
let tricky: string;
const hidden: Record<string, string> = {};
const notPublic: Record<string, string> = {};

beforeAll(async () => {
  const db = await getDb();
  const organization = await insertOrganization(db, { name: "Harbor House", town: "Rockland", confidentialLocation: true });
  shelter = organization;
  visible = (await insertOpportunity(db, organization.id, { title: "Puffin count helper", town: "Rockland", skillLevel: "none" }, ["knox"])).slug;
  tricky = (await insertOpportunity(db, organization.id, { title: "Bake </script><b>sale</b> & \"more\"", summary: "Cakes <i>and</i> pies." }, ["knox"])).slug;
  hidden.draft = (await insertOpportunity(db, organization.id, { title: "Puffin draft", status: "draft", publishedAt: null }, ["knox"])).slug;
  hidden.closed = (await insertOpportunity(db, organization.id, { title: "Puffin closed", status: "closed", closedAt: new Date() }, ["knox"])).slug;
  hidden.expired = (await insertOpportunity(db, organization.id, { title: "Puffin expired", expiresAt: new Date(Date.now() - 60_000) }, ["knox"])).slug;
  for (const status of ["pending", "rejected", "suspended"] as const) {
    const other = await insertOrganization(db, { status, name: `Puffin friends (${status})` });
    notPublic[status] = other.slug;
    hidden[`of a ${status} organization`] = (await insertOpportunity(db, other.id, { title: "Puffin watch", startsAt: new Date(Date.now() + DAY) }, ["knox"])).slug;
  }
});

describe("GET /embed/organizations/<slug>", () => {
  it("lists the organization's public postings, each opening on the databank in a new tab, and sets no cookie", async () => {
    const response = await organizationPage(shelter.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("set-cookie")).toBeNull();
    const html = await response.text();
    expect(html).toContain(`<a class="t" href="/opportunities/${visible}" target="_blank" rel="noopener">Puffin count helper</a>`);
    for (const [why, slug] of Object.entries(hidden)) expect(html, why).not.toContain(slug);
    // No header, footer or script of the site: a document of its own.
    expect(html).not.toMatch(/<script|<header|<footer|Quick exit/i);
    // The organization keeps its location confidential: no town, the county only.
    expect(html).not.toContain("Rockland");
    expect(html).toContain("Knox County");
  });

  it("escapes what organizations wrote", async () => {
    const html = await (await organizationPage(shelter.slug)).text();
    expect(html).toContain("Bake &lt;/script&gt;&lt;b&gt;sale&lt;/b&gt; &amp; &quot;more&quot;");
    expect(html).toContain("Cakes &lt;i&gt;and&lt;/i&gt; pies.");
    expect(html).not.toContain("<b>sale</b>");
    expect(html).toContain(tricky);
  });

  it("answers 404 for an organization that is pending, rejected, suspended or unknown", async () => {
    const slugs: [string, string][] = [...Object.entries(notPublic), ["unknown", "no-such-organization"], ["not a slug", "%3Cscript%3E"]];
    for (const [status, slug] of slugs) {
      const response = await organizationPage(slug);
      expect(response.status, status).toBe(404);
      expect(await response.text(), status).not.toContain("Puffin watch");
    }
  });

  it("answers 400 naming a bad page, and pages when asked", async () => {
    for (const query of ["?page=0", "?page=abc", "?page=1&page=2", "?page=99999"]) {
      const response = await organizationPage(shelter.slug, query);
      expect(response.status, query).toBe(400);
      expect(await response.text(), query).toContain("page:");
    }
    expect((await organizationPage(shelter.slug, "?page=2")).status).toBe(200);
  });

  it("answers 304 to a client that has the same page, and the full page once it has changed", async () => {
    const first = await organizationPage(shelter.slug);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await organizationPage(shelter.slug, "", { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const other = await organizationPage(shelter.slug, "", { "If-None-Match": '"something-else"' });
    expect(other.status).toBe(200);
  });
});

describe("GET /embed/opportunities", () => {
  it("takes the search's parameters and lists public postings only", async () => {
    const response = await searchPage("?q=puffin&county=knox");
    expect(response.status).toBe(200);
    expect(response.headers.get("set-cookie")).toBeNull();
    const html = await response.text();
    expect(html).toContain(`href="/opportunities/${visible}" target="_blank" rel="noopener"`);
    for (const [why, slug] of Object.entries(hidden)) expect(html, why).not.toContain(slug);
    expect(html).toContain("Volunteer opportunities in Knox County");
    expect(html).toContain('href="/opportunities?q=puffin&amp;county=knox" target="_blank" rel="noopener"');
  });

  it("answers 400, naming each bad parameter, never 500", async () => {
    const response = await searchPage("?county=narnia&skill=%3Cscript%3E&sort=1;drop");
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("county: Unknown county.");
    expect(html).toContain("skill: Use one of");
    expect(html).toContain("sort: Use one of");
    expect(html).not.toContain("<script>");
    expect((await searchPage(`?q=${"x".repeat(10_000)}`)).status).toBe(400);
  });
});
