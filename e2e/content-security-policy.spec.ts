/**
 * Every page of every role runs under its Content-Security-Policy without a
 * single violation or console error, in a real browser: the private pages on a
 * nonce (no 'unsafe-inline'), the public ones on the policy that keeps them
 * cached, and a public page served again from the cache allows exactly the
 * hashes of its own inline scripts.
 */
import { createHash } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { searchApi } from "./support/api";
import { DEMO_ADMIN, DEMO_PASSWORD, signIn } from "./support/accounts";

const from = (n: number) => ({ extraHTTPHeaders: { "X-Forwarded-For": `198.51.100.${n}` } });

/** Opens `paths` one after the other and answers every CSP violation and console error seen, by path. */
async function problemsOn(page: Page, paths: string[]): Promise<string[]> {
  const problems: string[] = [];
  let current = "";
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`${current}: console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`${current}: page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  for (const path of paths) {
    current = path;
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(400);
    expect(response?.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    // Hydrated and idle: scripts blocked by the policy would have said so by now.
    await page.waitForLoadState("networkidle");
  }
  return problems;
}

async function signedIn(browser: Browser, n: number, email: string, returnTo: string): Promise<Page> {
  const page = await (await browser.newContext(from(n))).newPage();
  await signIn(page, email, DEMO_PASSWORD, returnTo);
  return page;
}

test("the public pages, signed out", async ({ page, request }) => {
  const { items } = await searchApi(request, "sort=closing");
  const posting = items[0]!;
  const problems = await problemsOn(page, [
    "/",
    "/opportunities",
    "/opportunities?county=york&skill=none",
    `/opportunities/${posting.slug}`,
    `/opportunities/${posting.slug}/report`,
    `/organizations/${posting.organization.slug}`,
    "/counties/york",
    "/privacy",
    "/host",
    "/developers",
    "/signin",
    "/signup",
    "/forgot-password",
  ]);
  expect(problems).toEqual([]);
});

test("the volunteer's pages", async ({ browser }) => {
  const page = await signedIn(browser, 60, "volunteer@demo.example.org", "/me");
  expect(await problemsOn(page, ["/me", "/me/profile", "/me/alerts", "/me/contacts", "/me/security", "/me/data", "/me/delete", "/opportunities"])).toEqual([]);
  await page.context().close();
});

test("the coordinator's pages", async ({ browser }) => {
  const page = await signedIn(browser, 61, "coordinator@demo.example.org", "/dashboard");
  // A member of several organizations lands on the list of them: take the first.
  const first = await page.locator('main a[href^="/dashboard/"]').first().getAttribute("href");
  const dashboard = /^\/dashboard\/[a-z0-9-]+/.exec(first ?? new URL(page.url()).pathname)![0];
  const paths = ["/dashboard", dashboard, ...["/postings/new", "/responses", "/team", "/profile", "/embed", "/volunteers", "/volunteers/requests"].map((page) => `${dashboard}${page}`)];
  expect(await problemsOn(page, paths)).toEqual([]);
  await page.context().close();
});

test("the admin's pages", async ({ browser }) => {
  const page = await signedIn(browser, 62, DEMO_ADMIN, "/admin");
  expect(await problemsOn(page, ["/admin", "/admin/organizations", "/admin/organizations?status=approved", "/admin/reports?status=all", "/admin/users", "/admin/audit", "/admin/outbox"])).toEqual([]);
  await page.context().close();
});

test("private pages run on a fresh nonce with no 'unsafe-inline'; a cached public page allows only its own scripts' hashes", async ({ request }) => {
  const policies = await Promise.all([1, 2].map(async () => (await request.get("/signin")).headers()["content-security-policy"]!));
  for (const policy of policies) {
    const scripts = /script-src ([^;]+)/.exec(policy)![1]!;
    expect(scripts).toMatch(/'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic' 'sha256-[A-Za-z0-9+/=]+'/);
    expect(scripts).not.toContain("unsafe-inline");
  }
  expect(policies[0]).not.toBe(policies[1]);

  // The second visit is served from the front of the public page cache.
  await request.get("/privacy");
  const kept = await request.get("/privacy");
  const scripts = /script-src ([^;]+)/.exec(kept.headers()["content-security-policy"]!)![1]!;
  const html = await kept.text();
  const inline = new Set([...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => `'sha256-${createHash("sha256").update(match[1]!).digest("base64")}'`));
  expect(inline.size).toBeGreaterThan(0);
  expect(scripts.split(" ").filter((source) => source.startsWith("'sha256-")).sort()).toEqual([...inline].sort());
  expect(kept.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
});

/** The script-src of an answer, and the hashes of the inline scripts its page holds. */
async function scriptRules(answer: { headers(): Record<string, string>; text(): Promise<string> }) {
  const scripts = /script-src ([^;]+)/.exec(answer.headers()["content-security-policy"]!)![1]!.split(" ");
  const html = await answer.text();
  const inline = [...new Set([...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => `'sha256-${createHash("sha256").update(match[1]!).digest("base64")}'`))];
  return { hashes: scripts.filter((source) => source.startsWith("'sha256-")).sort(), inline: inline.sort(), scripts };
}

test("the first, live render of a public page allows only its own scripts' hashes too, and the page works", async ({ page, request }) => {
  // Searches nobody asked for before: each is rendered for this request, not served from the cache.
  const stamp = Date.now().toString(36);
  for (const path of [`/opportunities?q=first${stamp}`, `/opportunities?county=knox&q=walk${stamp}`]) {
    const rules = await scriptRules(await request.get(path));
    expect(rules.inline.length, path).toBeGreaterThan(0);
    expect(rules.hashes, path).toEqual(rules.inline);
    expect(rules.scripts, path).not.toContain("'strict-dynamic'");
  }
  // In a browser the live render runs its scripts without a violation: the search form replaces the history entry.
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") violations.push(message.text());
  });
  await page.goto(`/opportunities?q=live${stamp}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
});
