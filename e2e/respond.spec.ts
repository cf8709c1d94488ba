/**
 * "I'm interested" on a public opportunity, with JavaScript and without: the
 * same form, the same schema, the same server action.
 */
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { searchApi } from "./support/api";
import { SERVER_LOG } from "./support/urls";

// One after the other: the last test searches for what the others typed.
test.describe.configure({ mode: "serial" });

/** Everything personal this file types into the form. */
const PERSONAL = ["Robin Tate", "robin.tate@example.org", "Casey Moore", "casey.moore@example", "555-0199"];

async function fillInterest(page: Page, values: { name: string; email: string; phone?: string; message?: string }) {
  const form = page.getByRole("form", { name: "I’m interested" });
  await form.getByLabel("Your name", { exact: true }).fill(values.name);
  await form.getByLabel("E-mail", { exact: true }).fill(values.email);
  if (values.phone) await form.getByLabel("Phone (optional)", { exact: true }).fill(values.phone);
  if (values.message) await form.getByLabel("Message (optional)", { exact: true }).fill(values.message);
  return form;
}

/** A different public opportunity per test, so parallel tests never answer the same one. */
async function opportunityUrl(page: Page, index: number) {
  const { items } = await searchApi(page.request, "sort=closing");
  expect(items.length).toBeGreaterThan(index);
  return `/opportunities/${items[index]!.slug}`;
}

test.describe("with JavaScript", () => {
  test("a volunteer responds, then responds again and sees the same thanks", async ({ page }) => {
    await page.goto(await opportunityUrl(page, 0));
    const form = await fillInterest(page, { name: "Robin Tate", email: "robin.tate@example.org", phone: "(207) 555-0199", message: "Weekends suit me." });

    // Checked in the browser with the shared schema: nothing is sent without consent.
    await form.getByRole("button", { name: "I’m interested" }).click();
    await expect(page.getByTestId("error-summary")).toContainText("Tick the box to share your details");
    await expect(page).not.toHaveURL(/thanks/);

    await form.getByRole("checkbox").check();
    await form.getByRole("button", { name: "I’m interested" }).click();
    await expect(page).toHaveURL(/\/thanks$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you");
    expect((await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze()).violations).toEqual([]);

    await page.goBack();
    await page.reload();
    const again = await fillInterest(page, { name: "Robin Tate", email: "Robin.Tate@example.org" });
    await again.getByRole("checkbox").check();
    await again.getByRole("button", { name: "I’m interested" }).click();
    // The same page as the first time: whether an address already answered is told only by mail.
    await expect(page).toHaveURL(/\/thanks$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you");
  });

  test("bad input is named next to the field before anything is sent", async ({ page }) => {
    await page.goto(await opportunityUrl(page, 1));
    const form = await fillInterest(page, { name: "", email: "not-an-email", phone: "call me" });
    await form.getByRole("button", { name: "I’m interested" }).click();
    const summary = page.getByTestId("error-summary");
    await expect(summary).toContainText("Enter your name.");
    await expect(summary).toContainText("Enter an e-mail address like name@example.org.");
    await expect(summary).toContainText("Enter a phone number with digits");
    await expect(form.getByLabel("E-mail", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page).not.toHaveURL(/thanks/);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the server answers bad input next to the fields, keeps what was typed, then takes the response", async ({ page }) => {
    await page.goto(await opportunityUrl(page, 2));
    let form = await fillInterest(page, { name: "Casey Moore", email: "casey.moore@example" });
    await form.getByRole("button", { name: "I’m interested" }).click();

    const summary = page.getByTestId("error-summary");
    await expect(summary).toContainText("Please correct the highlighted fields.");
    await expect(summary).toContainText("Enter an e-mail address like name@example.org.");
    await expect(summary).toContainText("Tick the box");
    form = page.getByRole("form", { name: "I’m interested" });
    await expect(form.getByLabel("Your name", { exact: true })).toHaveValue("Casey Moore");

    await form.getByLabel("E-mail", { exact: true }).fill("casey.moore@example.org");
    await form.getByRole("checkbox").check();
    await form.getByRole("button", { name: "I’m interested" }).click();
    await expect(page).toHaveURL(/\/thanks$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you");
  });
});

test("what volunteers typed is in no server log line, public page or API answer", async ({ request }) => {
  const log = readFileSync(SERVER_LOG, "utf8");
  expect(log.length).toBeGreaterThan(0);
  const pages = await Promise.all(
    ["/", "/opportunities", "/opportunities?sort=closing", "/api/v1/opportunities?sort=closing", "/api/v1/opportunities?q=robin"].map(async (path) => (await request.get(path)).text()),
  );
  for (const value of PERSONAL) {
    expect(log, `server log contains ${value}`).not.toContain(value);
    for (const body of pages) expect(body).not.toContain(value);
  }
});
