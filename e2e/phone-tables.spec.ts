/**
 * The dashboard's and the admins' lists on a phone (390 px): each row a card,
 * nothing cut off at the right edge, no e-mail address wrapping a letter a
 * line; and the admins' charts keep words a person can read.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_ADMIN, DEMO_PASSWORD, signIn } from "./support/accounts";

test.describe.configure({ mode: "serial" });

const PHONE = { width: 390, height: 844 };

async function signedInOnPhone(browser: Browser, n: number, email: string, returnTo: string): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, extraHTTPHeaders: { "X-Forwarded-For": `203.0.113.${n}` } });
  const page = await context.newPage();
  await signIn(page, email, DEMO_PASSWORD, returnTo);
  return page;
}

/** What a person would see go wrong: the page scrolls sideways, a row is not a card, a control or a cell pokes out. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate((width) => {
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > width) problems.push(`the page is ${document.documentElement.scrollWidth} px wide`);
    const rows = [...document.querySelectorAll("main table tbody tr")];
    if (rows.length === 0) problems.push("no table rows");
    for (const row of rows) {
      if (getComputedStyle(row).display !== "block") problems.push(`a row is shown as ${getComputedStyle(row).display}`);
      for (const element of row.querySelectorAll("a, button, th, td")) {
        const box = element.getBoundingClientRect();
        if (box.width > 0 && (box.left < 0 || box.right > width + 0.5)) problems.push(`“${element.textContent?.trim().slice(0, 40)}” runs to ${Math.round(box.right)} px`);
      }
    }
    for (const cell of document.querySelectorAll("main td.break-all, main th.break-all")) {
      const box = cell.getBoundingClientRect();
      if (box.width > 0 && box.width < 200) problems.push(`“${cell.textContent?.trim().slice(0, 40)}” is squeezed into ${Math.round(box.width)} px`);
    }
    return problems;
  }, PHONE.width);
}

test("the coordinator's team, postings and responses are cards on a phone", async ({ browser }) => {
  const page = await signedInOnPhone(browser, 71, "coordinator@demo.example.org", "/dashboard");
  const first = await page.locator('main a[href^="/dashboard/"]').first().getAttribute("href");
  const dashboard = /^\/dashboard\/[a-z0-9-]+/.exec(first ?? new URL(page.url()).pathname)![0];

  // A volunteer responds to one of its postings, so the inbox has a row.
  const volunteer = await signedInOnPhone(browser, 75, "volunteer@demo.example.org", "/me");
  await volunteer.goto(`/organizations/${dashboard.split("/")[2]}`);
  await volunteer.getByRole("main").locator('a[href^="/opportunities/"]').first().click();
  const form = volunteer.getByRole("form", { name: "I’m interested" });
  await form.getByRole("checkbox").check();
  await form.getByRole("button", { name: "I’m interested" }).click();
  await expect(volunteer).toHaveURL(/\/thanks\?sent=1$/);
  await volunteer.context().close();
  // And the export of its responses puts a line in the admins' audit log.
  expect((await page.request.get(`${dashboard}/responses/export`)).status()).toBe(200);
  for (const path of [dashboard, `${dashboard}/team`, `${dashboard}/responses`]) {
    await page.goto(path);
    expect({ path, problems: await layoutProblems(page) }).toEqual({ path, problems: [] });
  }
  // The team's "Remove" is whole on the screen, beside the member it removes, under that member's e-mail address.
  await page.goto(`${dashboard}/team`);
  // Other journeys may have added members: take the first card that has a "Remove".
  const card = page.getByRole("row").filter({ has: page.getByRole("link", { name: /^Remove / }) }).first();
  const remove = card.getByRole("link", { name: /^Remove / });
  await remove.scrollIntoViewIfNeeded();
  await expect(remove).toBeInViewport({ ratio: 1 });
  await expect(card.getByText("E-mail", { exact: true })).toBeVisible();
  await page.context().close();
});

// After the coordinator's test, whose export wrote to the audit log.
test("the admins' lists are cards on a phone, and their charts' words stay readable", async ({ browser }) => {
  const page = await signedInOnPhone(browser, 72, DEMO_ADMIN, "/admin");
  for (const path of ["/admin/users", "/admin/audit", "/admin/outbox", "/admin/organizations?status=approved"]) {
    await page.goto(path);
    expect({ path, problems: await layoutProblems(page) }).toEqual({ path, problems: [] });
  }

  await page.goto("/admin");
  const bars = page.locator("[data-chart-bar]");
  await expect(bars.first()).toBeVisible();
  const smallest = await page.evaluate(() => {
    const sizes = [...document.querySelectorAll("[data-chart-bar] *")]
      .filter((element) => element.getBoundingClientRect().width > 0 && element.childElementCount === 0 && element.textContent?.trim())
      .map((element) => parseFloat(getComputedStyle(element).fontSize));
    return Math.min(...sizes);
  });
  expect(smallest).toBeGreaterThanOrEqual(14);
  // The column chart's drawing, whose words would shrink, is not shown on a phone.
  await expect(page.locator("main svg[role=img]")).toHaveCount(await page.locator("main svg[role=img]:not(:visible)").count());
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  // A chart's table wider than the phone scrolls in a region the keyboard can reach and scroll.
  const answers = page.getByRole("region", { name: "How quickly organizations answer volunteers: the table" });
  await expect(answers).toHaveAttribute("tabindex", "0");
  expect(await answers.evaluate((region) => region.scrollWidth > region.clientWidth)).toBe(true);
  await answers.focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => answers.evaluate((region) => region.scrollLeft)).toBeGreaterThan(0);
  await page.context().close();
});

test("a volunteer's letter of service fits a phone", async ({ browser }) => {
  const page = await signedInOnPhone(browser, 76, "volunteer@demo.example.org", "/me/hours/letter");
  await expect(page.getByRole("heading", { level: 1, name: "Letter of service" })).toBeVisible();
  await expect(page.locator("main table tbody tr").first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  // The account's section the page belongs to is marked as the current one, and only it.
  const sections = page.getByRole("navigation", { name: "Your account" });
  // The letter is a page within "My hours", not the page that link opens.
  await expect(sections.getByRole("link", { name: "My hours" })).toHaveAttribute("aria-current", "true");
  await expect(sections.locator("[aria-current]")).toHaveCount(1);
  await sections.getByRole("link", { name: "My responses" }).click();
  await expect(page).toHaveURL(/\/me$/);
  await expect(sections.getByRole("link", { name: "My responses" })).toHaveAttribute("aria-current", "page");
  await expect(sections.locator("[aria-current]")).toHaveCount(1);
  await page.context().close();
});

test("on a desktop the admins' table of how quickly organizations answer is shown whole", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.74" } });
  const page = await context.newPage();
  await signIn(page, DEMO_ADMIN, DEMO_PASSWORD, "/admin");
  const answers = page.getByRole("region", { name: "How quickly organizations answer volunteers: the table" });
  await expect(answers.locator("table")).toBeVisible();
  expect(await answers.evaluate((region) => region.scrollWidth <= region.clientWidth)).toBe(true);
  await context.close();
});

test("on a desktop the same lists stay tables", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.73" } });
  const page = await context.newPage();
  await signIn(page, DEMO_ADMIN, DEMO_PASSWORD, "/admin/users");
  await page.goto("/admin/users");
  expect(await page.locator("main table tbody tr").first().evaluate((row) => getComputedStyle(row).display)).toBe("table-row");
  await expect(page.getByRole("columnheader", { name: "E-mail" })).toBeVisible();
  await context.close();
});
