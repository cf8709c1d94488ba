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

test("signing out ends the session on the server: a copy of the cookie no longer reaches /me; the cookies carry HttpOnly and SameSite=Lax", async ({ browser }) => {
  const person = { name: "Ines Cormier", email: uniqueEmail("ines.cormier"), password: "kayaks beached at dusk" };
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.231" } });
  const page = await context.newPage();
  await signUpAndConfirm(page, person);
  await signIn(page, person.email, person.password, "/me");
  await expect(page).toHaveURL(/\/me$/);

  const cookies = await context.cookies();
  const session = cookies.find((cookie) => /^(__Secure-)?authjs\.session-token$/.test(cookie.name));
  const device = cookies.find((cookie) => /^(__Host-)?known-device$/.test(cookie.name));
  // This run's server is a production build reached over plain http on 127.0.0.1, so Secure and the
  // __Secure-/__Host- prefixes are off here (lib/auth/cookies.ts; lib/auth/cookies.test.ts checks them for https).
  expect(session).toMatchObject({ name: "authjs.session-token", httpOnly: true, sameSite: "Lax", path: "/" });
  expect(device).toMatchObject({ name: "known-device", httpOnly: true, sameSite: "Lax", path: "/" });

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You have signed out.")).toBeVisible();

  // Someone who copied the cookie before the sign-out gets nowhere with it.
  const thief = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.231" } });
  await thief.addCookies([session!]);
  const stolen = await thief.newPage();
  await stolen.goto("/me");
  await expect(stolen).toHaveURL(/\/signin\?returnTo=%2Fme$/);
  await thief.close();
  await context.close();
});

test("sign out everywhere ends the account's sessions in every browser", async ({ browser }) => {
  const person = { name: "Theo Pelletier", email: uniqueEmail("theo.pelletier"), password: "ice out on moosehead" };
  const [laptop, phone] = await Promise.all([0, 1].map((n) => browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": `198.51.100.${232 + n}` } })));
  const onLaptop = await laptop!.newPage();
  await signUpAndConfirm(onLaptop, person);
  await signIn(onLaptop, person.email, person.password, "/me/data");
  const onPhone = await phone!.newPage();
  await signIn(onPhone, person.email, person.password, "/me");
  await expect(onPhone).toHaveURL(/\/me$/);

  await onLaptop.goto("/me/data");
  await onLaptop.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(onLaptop.getByText("You have signed out on every device")).toBeVisible();
  await onPhone.goto("/me");
  await expect(onPhone).toHaveURL(/\/signin\?returnTo=%2Fme$/);
  await laptop!.close();
  await phone!.close();
});

test("a stranger's wrong passwords do not lock the owner out of the browser they signed in with before", async ({ browser, playwright }) => {
  const person = { name: "Ada Thibodeau", email: uniqueEmail("ada.thibodeau"), password: "lobster boats in fog" };
  const baseURL = test.info().project.use.baseURL!;
  const page = await (await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.235" } })).newPage();
  await signUpAndConfirm(page, person);
  const owner = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL, "X-Forwarded-For": "198.51.100.236" } });
  const signInAs = (client: typeof owner, password: string) => client.post("/signin/password", { form: { email: person.email, password }, headers: { Accept: "application/json" } });
  expect((await signInAs(owner, person.password)).status()).toBe(200);

  const stranger = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL, "X-Forwarded-For": "203.0.113.236" } });
  // The owner's sign-in did not count (only failures do): the account's 10 are the stranger's.
  for (let i = 0; i < 10; i++) expect((await signInAs(stranger, `guess number ${i}`)).status()).toBe(401);
  expect((await signInAs(stranger, "another guess")).status()).toBe(429);
  // The stranger is refused even with the right password; the owner's browser gets in.
  expect((await signInAs(stranger, person.password)).status()).toBe(429);
  expect((await signInAs(owner, person.password)).status()).toBe(200);
  expect((await signInAs(stranger, "one more guess")).status()).toBe(429);
  await owner.dispose();
  await stranger.dispose();
  await page.context().close();
});
