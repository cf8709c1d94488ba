/**
 * "I'm interested" on a public opportunity, with JavaScript and without: the
 * same form, the same schema, the same server action.
 */
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./support/accounts";
import { searchApi } from "./support/api";
import { deliveredMail, linkIn, mailsTo, waitForMail } from "./support/mail";
import { CONFIRM_SUBJECT } from "./support/people";
import { SERVER_LOG } from "./support/urls";

// One after the other: the last test searches for what the others typed.
test.describe.configure({ mode: "serial" });

/** Everything personal this file types into the form. */
const PERSONAL = ["Robin Tate", "robin.tate@example.org", "Casey Moore", "casey.moore@example", "555-0199"];
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function fillInterest(page: Page, values: { name: string; email: string; phone?: string; message?: string }) {
  const form = page.getByRole("form", { name: "I’m interested" });
  await form.getByLabel("Your name", { exact: true }).fill(values.name);
  await form.getByLabel("E-mail", { exact: true }).fill(values.email);
  if (values.phone) await form.getByLabel("Phone (optional)", { exact: true }).fill(values.phone);
  if (values.message) await form.getByLabel("Message (optional)", { exact: true }).fill(values.message);
  return form;
}

/**
 * A posting's form with a bad e-mail typed and its field still focused, to be left by pressing the
 * consent box: where the box is before the field is left. A first field is left before, so that the
 * form's checks are loaded before the one that matters.
 */
async function badEmailLeftForConsent(page: Page) {
  await page.goto(await opportunityUrl(page, 1));
  const form = page.getByRole("form", { name: "I’m interested" });
  await form.getByLabel("Your name", { exact: true }).fill("Robin Tate");
  await form.getByLabel("Your name", { exact: true }).press("Tab");
  await form.getByLabel("E-mail", { exact: true }).fill("not-an-email");
  const consent = form.getByRole("checkbox");
  await consent.scrollIntoViewIfNeeded();
  const box = (await consent.boundingBox())!;
  return { form, consent, centre: { x: box.x + box.width / 2, y: box.y + box.height / 2 } };
}

/** A different public opportunity per test, so parallel tests never answer the same one; each with places open, so its form is "I'm interested". */
async function opportunityUrl(page: Page, index: number) {
  const { items } = await searchApi(page.request, "sort=closing&open=1");
  expect(items.length).toBeGreaterThan(index);
  return `/opportunities/${items[index]!.slug}`;
}

test.describe("with JavaScript", () => {
  test("a volunteer responds, confirms from the mail with the button, and the link then cannot be used again", async ({ page }) => {
    const postingPath = await opportunityUrl(page, 0);
    await page.goto(postingPath);
    const title = (await page.getByRole("heading", { level: 1 }).textContent())!;
    const organization = (await page.getByRole("complementary", { name: "About the organization" }).getByRole("heading", { level: 2 }).first().textContent())!;
    const form = await fillInterest(page, { name: "Robin Tate", email: "robin.tate@example.org", phone: "(207) 555-0199", message: "Weekends suit me." });
    await expect(form.getByText("1,983 characters left")).toBeVisible();

    // Checked in the browser with the shared schema: nothing is sent without consent.
    await form.getByRole("button", { name: "I’m interested" }).click();
    await expect(page.getByTestId("error-summary")).toContainText("Tick the box to share your details");
    await expect(page).not.toHaveURL(/thanks/);

    await form.getByRole("checkbox").check();
    await form.getByRole("button", { name: "I’m interested" }).click();
    await expect(page).toHaveURL(/\/thanks$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you: please check your e-mail");
    await expect(page.getByText("The link works for 7 days.")).toBeVisible();
    await expect(page.getByRole("link", { name: `Back to “${title}”` })).toHaveAttribute("href", postingPath);
    await expect(page.getByRole("link", { name: "More opportunities like this one" })).toHaveAttribute("href", /^\/opportunities\?county=/);
    await expect(page.getByRole("link", { name: "Get an e-mail when new ones like this are posted" })).toHaveAttribute("href", /^\/me\/alerts\?save=/);
    expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations).toEqual([]);

    // The mail names nobody and carries the one link; opening it sends nothing.
    const mail = await waitForMail("robin.tate@example.org", CONFIRM_SUBJECT);
    expect(mail.text).not.toContain("Robin");
    const confirmPath = linkIn(mail, "/responses/confirm/");
    await page.goto(confirmPath);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Send your details to ${organization}?`);
    await expect(page.getByText("the phone number ending in 99")).toBeVisible();
    await expect(page.getByText("555-0199")).toHaveCount(0);
    expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations).toEqual([]);
    expect(await mailsTo("robin.tate@example.org", "We passed on your interest")).toEqual([]);

    await page.getByRole("button", { name: `Send my details to ${organization}` }).click();
    await expect(page).toHaveURL(/\/thanks\?sent=1$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Thank you: ${organization} has your details`);
    expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations).toEqual([]);
    await waitForMail("robin.tate@example.org", "We passed on your interest");

    await page.goto(confirmPath);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link cannot be used");
  });

  test("answering again shows the same page as the first time; only the mail tells it had already gone", async ({ page }) => {
    await page.goto(await opportunityUrl(page, 0));
    const before = (await deliveredMail()).length;
    const again = await fillInterest(page, { name: "Robin Tate", email: "Robin.Tate@example.org" });
    await again.getByRole("checkbox").check();
    await again.getByRole("button", { name: "I’m interested" }).click();
    await expect(page).toHaveURL(/\/thanks$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you: please check your e-mail");
    await waitForMail("robin.tate@example.org", "You had already said you are interested");
    expect((await deliveredMail()).slice(before).map((mail) => mail.subject)).not.toContain(CONFIRM_SUBJECT);
  });

  test("the message field counts down and says when it is too long", async ({ page }) => {
    await page.goto(await opportunityUrl(page, 1));
    const form = page.getByRole("form", { name: "I’m interested" });
    await expect(form.getByText("2,000 characters left")).toBeVisible();
    await form.getByLabel("Message (optional)", { exact: true }).fill("x".repeat(2003));
    await expect(form.getByText("3 characters too many")).toBeVisible();
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

  test("on a touch screen too, a tap on the consent box that leaves a field with bad input ticks the box", async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const { form, consent, centre } = await badEmailLeftForConsent(page);
    await page.touchscreen.tap(centre.x, centre.y);
    await expect(consent).toBeChecked();
    await expect(form.getByText("Enter an e-mail address like name@example.org.")).toBeVisible();
    await context.close();
  });

  test("on a phone a link near the top goes straight to the form, which comes after the whole posting", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(await opportunityUrl(page, 1));
    const heading = page.getByRole("heading", { level: 2, name: "I’m interested" });
    await expect(heading).not.toBeInViewport();
    await page.getByRole("link", { name: "Go to “I’m interested”" }).click();
    await expect(heading).toBeInViewport();
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect(page.getByRole("link", { name: "Go to “I’m interested”" })).toBeHidden();
  });

  test("a field left by pressing the consent box names its error under it once the box is ticked, and the box is ticked", async ({ page }) => {
    const { form, consent, centre } = await badEmailLeftForConsent(page);
    // Pressed and released where the box was when the press began, with the page given a frame between.
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.down();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
    await page.mouse.up();
    await expect(consent).toBeChecked();
    await expect(form.getByLabel("E-mail", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByText("Enter an e-mail address like name@example.org.")).toBeVisible();
    // The summary of errors waits for the form to be sent.
    await expect(page.getByTestId("error-summary")).toHaveCount(0);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the server answers bad input next to the fields, keeps what was typed, then takes the response", async ({ page }) => {
    await page.goto(await opportunityUrl(page, 2));
    // No count without JavaScript: the hint gives the limit instead.
    await expect(page.getByText("up to 2,000 characters")).toBeVisible();
    await expect(page.getByText("characters left")).toHaveCount(0);
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
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you: please check your e-mail");

    // The confirmation page's button works without JavaScript too.
    await page.goto(linkIn(await waitForMail("casey.moore@example.org", CONFIRM_SUBJECT), "/responses/confirm/"));
    await page.getByRole("button", { name: /^Send my details to / }).click();
    await expect(page).toHaveURL(/\/thanks\?sent=1$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Thank you: .+ has your details$/);
  });
});

test("signed in, the form starts with what the account knows, and the details go at once", async ({ browser, request }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.77" } });
  const page = await context.newPage();
  await page.goto("/signup");
  await expect(page.getByRole("main").getByRole("listitem").filter({ hasText: "Volunteers get" })).toContainText("e-mail alerts");
  await signIn(page, "volunteer@demo.example.org", DEMO_PASSWORD, "/me");
  const { items } = await searchApi(request, "sort=closing&open=1");
  await page.goto(`/opportunities/${items[4]!.slug}`);
  const form = page.getByRole("form", { name: "I’m interested" });
  await expect(form.getByLabel("E-mail", { exact: true })).toHaveValue("volunteer@demo.example.org");
  await expect(form.getByLabel("Your name", { exact: true })).not.toHaveValue("");
  await form.getByRole("checkbox").check();
  await form.getByRole("button", { name: "I’m interested" }).click();
  await expect(page).toHaveURL(/\/thanks\?sent=1$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Thank you: .+ has your details$/);
  await context.close();
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
