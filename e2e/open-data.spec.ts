/**
 * The databank's reach beyond its own pages, in a real browser against the real server: an
 * agency's page on another origin frames the embeds and sees postings whose links open here in
 * a new tab, while an ordinary page of the site refuses to be framed; embeds set no cookie; a
 * posting's page carries its JobPosting data; another origin's script reads the API (CORS); and
 * the API, feeds and embeds answer 304 to a client that already has the answer.
 */
import { createServer, type Server } from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { searchApi } from "./support/api";
import { DEMO_PASSWORD, signIn } from "./support/accounts";
import { BASE_URL, PORT } from "./support/urls";

test.use({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.91" } });

/**
 * The agency's own site: a real server on another site than the databank's (localhost, where the
 * databank is 127.0.0.1), one per worker. Both are on this machine, so Chromium's protection of
 * local addresses from public pages does not stand in the way, as it would for a made-up public host.
 */
let agency: Server;
let AGENCY = "";
const agencyBodies = new Map<string, string>();

test.beforeAll(async ({}, testInfo) => {
  const port = PORT + 31 + testInfo.parallelIndex;
  AGENCY = `http://localhost:${port}`;
  agency = createServer((request, response) => {
    const body = agencyBodies.get(request.url ?? "/") ?? "";
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
    response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Agency</title></head><body><h1>Our agency</h1>${body}</body></html>`);
  });
  await new Promise<void>((resolve) => agency.listen(port, resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => agency.close(resolve));
});

/** Gives the agency's page at `path` this body. */
async function agencyPage(_page: Page, body: string, path = "/"): Promise<void> {
  agencyBodies.set(path, body);
}

/** What the browser refused, as it says on the console. */
function refusals(page: Page): string[] {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (/Refused to|Content Security Policy|violates/i.test(message.text())) seen.push(message.text());
  });
  return seen;
}

test("an agency's page on another site frames its listings and a search; a posting opens here in a new tab", async ({ page, request }) => {
  const { items } = await searchApi(request, "county=york");
  const posting = items.find((item) => !item.statewide) ?? items[0]!;
  const organization = posting.organization;
  const seen = refusals(page);
  await agencyPage(
    page,
    `<iframe id="ours" title="Our opportunities" src="${BASE_URL}/embed/organizations/${organization.slug}" width="600" height="480"></iframe>` +
      `<iframe id="york" title="York County" src="${BASE_URL}/embed/opportunities?county=york" width="600" height="480"></iframe>`,
    "/volunteer",
  );
  await page.goto(`${AGENCY}/volunteer`);

  const ours = page.frameLocator("#ours");
  await expect(ours.getByRole("heading", { level: 1, name: `Volunteer with ${organization.name}` })).toBeVisible();
  const york = page.frameLocator("#york");
  await expect(york.getByRole("heading", { level: 1, name: "Volunteer opportunities in York County" })).toBeVisible();
  const link = york.getByRole("link", { name: posting.title, exact: true });
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAttribute("rel", "noopener");
  expect(seen).toEqual([]);

  const [tab] = await Promise.all([page.context().waitForEvent("page"), link.click()]);
  await tab.waitForLoadState();
  expect(tab.url()).toBe(`${BASE_URL}/opportunities/${posting.slug}`);
  await expect(tab.getByRole("heading", { level: 1, name: posting.title })).toBeVisible();
  // The agency's page stayed where it was.
  expect(page.url()).toBe(`${AGENCY}/volunteer`);
});

test("an ordinary page of the site refuses to sit in another site's frame", async ({ page }) => {
  const seen = refusals(page);
  await agencyPage(page, `<iframe id="site" title="Search" src="${BASE_URL}/opportunities"></iframe><iframe id="embed" title="Embed" src="${BASE_URL}/embed/opportunities"></iframe>`, "/framing");
  await page.goto(`${AGENCY}/framing`);
  await expect(page.frameLocator("#embed").getByRole("heading", { level: 1 })).toBeVisible();
  await expect.poll(() => seen.some((text) => text.includes(`Framing '${BASE_URL}/' violates`) && text.includes("frame-ancestors 'none'"))).toBe(true);
  // The browser put its own error page in the frame: nothing of the site's.
  const frame = await (await page.$("#site"))!.contentFrame();
  expect(frame!.url()).toMatch(/^chrome-error:/);
  await expect(page.frameLocator("#site").locator("main")).toHaveCount(0);
});

test("embeds set no cookie and allow any frame; every other page keeps refusing frames", async ({ request }) => {
  const { items } = await searchApi(request, "");
  for (const path of ["/embed/opportunities?county=york&skill=none", `/embed/organizations/${items[0]!.organization.slug}`]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers["set-cookie"], path).toBeUndefined();
    expect(headers["x-frame-options"], path).toBeUndefined();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors *");
    expect(headers["content-security-policy"], path).toContain("script-src 'none'");
    const again = await request.get(path, { headers: { "If-None-Match": headers.etag! } });
    expect(again.status(), path).toBe(304);
  }
  for (const path of ["/", "/opportunities", `/opportunities/${items[0]!.slug}`, "/developers", "/api/v1/opportunities", "/embed"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["x-frame-options"], path).toBe("DENY");
  }
  expect((await request.get("/embed/organizations/no-such-organization")).status()).toBe(404);
  expect((await request.get("/embed/opportunities?county=narnia")).status()).toBe(400);
});

test("a posting's page carries its schema.org JobPosting, without breaking the page's script policy", async ({ page, request }) => {
  const { items } = await searchApi(request, "sort=closing");
  const posting = items[0]!;
  const violations: string[] = [];
  await page.addInitScript(() => document.addEventListener("securitypolicyviolation", (event) => console.error(`CSP violation: ${event.violatedDirective}`)));
  page.on("console", (message) => {
    if (message.type() === "error") violations.push(message.text());
  });
  await page.goto(`/opportunities/${posting.slug}`);
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "null");
  expect(data).toMatchObject({
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: posting.title,
    employmentType: "VOLUNTEER",
    hiringOrganization: { "@type": "Organization", name: posting.organization.name },
    url: expect.stringMatching(new RegExp(`/opportunities/${posting.slug}$`)),
  });
  expect(Date.parse(data.datePosted)).not.toBeNaN();
  expect(Date.parse(data.validThrough)).toBeGreaterThan(Date.now());
  expect(data.jobLocation?.address?.addressRegion ?? data.applicantLocationRequirements?.name).toMatch(/^(ME|Maine)$/);
  expect(JSON.stringify(data)).not.toMatch(/streetAddress|postalCode/);
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
});

test("a script on another site reads the API; answers come with an ETag and a 304 when unchanged", async ({ browser, request }) => {
  // A browser of a visitor of the agency's site: no header but those a page's fetch sends itself.
  const page = await (await browser.newContext({ extraHTTPHeaders: {} })).newPage();
  await agencyPage(page, "", "/script");
  await page.goto(`${AGENCY}/script`);
  const read = await page.evaluate(async (url) => {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await response.json();
    return { status: response.status, items: body.items.length, etag: response.headers.get("etag") };
  }, `${BASE_URL}/api/v1/opportunities?county=york`);
  expect(read.status).toBe(200);
  expect(read.items).toBeGreaterThan(0);
  expect(read.etag).toMatch(/^"/);
  // A header outside the simple ones makes the browser ask first (a preflight), which is answered.
  const preflighted = await page.evaluate(async (url) => (await fetch(url, { headers: { "If-None-Match": '"x"' } })).status, `${BASE_URL}/api/v1/opportunities`);
  expect(preflighted).toBe(200);

  for (const path of ["/api/v1/opportunities?county=york", "/api/v1/openapi.json", "/feed.xml?county=york"]) {
    const first = await request.get(path);
    expect(first.status(), path).toBe(200);
    const etag = first.headers().etag!;
    const again = await request.get(path, { headers: { "If-None-Match": etag } });
    expect(again.status(), path).toBe(304);
    expect(await again.body(), path).toHaveLength(0);
  }
  const openapi = await (await request.get("/api/v1/openapi.json")).json();
  expect(openapi.openapi).toBe("3.1.0");
  await page.context().close();
});

test("a coordinator finds the HTML to put the organization's listings on its website, with a live preview", async ({ browser }) => {
  const page = await (await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.92" } })).newPage();
  await signIn(page, "coordinator@demo.example.org", DEMO_PASSWORD, "/dashboard");
  const first = await page.locator('main a[href^="/dashboard/"]').first().getAttribute("href");
  const dashboard = /^\/dashboard\/[a-z0-9-]+/.exec(first ?? new URL(page.url()).pathname)![0];
  await page.goto(dashboard);
  await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "On your website" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your opportunities on your website" })).toBeVisible();
  const snippet = await page.getByLabel("HTML to copy").inputValue();
  const slug = dashboard.split("/")[2]!;
  expect(snippet).toMatch(new RegExp(`^<iframe src="[^"]+/embed/organizations/${slug}" title="[^"]+"`));
  await expect(page.frameLocator('[data-testid="embed-preview"]').getByRole("heading", { level: 1 })).toContainText("Volunteer with");
  await page.context().close();
});

test("the open data page is linked from every page's footer and from the feeds page", async ({ page }) => {
  await page.goto("/privacy");
  await page.getByRole("contentinfo").getByRole("link", { name: "Open data: API, feeds and embeds" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Open data: API, feeds and embeds" })).toBeVisible();
  await expect(page.getByRole("link", { name: "/api/v1/openapi.json" })).toBeVisible();
  await page.goto("/feeds");
  await expect(page.getByRole("main").getByRole("link", { name: "open data", exact: true })).toHaveAttribute("href", "/developers");
});
