/** The JSON API through its real route handler and the real data layer. */
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { insertOpportunity, insertOrganization, insertResponse } from "@/lib/testing/fixtures";
import { GET } from "./route";

const call = (query: string) => GET(new NextRequest(`http://localhost/api/v1/opportunities${query}`));
const DAY = 86_400_000;
let publicSlug: string;
let suspendedSlug: string;
/** A public posting beside the hidden ones, so a search that finds nothing at all cannot pass. */
let visibleLighthouse: string;
/** Each posting that is not public (invariant 1), by why: every one matches the searches below. */
const hidden: Record<string, string> = {};

beforeAll(async () => {
  const db = await getDb();
  const approved = await insertOrganization(db, { name: "Harbor House", town: "Rockland", confidentialLocation: true });
  const suspended = await insertOrganization(db, { status: "suspended" });
  publicSlug = (await insertOpportunity(db, approved.id, { title: "Lobster bake volunteer", skillLevel: "none" }, ["knox"])).slug;
  suspendedSlug = (await insertOpportunity(db, suspended.id, { title: "Lobster boil helper", skillLevel: "none" }, ["knox"])).slug;

  const lighthouse = { title: "Lighthouse keeper", summary: "Keep the lighthouse museum open.", skillLevel: "none" as const, statewide: true, startsAt: new Date(Date.now() + 7 * DAY) };
  visibleLighthouse = (await insertOpportunity(db, approved.id, lighthouse, ["lincoln"])).slug;
  hidden.draft = (await insertOpportunity(db, approved.id, { ...lighthouse, status: "draft", publishedAt: null }, ["lincoln"])).slug;
  hidden.closed = (await insertOpportunity(db, approved.id, { ...lighthouse, status: "closed", closedAt: new Date() }, ["lincoln"])).slug;
  hidden.expired = (await insertOpportunity(db, approved.id, { ...lighthouse, expiresAt: new Date(Date.now() - 60_000) }, ["lincoln"])).slug;
  for (const status of ["pending", "rejected", "suspended"] as const) {
    const organization = await insertOrganization(db, { status, name: `Lighthouse friends (${status})` });
    hidden[`published by a ${status} organization`] = (await insertOpportunity(db, organization.id, lighthouse, ["lincoln"])).slug;
  }
});

describe("GET /api/v1/opportunities", () => {
  it("answers the search with public fields only", async () => {
    const response = await call("?q=lobster&county=knox&skill=none");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.total).toBe(1);
    expect(body.items.map((i: { slug: string }) => i.slug)).toEqual([publicSlug]);
    expect(JSON.stringify(body)).not.toContain(suspendedSlug);
    expect(Object.keys(body.items[0]).sort()).toEqual(
      ["causes", "counties", "endsAt", "expiresAt", "full", "organization", "publishedAt", "remote", "skillLevel", "slug", "startsAt", "statewide", "summary", "title", "town", "type", "url"].sort(),
    );
    expect(body.facets.county.find((c: { slug: string }) => c.slug === "knox").count).toBe(1);
  });

  it("never shows a draft, closed or expired posting, nor one of a pending, rejected or suspended organization", async () => {
    expect(Object.keys(hidden)).toHaveLength(6);
    const queries = [
      "",
      "?q=lighthouse",
      "?county=lincoln",
      "?q=lighthouse&county=lincoln&skill=none&type=ongoing&cause=basic_needs",
      ...["relevance", "newest", "soonest", "closing"].map((sort) => `?q=lighthouse&sort=${sort}`),
    ];
    for (const query of queries) {
      const response = await call(query);
      expect(response.status, query).toBe(200);
      const body = await response.json();
      const slugs: string[] = body.items.map((i: { slug: string }) => i.slug);
      expect(slugs, query).toContain(visibleLighthouse);
      for (const [why, slug] of Object.entries(hidden)) expect(JSON.stringify(body), `${why} in ${query || "(no parameters)"}`).not.toContain(slug);
    }
    // Nor in the counts: the one public lighthouse posting is all that is counted.
    const body = await (await call("?q=lighthouse")).json();
    expect(body.total).toBe(1);
    expect(body.facets.county.find((c: { slug: string }) => c.slug === "lincoln").count).toBe(1);
    expect(body.facets.skill.find((s: { value: string }) => s.value === "none").count).toBe(1);
  });

  it("says which postings are full, and open=1 leaves them out", async () => {
    const db = await getDb();
    const organization = await insertOrganization(db);
    const full = await insertOpportunity(db, organization.id, { title: "Ferry crossing guide", spots: 1 });
    const roomy = await insertOpportunity(db, organization.id, { title: "Ferry crossing greeter", spots: 2 });
    for (const posting of [full, roomy]) await insertResponse(db, posting.id, organization.id, { status: "scheduled" });
    const items = async (query: string) => ((await (await call(query)).json()) as { items: { slug: string; full: boolean }[] }).items;
    expect((await items("?q=ferry%20crossing")).map(({ slug, full }) => ({ slug, full })).sort((a, b) => a.slug.localeCompare(b.slug))).toEqual(
      [{ slug: full.slug, full: true }, { slug: roomy.slug, full: false }].sort((a, b) => a.slug.localeCompare(b.slug)),
    );
    expect((await items("?q=ferry%20crossing&open=1")).map((item) => item.slug)).toEqual([roomy.slug]);
  });

  it("answers 400 naming each bad parameter", async () => {
    const response = await call("?county=narnia&skill=%3Cscript%3E&page=-4");
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toBe("invalid_parameters");
    expect(body.issues.map((i: { param: string }) => i.param).sort()).toEqual(["county", "page", "skill"]);
  });

  it("answers 400, not 500, to a 10,000-character query and SQL-looking text", async () => {
    expect((await call(`?q=${"x".repeat(10_000)}`)).status).toBe(400);
    const sqlLike = await call(`?q=${encodeURIComponent("'; drop table opportunities; --")}&sort=${encodeURIComponent("1; select pg_sleep(5)")}`);
    expect(sqlLike.status).toBe(400);
    expect((await sqlLike.json()).issues.map((i: { param: string }) => i.param)).toEqual(["sort"]);
    const ok = await call(`?q=${encodeURIComponent("'; drop table opportunities; --")}`);
    expect(ok.status).toBe(200);
  });
});
