/**
 * The OpenAPI 3.1 description of every public endpoint: the search API, the
 * feeds, the calendar files, the embeds and the sitemap. Served at
 * /api/v1/openapi.json and read by people at /developers. Its schemas are
 * checked against real answers (app/api/v1/openapi.json/route.int.test.ts),
 * so they cannot drift from what the site sends.
 */
import { CAUSES, OPPORTUNITY_TYPES, SKILL_LEVELS } from "@/lib/vocabulary";
import { PLAIN_SETTINGS } from "@/settings.mjs";
import { MAX_PAGE, MAX_QUERY_LENGTH, PAGE_SIZE, SEARCH_KEYS, SORTS } from "@/lib/search/params";
import { site } from "@/lib/site";

const API_VERSION = "1.0.0";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const param = (name: string) => ({ $ref: `#/components/parameters/${name}` });
const dateTime = { type: "string", format: "date-time" } as const;
const nullableDateTime = { type: ["string", "null"], format: "date-time" } as const;

const SEARCH_PARAMETERS: readonly string[] = SEARCH_KEYS;
const flag = (name: string, description: string) => ({ name, in: "query", description, schema: { type: "string", const: "1" } });

const common = {
  notModified: { description: "Not Modified: the client's copy (If-None-Match) is still the answer.", headers: { ETag: { $ref: "#/components/headers/ETag" } } },
  invalid: {
    description: "A parameter is not valid: each bad one is named.",
    content: { "application/json": { schema: ref("InvalidParameters") } },
  },
  tooMany: {
    description: `Too many public reads from this address in a minute (${PLAIN_SETTINGS.PUBLIC_READS_PER_MINUTE(undefined)} by default).`,
    headers: { "Retry-After": { description: "Seconds to wait.", schema: { type: "integer" } } },
    content: { "application/json": { schema: ref("TooManyRequests") } },
  },
  etagHeaders: { ETag: { $ref: "#/components/headers/ETag" }, "Access-Control-Allow-Origin": { $ref: "#/components/headers/AllowOrigin" } },
};

const htmlPage = (description: string) => ({ description, headers: { ETag: { $ref: "#/components/headers/ETag" } }, content: { "text/html": { schema: { type: "string" } } } });

export function openApiDocument(origin: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: `${site.name} open data`,
      version: API_VERSION,
      summary: "Public volunteer opportunities in the response to human trafficking in Maine.",
      description:
        "Everything here is public and needs no key: the same postings anyone sees on the site, read afresh on each request " +
        "(a posting that closes, expires or is withdrawn leaves every answer at once). Please credit the " +
        `${site.name} and link to each posting's page. See ${origin}/developers.`,
      license: { name: "Creative Commons Attribution 4.0", identifier: "CC-BY-4.0" },
    },
    servers: [{ url: origin }],
    paths: {
      "/api/v1/opportunities": {
        get: {
          operationId: "searchOpportunities",
          summary: "Search public opportunities",
          description: `The search of /opportunities as JSON, ${PAGE_SIZE} a page. Unknown parameters are ignored.`,
          parameters: SEARCH_PARAMETERS.map(param),
          responses: {
            "200": { description: "A page of results.", headers: common.etagHeaders, content: { "application/json": { schema: ref("SearchResult") } } },
            "304": common.notModified,
            "400": common.invalid,
            "429": common.tooMany,
          },
        },
        options: {
          operationId: "searchOpportunitiesPreflight",
          summary: "CORS preflight",
          responses: { "204": { description: "GET and HEAD are allowed from any origin, without credentials." } },
        },
      },
      "/api/v1/openapi.json": {
        get: {
          operationId: "openApiDocument",
          summary: "This document",
          responses: {
            "200": { description: "The OpenAPI 3.1 document.", headers: common.etagHeaders, content: { "application/json": { schema: { type: "object", required: ["openapi", "paths"] } } } },
            "304": common.notModified,
          },
        },
      },
      "/feed.xml": {
        get: {
          operationId: "feed",
          summary: "RSS feed of the newest public opportunities",
          description: "The 50 newest postings matching the search's filters (sort and page do not apply), as RSS 2.0.",
          parameters: SEARCH_PARAMETERS.filter((name) => name !== "sort" && name !== "page").map(param),
          responses: {
            "200": { description: "RSS 2.0.", headers: { ETag: { $ref: "#/components/headers/ETag" } }, content: { "application/xml": { schema: { type: "string" } } } },
            "304": common.notModified,
            "400": common.invalid,
            "429": common.tooMany,
          },
        },
      },
      "/opportunities/{slug}/calendar.ics": {
        get: {
          operationId: "calendar",
          summary: "A dated opportunity as an iCalendar event",
          description: "Town and county only, never an address.",
          parameters: [param("slug")],
          responses: {
            "200": { description: "iCalendar.", headers: { ETag: { $ref: "#/components/headers/ETag" } }, content: { "text/calendar": { schema: { type: "string" } } } },
            "304": common.notModified,
            "404": { description: "No public posting with a date at this address." },
            "429": common.tooMany,
          },
        },
      },
      "/embed/opportunities": {
        get: {
          operationId: "embedSearch",
          summary: "A search's postings as a page to frame",
          description: "A small HTML page without script, allowed in a frame on any site; links open the postings on the databank in a new tab.",
          parameters: SEARCH_PARAMETERS.map(param),
          responses: { "200": htmlPage("The listing."), "304": common.notModified, "400": htmlPage("A parameter is not valid: each bad one is named."), "429": common.tooMany },
        },
      },
      "/embed/organizations/{slug}": {
        get: {
          operationId: "embedOrganization",
          summary: "An organization's open postings as a page to frame",
          parameters: [param("organizationSlug"), param("page")],
          responses: {
            "200": htmlPage("The listing."),
            "304": common.notModified,
            "400": htmlPage("The page number is not valid."),
            "404": htmlPage("No approved organization at this address."),
            "429": common.tooMany,
          },
        },
      },
      "/sitemap.xml": {
        get: {
          operationId: "sitemap",
          summary: "The public pages, for search engines",
          responses: { "200": { description: "A sitemap.", content: { "application/xml": { schema: { type: "string" } } } }, "429": common.tooMany },
        },
      },
    },
    components: {
      headers: {
        ETag: { description: "The answer's version: send it back in If-None-Match to get a 304 while it holds.", schema: { type: "string" } },
        AllowOrigin: { description: "Any origin may read the answer.", schema: { type: "string", const: "*" } },
      },
      parameters: {
        ...({
          q: { name: "q", in: "query", description: 'Keywords, with web-search syntax: "bake sale", mentor -online, legal or interpreter.', schema: { type: "string", maxLength: MAX_QUERY_LENGTH } },
          county: {
            name: "county",
            in: "query",
            description: "A county's slug (york, cumberland, …); repeat for several. Statewide postings match every county.",
            style: "form",
            explode: true,
            schema: { type: "array", items: { type: "string", pattern: "^[a-z0-9-]+$" } },
          },
          skill: { name: "skill", in: "query", description: "none (no experience needed), some (training provided), specialized.", schema: { type: "string", enum: [...SKILL_LEVELS] } },
          type: { name: "type", in: "query", schema: { type: "string", enum: [...OPPORTUNITY_TYPES] } },
          cause: { name: "cause", in: "query", schema: { type: "string", enum: [...CAUSES] } },
          remote: flag("remote", "1 for remote postings only."),
          local: flag("local", "1 leaves out statewide and remote postings."),
          open: flag("open", "1 for postings with places still open (no limit, or fewer volunteers scheduled or placed than needed)."),
          youth: flag("youth", "1 for postings open to volunteers under 18."),
          nocheck: flag("nocheck", "1 for postings that need no background check."),
          training: flag("training", "1 for postings that provide training."),
          sort: { name: "sort", in: "query", description: "relevance is the default with keywords, newest without.", schema: { type: "string", enum: [...SORTS] } },
          page: { name: "page", in: "query", schema: { type: "integer", minimum: 1, maximum: MAX_PAGE, default: 1 } },
        } satisfies Record<(typeof SEARCH_KEYS)[number], object>),
        slug: { name: "slug", in: "path", required: true, description: "A posting's slug.", schema: { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" } },
        organizationSlug: { name: "slug", in: "path", required: true, description: "An organization's slug.", schema: { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" } },
      },
      schemas: {
        SearchResult: {
          type: "object",
          additionalProperties: false,
          required: ["total", "totalIsLowerBound", "page", "pageSize", "pageCount", "sort", "facets", "items"],
          properties: {
            total: { type: "integer", minimum: 0 },
            totalIsLowerBound: { type: "boolean", description: "true: at least `total` (the count stops at 1,000)." },
            page: { type: "integer", minimum: 1 },
            pageSize: { type: "integer", minimum: 1 },
            pageCount: { type: "integer", minimum: 0 },
            sort: { type: "string", enum: [...SORTS] },
            facets: { oneOf: [ref("Facets"), { type: "null" }] },
            items: { type: "array", items: ref("Opportunity") },
          },
        },
        Facets: {
          type: "object",
          additionalProperties: false,
          required: ["county", "skill"],
          properties: {
            county: {
              type: "array",
              items: {
                type: "object",
                additionalProperties: false,
                required: ["slug", "name", "count", "countIsLowerBound"],
                properties: { slug: { type: "string" }, name: { type: "string" }, count: { type: "integer", minimum: 0 }, countIsLowerBound: { type: "boolean" } },
              },
            },
            skill: {
              type: "array",
              items: {
                type: "object",
                additionalProperties: false,
                required: ["value", "count", "countIsLowerBound"],
                properties: { value: { type: "string", enum: [...SKILL_LEVELS] }, count: { type: "integer", minimum: 0 }, countIsLowerBound: { type: "boolean" } },
              },
            },
          },
        },
        Opportunity: {
          type: "object",
          additionalProperties: false,
          required: ["slug", "url", "title", "summary", "type", "skillLevel", "causes", "statewide", "remote", "town", "counties", "startsAt", "endsAt", "publishedAt", "expiresAt", "full", "organization"],
          properties: {
            slug: { type: "string" },
            url: { type: "string", format: "uri", description: "The posting's page: link to it." },
            title: { type: "string" },
            summary: { type: "string" },
            type: { type: "string", enum: [...OPPORTUNITY_TYPES] },
            skillLevel: { type: "string", enum: [...SKILL_LEVELS] },
            causes: { type: "array", items: { type: "string", enum: [...CAUSES] } },
            statewide: { type: "boolean" },
            remote: { type: "boolean" },
            town: { type: ["string", "null"], description: "null where the organization keeps its location confidential. Never an address." },
            counties: { type: "array", items: { type: "string" } },
            startsAt: nullableDateTime,
            endsAt: nullableDateTime,
            publishedAt: nullableDateTime,
            expiresAt: dateTime,
            full: { type: "boolean", description: "Every place is taken: a new volunteer joins the posting's waiting list. `open=1` leaves full postings out." },
            organization: {
              type: "object",
              additionalProperties: false,
              required: ["slug", "name"],
              properties: { slug: { type: "string" }, name: { type: "string" } },
            },
          },
        },
        InvalidParameters: {
          type: "object",
          additionalProperties: false,
          required: ["error", "issues"],
          properties: {
            error: { type: "string", const: "invalid_parameters" },
            issues: {
              type: "array",
              minItems: 1,
              items: { type: "object", additionalProperties: false, required: ["param", "message"], properties: { param: { type: "string" }, message: { type: "string" } } },
            },
          },
        },
        TooManyRequests: {
          type: "object",
          required: ["error", "retryAfterSeconds"],
          properties: { error: { type: "string", const: "too_many_requests" }, retryAfterSeconds: { type: "integer", minimum: 1 } },
        },
      },
    },
  };
}
