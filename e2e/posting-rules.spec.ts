/**
 * What a coordinator may write in a posting: never anything that places a
 * building (a confidential shelter's location must never be published), a
 * title that says something; and what the site points out without refusing:
 * an address in the description, counties the organization does not serve.
 */
import { expect, test, type Page } from "@playwright/test";
import { uniqueEmail } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { applyToHost } from "./support/host-journey";

test.describe.configure({ mode: "serial" });

const SHOTS = process.env.E2E_SCREENSHOTS;
const stamp = Date.now().toString(36);
let page: Page;
let dashboard: string;

/** Screenshots at a desktop's and a phone's width, when E2E_SCREENSHOTS names a folder. */
async function screenshots(name: string) {
  if (!SHOTS) return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test.beforeAll(async ({ browser }) => {
  page = await (await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.61" } })).newPage();
  const owner = { name: "Jordan Hale", email: uniqueEmail("jordan.hale"), password: "blueberry barrens in august" };
  dashboard = await applyToHost(page, owner, { name: `Penobscot Safe Homes ${stamp}`, county: "Penobscot" });
});
test.afterAll(async () => {
  await page.context().close();
});

async function fillPosting(posting: { title: string; summary: string; description: string; town: string }) {
  await page.getByLabel("Title").fill(posting.title);
  await page.getByLabel("Summary").fill(posting.summary);
  await page.getByLabel("Description").fill(posting.description);
  await page.getByLabel("Town (optional)").fill(posting.town);
}

test("a street address, a PO box or a one-letter title is refused, saying why, and nothing is saved", async () => {
  await page.goto(`${dashboard}/postings/new`);
  await fillPosting({
    title: "A",
    summary: "Send warm coats to PO Box 44, Bangor, before the first snow.",
    description: "Sort coats, boots and mittens with us and help families choose what fits.",
    town: "12 Main Street, Lewiston",
  });
  await page.getByLabel("Type").selectOption("ongoing");
  await page.getByLabel("Skill level").selectOption("none");
  await page.getByRole("group", { name: "Causes" }).getByLabel("Basic needs").check();
  await page.getByRole("group", { name: "Counties", exact: true }).getByLabel("Penobscot").check();
  await page.getByRole("button", { name: "Save draft" }).click();

  const summary = page.getByTestId("error-summary");
  await expect(summary).toContainText("Write a title of at least 5 characters");
  await expect(page.locator("#town-error")).toHaveText(/^Error: This looks like a street address\. Enter the town's name only: .*a confidential shelter's location must never be published\.$/);
  await expect(page.locator("#summary-error")).toContainText("This looks like a PO box.");
  await expect(page.getByLabel("Town (optional)")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
  await screenshots("posting-form-refused");

  // Coordinates and a unit number are refused too; so is a title naming an address.
  await page.getByLabel("Town (optional)").fill("44.1, -69.8");
  await page.getByLabel("Title").fill("Sort coats at 45 Lisbon St");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.locator("#town-error")).toContainText("This looks like map coordinates.");
  await expect(page.locator("#title-error")).toContainText("This looks like a street address.");
  await page.getByLabel("Town (optional)").fill("Route 1, #4");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.locator("#town-error")).toContainText("This looks like a unit number.");

  await page.goto(dashboard);
  await expect(page.getByText("Sort coats at 45 Lisbon St")).toHaveCount(0);
});

test("the server refuses the same without JavaScript, and keeps what was typed", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState(), extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.61" } });
  const plain = await context.newPage();
  await plain.goto(`${dashboard}/postings/new`);
  await plain.getByLabel("Title").fill("Winter coat sorting");
  await plain.getByLabel("Summary").fill("Sort donated coats by size for the winter shop.");
  await plain.getByLabel("Description").fill("Sort coats, boots and mittens with us and help families choose what fits.");
  await plain.getByLabel("Town (optional)").fill("P.O. Box 44");
  await plain.getByLabel("Type").selectOption("ongoing");
  await plain.getByLabel("Skill level").selectOption("none");
  await plain.getByRole("group", { name: "Causes" }).getByLabel("Basic needs").check();
  await plain.getByRole("group", { name: "Counties", exact: true }).getByLabel("Penobscot").check();
  await plain.getByRole("button", { name: "Save draft" }).click();
  await expect(plain.locator("#town-error")).toContainText("This looks like a PO box.");
  await expect(plain.getByLabel("Town (optional)")).toHaveValue("P.O. Box 44");
  await expect(plain.getByLabel("Title")).toHaveValue("Winter coat sorting");
  await context.close();
});

test("a posting saved with an address in its description and a county the organization does not serve is kept, with both pointed out", async () => {
  await page.goto(`${dashboard}/postings/new`);
  const title = `Winter coat shop helpers ${stamp}`;
  await fillPosting({
    title,
    summary: "Help families choose warm coats, boots and mittens that fit.",
    description: "Sort coats by size and help shoppers on distribution day. We meet at 45 Lisbon St, Lewiston, in the church hall.",
    town: "Old Orchard Beach",
  });
  await page.getByLabel("Type").selectOption("ongoing");
  await page.getByLabel("Skill level").selectOption("none");
  await page.getByRole("group", { name: "Causes" }).getByLabel("Basic needs").check();
  const counties = page.getByRole("group", { name: "Counties", exact: true });
  await counties.getByLabel("Penobscot").check();
  await counties.getByLabel("Waldo").check();
  await counties.getByLabel("Piscataquis").check();
  await page.getByRole("button", { name: "Save draft" }).click();

  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const warnings = page.getByRole("region", { name: "Please check these before you publish" });
  await expect(warnings).toContainText("Piscataquis County and Waldo County are not among the counties your organization serves.");
  await expect(warnings).not.toContainText("Penobscot");
  await expect(warnings).toContainText("The description seems to hold a street address.");
  await expect(warnings).toContainText("a confidential shelter's location must never be published");
  await expectNoAxeViolations(page);
  await screenshots("posting-saved-with-warnings");

  // Put right, the warnings go.
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await page.getByLabel("Description").fill("Sort coats by size and help shoppers on distribution day, in a church hall in Bangor.");
  await page.getByRole("group", { name: "Counties", exact: true }).getByLabel("Waldo").uncheck();
  await page.getByRole("group", { name: "Counties", exact: true }).getByLabel("Piscataquis").uncheck();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(page.getByTestId("posting-warnings")).toHaveCount(0);
});
