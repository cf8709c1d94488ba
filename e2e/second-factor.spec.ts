/**
 * Two-step sign-in, end to end: a new admin without it is sent to set it up
 * before any admin page, reads the secret, is refused a wrong code, turns it
 * on with a right one and sees the recovery codes once. Signed out, they sign
 * in with password and code; the same code a second time is refused; a
 * recovery code works once, and not twice.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { totpCodeAt, totpStep } from "../lib/auth/second-factor/totp";
import { DEMO_ADMIN, DEMO_PASSWORD, signIn, signUpAndConfirm, uniqueEmail } from "./support/accounts";
import { rememberSecondFactor, unusedCode } from "./support/second-factor";

const WRONG_CODE = "That code is not right, or it has been used already.";

async function pageOn(browser: Browser, address: number): Promise<Page> {
  return (await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": `198.51.100.${address}` } })).newPage();
}

/** From the sign-in page to the code step, with the password. */
async function passwordStep(page: Page, email: string, password: string, returnTo: string): Promise<void> {
  await page.goto(`/signin?${new URLSearchParams({ returnTo })}`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Enter your code" })).toBeVisible();
  // No session yet: an admin page still sends this browser to sign in.
  const probe = await page.request.get("/admin", { maxRedirects: 0 });
  expect(probe.status()).toBe(307);
  expect(new URL(probe.headers().location!, page.url()).pathname).toBe("/signin");
}

async function enterCode(page: Page, code: string): Promise<void> {
  await page.getByLabel("Code").fill(code);
  await page.getByRole("button", { name: "Continue" }).click();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/signin\?notice=signed-out/);
}

test("a new admin sets up two-step sign-in before any admin page, then signs in with codes that each work once", async ({ browser }) => {
  test.setTimeout(180_000);
  const person = { name: `Morgan Tern${Date.now().toString(36)}`, email: uniqueEmail("morgan.tern"), password: "puffins on machias seal island" };
  const me = await pageOn(browser, 230);
  await signUpAndConfirm(me, person);

  // The demo admin makes them an admin.
  const admin = await pageOn(browser, 231);
  await signIn(admin, DEMO_ADMIN, DEMO_PASSWORD, "/admin");
  await admin.goto(`/admin/users?${new URLSearchParams({ q: person.email })}`);
  await admin.getByRole("link", { name: person.name, exact: true }).click();
  const roleForm = admin.getByRole("region", { name: "Change role" });
  await roleForm.getByLabel("New role").selectOption("admin");
  await roleForm.getByLabel("Reason").fill("Joins the admin team this week.");
  await roleForm.getByRole("button", { name: /^Change role/ }).click();
  await admin.waitForURL(/done=/);
  await admin.context().close();

  // With no second factor, the password alone signs in, but the admin pages send them to set one up first.
  await me.goto(`/signin?${new URLSearchParams({ returnTo: "/admin/organizations" })}`);
  await signIn(me, person.email, person.password, "/admin/organizations");
  await expect(me).toHaveURL(/\/me\/security\?returnTo=%2Fadmin%2Forganizations$/);
  await expect(me.getByTestId("second-factor-required")).toBeVisible();
  await me.goto("/admin/audit");
  await expect(me).toHaveURL(/\/me\/security\?returnTo=%2Fadmin%2Faudit$/);
  await expect(me.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  const secret = (await me.getByTestId("second-factor-secret").textContent())!.replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);

  const right = totpCodeAt(secret, totpStep());
  await me.getByLabel("Code from your app").fill(right === "000000" ? "111111" : "000000");
  await me.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  await expect(me.getByRole("alert").filter({ hasText: "That code does not match" })).toBeVisible();
  await expect(me.getByTestId("second-factor-secret")).toBeVisible();

  await me.getByLabel("Code from your app").fill(await unusedCode(secret));
  await me.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  await expect(me.getByRole("heading", { level: 2, name: "Your recovery codes" })).toBeVisible();
  const recovery = await me.getByRole("list", { name: "Recovery codes" }).getByRole("listitem").allTextContents();
  expect(recovery).toHaveLength(10);
  await me.getByRole("link", { name: "I have saved them: continue" }).click();
  await expect(me).toHaveURL(/\/admin\/audit$/);
  await expect(me.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  // The secret is never shown again.
  await me.goto("/me/security");
  await expect(me.getByText(/Two-step sign-in is on/)).toBeVisible();
  await expect(me.getByTestId("second-factor-secret")).toHaveCount(0);
  rememberSecondFactor(person.email, secret);

  // Password, then the app's code.
  await signOut(me);
  await passwordStep(me, person.email, person.password, "/admin");
  const code = await unusedCode(secret);
  await enterCode(me, code);
  await expect(me).toHaveURL(/\/admin$/);
  await expect(me.getByRole("heading", { level: 1, name: "Statewide picture" })).toBeVisible();

  // The same code again: refused. A recovery code instead: in.
  await signOut(me);
  await passwordStep(me, person.email, person.password, "/admin");
  await enterCode(me, code);
  await expect(me.getByRole("alert").filter({ hasText: WRONG_CODE })).toBeVisible();
  await expect(me).toHaveURL(/\/signin\/verify/);
  await enterCode(me, recovery[0]!);
  await expect(me).toHaveURL(/\/admin$/);

  // That recovery code a second time: refused; another one works.
  await signOut(me);
  await passwordStep(me, person.email, person.password, "/admin");
  await enterCode(me, recovery[0]!);
  await expect(me.getByRole("alert").filter({ hasText: WRONG_CODE })).toBeVisible();
  await enterCode(me, recovery[1]!);
  await expect(me).toHaveURL(/\/admin$/);
  await me.goto("/me/security");
  await expect(me.getByText("You have 8 unused recovery codes.")).toBeVisible();
  await me.context().close();
});
