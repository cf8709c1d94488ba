/** One page of each public kind, with real slugs read from the API. */
import type { APIRequestContext } from "@playwright/test";
import { firstOpportunity } from "./api";

export type SitePage = {
  name: string;
  status: number;
  path: (request: APIRequestContext) => Promise<string>;
};

export const sitePages: SitePage[] = [
  { name: "home", status: 200, path: async () => "/" },
  { name: "search results", status: 200, path: async () => "/opportunities?county=cumberland&skill=some" },
  {
    name: "opportunity",
    status: 200,
    path: async (request) => `/opportunities/${(await firstOpportunity(request, "county=cumberland")).slug}`,
  },
  {
    name: "organization",
    status: 200,
    path: async (request) => `/organizations/${(await firstOpportunity(request, "county=cumberland")).organization.slug}`,
  },
  { name: "county", status: 200, path: async () => "/counties/cumberland" },
  { name: "host", status: 200, path: async () => "/host" },
  { name: "not found", status: 404, path: async () => "/opportunities/does-not-exist" },
];
