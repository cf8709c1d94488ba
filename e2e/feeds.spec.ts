/**
 * Following a search in a feed reader, as a person finds it: the search's
 * link leads to a page that says what a feed is; the feed itself opens as a
 * readable page in a browser (its XSLT, allowed by the Content-Security-
 * Policy); and search pages announce their feed to browsers and readers.
 */
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

const SHOTS = process.env.E2E_SCREENSHOTS;

/** Screenshots at a desktop's and a phone's width, when E2E_SCREENSHOTS names a folder; a long list, its first screen only. */
async function screenshots(page: Page, name: string, fullPage = true) {
  if (!SHOTS) return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** What the browser refused under the Content-Security-Policy, as it says on the console. */
function policyViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) seen.push(message.text());
  });
  return seen;
}

test.use({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.71" } });

test("a visitor follows a search: the page explains feeds, and the feed opens as a readable page", async ({ page }) => {
  const violations = policyViolations(page);
  await page.goto("/opportunities?county=york");
  const alternate = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
  await expect(alternate).toHaveCount(1);
  expect(await alternate.getAttribute("href")).toMatch(/\/feed\.xml\?county=york$/);
  await screenshots(page, "search", false);

  await page.getByRole("link", { name: "Follow this search in a feed reader" }).click();
  await expect(page).toHaveURL(/\/feeds\?county=york$/);
  await expect(page.getByRole("heading", { level: 1, name: "Follow opportunities in a feed" })).toBeVisible();
  await expect(page.getByText("It lists the newest opportunities in York County")).toBeVisible();
  await expect(page.getByTestId("feed-address")).toHaveText(/\/feed\.xml\?county=york$/);
  await expectNoAxeViolations(page);
  await screenshots(page, "feeds-page");

  await page.getByRole("link", { name: "Open the feed" }).click();
  await expect(page).toHaveURL(/\/feed\.xml\?county=york$/);
  await expect(page.getByRole("heading", { level: 1, name: /: new opportunities$/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "This is a feed" })).toBeVisible();
  await expect(page.getByText(/\/feed\.xml\?county=york$/)).toBeVisible();
  const first = page.getByRole("listitem").first().getByRole("link");
  await expect(first).toHaveAttribute("href", /\/opportunities\/[^/]+$/);
  await expect(page.getByRole("link", { name: "Quick exit: leave this site" })).toBeVisible();
  await screenshots(page, "feed", false);

  // From the feed back to the page about feeds, and to a posting.
  await page.getByRole("link", { name: "What feeds are and how to use them" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Follow opportunities in a feed" })).toBeVisible();
  await expect(page.getByTestId("feed-address")).toHaveText(/\/feed\.xml$/);
  expect(violations).toEqual([]);
});

test("the feed names its stylesheet, which the site serves under the feed's own policy", async ({ request }) => {
  const feed = await request.get("/feed.xml?skill=none");
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("application/xml; charset=utf-8");
  const policy = feed.headers()["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src [^;]*'self'/);
  const xml = await feed.text();
  expect(xml.split("\n").slice(0, 2)).toEqual(['<?xml version="1.0" encoding="UTF-8"?>', '<?xml-stylesheet type="text/xsl" href="/feed.xsl"?>']);
  const stylesheet = await request.get("/feed.xsl");
  expect(stylesheet.status()).toBe(200);
  expect(stylesheet.headers()["content-type"]).toBe("text/xsl; charset=utf-8");
});
