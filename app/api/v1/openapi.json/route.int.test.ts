/**
 * The OpenAPI document is a valid OpenAPI 3.1 document (checked by a real validator), it names
 * every public endpoint the site has, and real answers of the real route handlers on a real
 * database match the schemas it gives for them.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as embedOrganization } from "@/app/embed/organizations/[slug]/route";
import { GET as embedSearch } from "@/app/embed/opportunities/route";
import { GET as feed } from "@/app/feed.xml/route";
import { GET as calendar } from "@/app/opportunities/[slug]/calendar.ics/route";
import { getDb } from "@/db/client";
import { insertOpportunity, insertOrganization } from "@/lib/testing/fixtures";
import { refuseRead } from "@/lib/public-reads/read-limit.mjs";
import { SEARCH_KEYS } from "@/lib/search/params";
import { GET as search, OPTIONS as searchPreflight } from "../opportunities/route";
import { GET, OPTIONS } from "./route";

type Document = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>> };

const request = (pathAndQuery: string, headers: Record<string, string> = {}) => new NextRequest(`http://localhost${pathAndQuery}`, { headers });
let document: Document;
let ajv: Ajv2020;
const DAY = 86_400_000;
let organizationSlug: string;
let eventSlug: string;

/** Whether `body` matches the document's schema for this path, method, status and media type; the errors if not. */
function check(pathName: string, status: number, mediaType: string, body: unknown, method = "get") {
  const pointer = ["paths", pathName, method, "responses", String(status), "content", mediaType, "schema"].map((part) => part.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");
  const validate = ajv.compile({ $ref: `openapi#/${pointer}` });
  return { valid: validate(body), errors: validate.errors };
}

beforeAll(async () => {
  document = await (await GET(request("/api/v1/openapi.json"))).json();
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...document, $id: "openapi" });

  const db = await getDb();
  const organization = await insertOrganization(db, { name: "Harbor House", town: "Rockland", confidentialLocation: true });
  organizationSlug = organization.slug;
  const startsAt = new Date(Date.now() + 3 * DAY);
  eventSlug = (await insertOpportunity(db, organization.id, { title: "Seal watch", type: "one_time", startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000) }, ["knox"])).slug;
  await insertOpportunity(db, organization.id, { title: "Seal rescue driver", remote: true, statewide: true }, ["knox"]);
});

describe("/api/v1/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document) as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("describes every public endpoint the site has, and no other", () => {
    // Every route handler of the public data: the API, the embeds, the feed and the calendar files.
    const routes: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name === "route.ts") routes.push(`/${path.relative("app", dir).replace(/\[(\w+)\]/g, "{$1}")}`);
      }
    };
    for (const dir of ["app/api/v1", "app/embed", "app/feed.xml", "app/opportunities"]) walk(dir);
    const documented = Object.keys(document.paths).sort();
    expect(documented).toEqual([...routes, "/sitemap.xml"].sort());
  });

  it("names every parameter of the search's URL contract", () => {
    const named = (document.paths["/api/v1/opportunities"]!.get as unknown as { parameters: { $ref: string }[] }).parameters.map((p) => p.$ref.split("/").pop());
    expect(named).toEqual([...SEARCH_KEYS]);
  });

  it("is served with CORS and an ETag, and answers 304 and the preflight", async () => {
    const first = await GET(request("/api/v1/openapi.json"));
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    const again = await GET(request("/api/v1/openapi.json", { "If-None-Match": first.headers.get("etag")! }));
    expect(again.status).toBe(304);
    expect(again.headers.get("access-control-allow-origin")).toBe("*");
    const preflight = OPTIONS();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    expect(preflight.headers.get("access-control-allow-credentials")).toBeNull();
  });
});

describe("real answers match the document", () => {
  it("the search: results, facets, empty pages and bad parameters", async () => {
    for (const query of ["", "?q=seal", "?county=knox&skill=none&sort=soonest", "?remote=1&local=1", "?q=nothing-matches-this-at-all", "?page=50"]) {
      const response = await search(request(`/api/v1/opportunities${query}`));
      expect(response.status, query).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/json");
      const body = await response.json();
      expect(check("/api/v1/opportunities", 200, "application/json", body), query).toEqual({ valid: true, errors: null });
    }
    const withSeal = await (await search(request("/api/v1/opportunities?q=seal"))).json();
    expect(withSeal.items.length).toBeGreaterThan(0);

    const bad = await search(request("/api/v1/opportunities?county=narnia&page=0"));
    expect(bad.status).toBe(400);
    expect(check("/api/v1/opportunities", 400, "application/json", await bad.json())).toEqual({ valid: true, errors: null });
  });

  it("a schema that does not fit is caught (the check can fail)", () => {
    const wrong = { total: "many", items: [] };
    expect(check("/api/v1/opportunities", 200, "application/json", wrong).valid).toBe(false);
    const extraField = { error: "invalid_parameters", issues: [{ param: "q", message: "x", stack: "…" }] };
    expect(check("/api/v1/opportunities", 400, "application/json", extraField).valid).toBe(false);
  });

  it("the search answers CORS and 304 as documented", async () => {
    const first = await search(request("/api/v1/opportunities?q=seal"));
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    expect(first.headers.get("access-control-allow-credentials")).toBeNull();
    expect(first.headers.get("set-cookie")).toBeNull();
    const etag = first.headers.get("etag")!;
    const again = await search(request("/api/v1/opportunities?q=seal", { "If-None-Match": `W/${etag}` }));
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(Object.keys(document.paths["/api/v1/opportunities"]!.get!.responses)).toContain("304");
    expect(searchPreflight().headers.get("access-control-allow-origin")).toBe("*");
  });

  it("the feed, the calendar file and the embeds send the media types and statuses documented", async () => {
    const answers: [string, number, Response][] = [
      ["/feed.xml", 200, await feed(request("/feed.xml?county=knox"))],
      ["/feed.xml", 400, await feed(request("/feed.xml?county=narnia"))],
      ["/opportunities/{slug}/calendar.ics", 200, await calendar(request(`/opportunities/${eventSlug}/calendar.ics`), { params: Promise.resolve({ slug: eventSlug }) })],
      ["/opportunities/{slug}/calendar.ics", 404, await calendar(request("/opportunities/nope/calendar.ics"), { params: Promise.resolve({ slug: "nope" }) })],
      ["/embed/opportunities", 200, await embedSearch(request("/embed/opportunities?q=seal"))],
      ["/embed/opportunities", 400, await embedSearch(request("/embed/opportunities?skill=expert"))],
      ["/embed/organizations/{slug}", 200, await embedOrganization(request(`/embed/organizations/${organizationSlug}`), { params: Promise.resolve({ slug: organizationSlug }) })],
      ["/embed/organizations/{slug}", 404, await embedOrganization(request("/embed/organizations/nope"), { params: Promise.resolve({ slug: "nope" }) })],
    ];
    for (const [pathName, status, response] of answers) {
      expect(response.status, pathName).toBe(status);
      const documented = document.paths[pathName]!.get!.responses[String(status)];
      expect(documented, `${pathName} ${status}`).toBeDefined();
      const type = (response.headers.get("content-type") ?? "").split(";")[0]!;
      if (documented!.content) expect(Object.keys(documented!.content), `${pathName} ${status}`).toContain(type);
      if (type === "application/json") expect(check(pathName, status, type, await response.json())).toEqual({ valid: true, errors: null });
    }
  });

  it("the answer past the read limit matches TooManyRequests", () => {
    let sent = "";
    const res = { writeHead: () => res, end: (body?: string) => (sent = body ?? "") };
    refuseRead({ method: "GET", url: "/api/v1/opportunities" } as never, res as never, 17);
    expect(check("/api/v1/opportunities", 429, "application/json", JSON.parse(sent))).toEqual({ valid: true, errors: null });
  });
});
