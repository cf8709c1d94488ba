import { expect, type Page } from "@playwright/test";
import { linkIn, waitForMail } from "./mail";
import { signInSteps } from "./second-factor";

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
  await signInSteps(email, async (code) => {
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
  });
}
