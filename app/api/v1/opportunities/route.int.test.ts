/** The JSON API through its real route handler and the real data layer. */
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { insertOpportunity, insertOrganization } from "@/db/testing/fixtures";
import { GET } from "./route";

const call = (query: string) => GET(new NextRequest(`http://localhost/api/v1/opportunities${query}`));
let publicSlug: string;
let suspendedSlug: string;

beforeAll(async () => {
  const db = await getDb();
  const approved = await insertOrganization(db, { name: "Harbor House", town: "Rockland", confidentialLocation: true });
  const suspended = await insertOrganization(db, { status: "suspended" });
  publicSlug = (await insertOpportunity(db, approved.id, { title: "Lobster bake volunteer", skillLevel: "none" }, ["knox"])).slug;
  suspendedSlug = (await insertOpportunity(db, suspended.id, { title: "Lobster boil helper", skillLevel: "none" }, ["knox"])).slug;
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
      ["causes", "counties", "endsAt", "expiresAt", "organization", "publishedAt", "remote", "skillLevel", "slug", "startsAt", "statewide", "summary", "title", "town", "type", "url"].sort(),
    );
    expect(body.facets.county.find((c: { slug: string }) => c.slug === "knox").count).toBe(1);
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
