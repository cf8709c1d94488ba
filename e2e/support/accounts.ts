import { expect, test, type Page } from "@playwright/test";
import { linkIn, waitForMail } from "./mail";
import { oneSignInAtATime, secondFactorSecretOf, unusedCodeFor } from "./second-factor";

/** The demo data's accounts (lib/demo/demo.ts), present in demo mode only. */
export const DEMO_PASSWORD = "volunteer databank demo";
export const DEMO_ADMIN = "admin@demo.example.org";

let sequence = 0;
/** An address no other test uses, so each test makes its own account. */
export function uniqueEmail(label: string): string {
  return `${label}.${Date.now().toString(36)}${++sequence}@example.org`;
}

/** Creates an account through the pages and confirms it with the link that arrives by mail. */
export async function signUpAndConfirm(page: Page, account: { name: string; email: string; password: string; returnTo?: string }): Promise<void> {
  await page.goto(account.returnTo ? `/signup?${new URLSearchParams({ returnTo: account.returnTo })}` : "/signup");
  await page.getByLabel("Your name").fill(account.name);
  await page.getByLabel("E-mail").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your e-mail" })).toBeVisible();
  const mail = await waitForMail(account.email, "Confirm your e-mail address");
  await page.goto(linkIn(mail, "/confirm-email"));
  await page.getByLabel("Your password").fill(account.password);
  await page.getByRole("button", { name: "Confirm my e-mail address" }).click();
  await expect(page.getByText("Your e-mail address is confirmed")).toBeVisible();
}

/**
 * Signs in on the sign-in page (already open, or opened here) and waits to
 * leave it. An account with a second factor (the demo admin, or one a spec
 * set up: e2e/support/second-factor.ts) gives a fresh code from its app next.
 */
export async function signIn(page: Page, email: string, password: string, returnTo = "/dashboard"): Promise<void> {
  if (!page.url().includes("/signin")) await page.goto(`/signin?${new URLSearchParams({ returnTo })}`);
  // The code is taken before the lock (taking one may wait for the next time
  // step); it stays good for at least half a minute, far longer than a sign-in.
  // Time spent waiting for the authenticator's clock is not the site's: the
  // running test or hook gets it on top of its own time.
  const asked = Date.now();
  const code = secondFactorSecretOf(email) ? await unusedCodeFor(email) : null;
  const waited = Date.now() - asked;
  if (waited > 1000) test.info().setTimeout(test.info().timeout + waited);
  const signInSteps = async () => {
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/signin") || url.pathname === "/signin/verify");
    if (new URL(page.url()).pathname === "/signin/verify") {
      if (!code) throw new Error(`${email} asks for a second factor, and no spec knows its secret.`);
      await page.getByLabel("Code").fill(code);
      await page.getByRole("button", { name: "Continue" }).click();
      await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
    }
  };
  await (code ? oneSignInAtATime(email, signInSteps) : signInSteps());
}
