/** Accounts: sign-in with and without JavaScript, sign-out, the limits, and answers that reveal no account. */
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { sessionFor } from "./support/sessions";

const VOLUNTEER = "volunteer@demo.example.org";

test("signs in and out without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.201" } });
  const page = await context.newPage();
  await page.goto("/signin");
  await page.getByLabel("E-mail").fill(VOLUNTEER);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("That e-mail and password do not match an account.");
  await expect(page.getByLabel("E-mail")).toHaveValue("");

  await page.getByLabel("E-mail").fill(VOLUNTEER);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByText("You are not part of a host organization yet.")).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You have signed out.")).toBeVisible();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin\?returnTo=%2Fdashboard$/);
  await context.close();
});

test("the account pages have no WCAG 2.2 AA violations", async ({ page }) => {
  for (const path of ["/signin", "/signup", "/forgot-password", "/forgot-password/sent", "/signup/sent", "/confirm-email?token=x", "/reset-password?token=x", "/host"]) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
});

test("too many sign-in attempts for one address answer 429 with Retry-After", async () => {
  const client = await sessionFor(null);
  const attempt = () => client.post("/signin/password", { form: { email: "target@demo.example.org", password: "guess" }, headers: { Accept: "application/json" } });
  for (let i = 0; i < 10; i++) expect((await attempt()).status()).toBe(401);
  const limited = await attempt();
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await limited.json()).message).toMatch(/Too many attempts/);

  // Another client address is limited too: the count is per e-mail address, whoever tries it.
  const elsewhere = await sessionFor(null);
  const fromElsewhere = await elsewhere.post("/signin/password", { form: { email: "target@demo.example.org", password: "guess" }, headers: { Accept: "application/json" } });
  expect(fromElsewhere.status()).toBe(429);
  await client.dispose();
  await elsewhere.dispose();
});

test("a sign-in posted from another site is refused", async ({ playwright }) => {
  const client = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL, extraHTTPHeaders: { Origin: "https://attacker.example", "X-Forwarded-For": "198.51.100.202" } });
  const answer = await client.post("/signin/password", { form: { email: VOLUNTEER, password: DEMO_PASSWORD }, headers: { Accept: "application/json" } });
  expect(answer.status()).toBe(403);
  await client.dispose();
});

test("sign-up and password reset answer the same for an address with an account and one without", async ({ browser }) => {
  const pages: string[] = [];
  for (const [index, email] of [VOLUNTEER, "nobody.at.all@example.org"].entries()) {
    const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": `198.51.100.${210 + index}` } });
    const page = await context.newPage();
    await page.goto("/forgot-password");
    await page.getByLabel("E-mail").fill(email);
    await page.getByRole("button", { name: "Send me a link" }).click();
    await expect(page).toHaveURL(/\/forgot-password\/sent$/);
    const afterReset = await page.getByRole("main").innerText();

    await page.goto("/signup");
    await page.getByLabel("Your name").fill("Someone");
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill("a long enough passphrase");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/signup\/sent$/);
    pages.push(`${afterReset}\n${await page.getByRole("main").innerText()}`);
    await context.close();
  }
  expect(pages[0]).toBe(pages[1]);
});
