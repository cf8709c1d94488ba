/** Accounts: sign-in with and without JavaScript, sign-out, the limits, and answers that reveal no account. */
import { expect, test } from "@playwright/test";
import { DEMO_ADMIN, DEMO_PASSWORD, signIn, signUpAndConfirm, uniqueEmail } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { linkIn, waitForMail } from "./support/mail";
import { answerTo, sessionFor } from "./support/sessions";

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
  // A volunteer lands on their own account, not on the hosts' dashboard.
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole("heading", { level: 1, name: "My responses" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You have signed out.")).toBeVisible();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin\?returnTo=%2Fdashboard$/);
  await context.close();
});

test("each person lands where they work, the header shows their places, and a page that asked comes first", async ({ browser }) => {
  const cases = [
    { email: DEMO_ADMIN, lands: /\/admin$/, heading: "Statewide picture", places: ["Admin", "My account"] },
    { email: "coordinator@demo.example.org", lands: /\/dashboard(\/[^/]+)?$/, heading: /Postings|Dashboard/, places: ["Dashboard", "My account"] },
    { email: VOLUNTEER, lands: /\/me$/, heading: "My responses", places: ["My account"] },
  ];
  for (const [i, person] of cases.entries()) {
    const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": `198.51.100.${210 + i}` } });
    const page = await context.newPage();
    await page.goto("/signin");
    await signIn(page, person.email, DEMO_PASSWORD);
    await expect(page, person.email).toHaveURL(person.lands);
    await expect(page.getByRole("heading", { level: 1, name: person.heading })).toBeVisible();
    const header = page.getByRole("navigation", { name: "Main" });
    // The header is the same cached page for everyone; the places fill themselves in from the server.
    await page.goto("/privacy");
    await expect(header.getByRole("button", { name: "Sign out" })).toBeVisible();
    const shown = await header.getByRole("link").allTextContents();
    expect(shown.filter((label) => ["Admin", "Dashboard", "My account"].includes(label)), person.email).toEqual(person.places);
    await context.close();
  }

  // Someone with no organization who opens the dashboard is offered their account first.
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.213" } });
  const page = await context.newPage();
  await page.goto(`/signin?${new URLSearchParams({ returnTo: "/dashboard" })}`);
  await signIn(page, VOLUNTEER, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.getByRole("link", { name: "Go to your account" }).click();
  await expect(page).toHaveURL(/\/me$/);
  await context.close();
});

// One test a page: eight axe audits in one test outlast its timeout on a busy machine.
for (const path of ["/signin", "/signup", "/forgot-password", "/forgot-password/sent", "/signup/sent", "/confirm-email?token=x", "/reset-password?token=x", "/host"]) {
  test(`the account page ${path} has no WCAG 2.2 AA violations`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}

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

test("one client trying many accounts is limited too, and the admins see the burst in the audit log", async ({ playwright }) => {
  // An address of its own: sessionFor's addresses repeat across workers, and this test uses one up.
  const client = await playwright.request.newContext({
    baseURL: test.info().project.use.baseURL,
    extraHTTPHeaders: { Origin: test.info().project.use.baseURL!, "X-Forwarded-For": "192.0.2.77" },
  });
  const attempt = (n: number) => client.post("/signin/password", { form: { email: `sprayed.${n}@example.org`, password: "Summer2024!" }, headers: { Accept: "application/json" } });
  for (let n = 0; n < 20; n++) expect((await attempt(n)).status()).toBe(401);
  const limited = await attempt(20);
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
  await client.dispose();

  const admin = await sessionFor({ email: "admin@demo.example.org", password: DEMO_PASSWORD });
  const log = await (await admin.get("/admin/audit?action=auth.sign_in_burst")).text();
  expect(log).toContain("Client (hashed address)");
  expect(log).toContain("Too many sign-in attempts from one client");
  expect(log).not.toContain("sprayed.");
  await admin.dispose();
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

test("a password reset by the link in the mail: the new password signs in; the old one, older sessions and the used link do not", async ({ browser }) => {
  const person = { name: "Kit Moreau", email: uniqueEmail("kit.moreau"), password: "old harbor at slack tide" };
  const newPassword = "new moon over the bay";
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.220" } });
  const page = await context.newPage();
  await signUpAndConfirm(page, person);
  const before = await sessionFor(person);
  expect(await answerTo(before, "/me")).toBe("200");

  await page.goto("/forgot-password");
  await page.getByLabel("E-mail").fill(person.email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page).toHaveURL(/\/forgot-password\/sent$/);
  const link = linkIn(await waitForMail(person.email, "Reset your password"), "/reset-password?token=");

  const response = await page.goto(link);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
  await expect(page.getByLabel("New password")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("New password").fill(newPassword);
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page).toHaveURL(/\/signin\?notice=reset$/);
  await expect(page.getByRole("status")).toBeVisible();
  await expectNoAxeViolations(page);
  await waitForMail(person.email, "Your password was changed");

  await page.goto("/signin?returnTo=%2Fme");
  await signIn(page, person.email, newPassword, "/me");
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole("heading", { level: 1, name: "My responses" })).toBeVisible();

  // The old password is refused, the session from before the reset has ended, and the link worked once.
  const stranger = await sessionFor(null);
  const old = await stranger.post("/signin/password", { form: { email: person.email, password: person.password }, headers: { Accept: "application/json" } });
  expect(old.status()).toBe(401);
  expect(await answerTo(before, "/me")).toBe("redirect /signin");
  await page.goto(link);
  await page.getByLabel("New password").fill("yet another passphrase");
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("This link has expired or was already used.");
  await expectNoAxeViolations(page);
  expect((await stranger.post("/signin/password", { form: { email: person.email, password: "yet another passphrase" }, headers: { Accept: "application/json" } })).status()).toBe(401);

  await stranger.dispose();
  await before.dispose();
  await context.close();
});
