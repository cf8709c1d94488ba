/**
 * Real slugs come from the public JSON API, never from hard-coded demo data:
 * the demo content may change, the contract of /api/v1/opportunities may not.
 */
import { expect, type APIRequestContext } from "@playwright/test";

export type ApiOpportunity = {
  slug: string;
  url: string;
  title: string;
  skillLevel: "none" | "some" | "specialized";
  statewide: boolean;
  remote: boolean;
  counties: string[];
  organization: { slug: string; name: string };
};

export type ApiSearchResult = {
  total: number;
  totalIsLowerBound: boolean;
  page: number;
  pageSize: number;
  pageCount: number;
  facets: {
    county: { slug: string; name: string; count: number; countIsLowerBound: boolean }[];
    skill: { value: string; count: number; countIsLowerBound: boolean }[];
  } | null;
  items: ApiOpportunity[];
};

export async function searchApi(request: APIRequestContext, query = ""): Promise<ApiSearchResult> {
  const response = await request.get(`/api/v1/opportunities${query ? `?${query}` : ""}`);
  expect(response.status(), `GET /api/v1/opportunities?${query}`).toBe(200);
  return (await response.json()) as ApiSearchResult;
}

/** The first public opportunity of a search; fails the test when there is none. */
export async function firstOpportunity(request: APIRequestContext, query = ""): Promise<ApiOpportunity> {
  const [first] = (await searchApi(request, query)).items;
  expect(first, `a public opportunity for "${query}"`).toBeDefined();
  return first!;
}
