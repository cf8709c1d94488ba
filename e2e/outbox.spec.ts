/**
 * An outbox that cannot send says so: on a production server with no mail
 * server set (SMTP_URL), the admins' outbox shows a banner, and a waiting
 * mail's "next attempt" never shows a time already past. A server of its own.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { DEMO_ADMIN, DEMO_PASSWORD } from "./support/accounts";
import { answering } from "./support/servers";
import { EXTRA_PORTS, QUICK_EXIT_URL } from "./support/urls";

const NO_MAIL = `http://127.0.0.1:${EXTRA_PORTS.noMailServer}`;
let server: ChildProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const environment = { ...process.env };
  delete environment.SMTP_URL;
  server = spawn("node", ["scripts/serve.mjs", "-p", new URL(NO_MAIL).port, "-H", "127.0.0.1"], {
    env: {
      ...environment,
      NODE_ENV: "production",
      DATABASE_URL: "",
      PGLITE_DIR: "memory://",
      DEMO_DATA: "on",
      PUBLIC_READS_PER_MINUTE: "0",
      AUTH_SECRET: "outbox-test-secret-0123456789abcdef0123",
      AUTH_TRUST_HOST: "true",
      QUICK_EXIT_URL,
      MAIL_POLL_SECONDS: "1",
    },
    detached: true,
    stdio: "ignore",
  });
  await answering(NO_MAIL);
});

test.afterAll(() => {
  try {
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
  } catch {
    // Already gone.
  }
});

test("with no mail server set, the outbox says no mail leaves, and a waiting mail is never due in the past", async ({ page }) => {
  // Something to send: a password reset for the admin, which waits.
  await page.goto(`${NO_MAIL}/forgot-password`);
  await page.getByLabel("E-mail").fill(DEMO_ADMIN);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("status").or(page.getByRole("heading", { level: 1 }))).toBeVisible();

  await page.goto(`${NO_MAIL}/signin?returnTo=/admin/outbox`);
  await page.getByLabel("E-mail").fill(DEMO_ADMIN);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/admin\/outbox/);
  await expect(page.getByTestId("no-mail-server")).toContainText("No mail server is set");
  await page.goto(`${NO_MAIL}/admin/outbox?status=pending`);
  const waiting = page.getByRole("row").filter({ hasText: "Waiting" }).first();
  await expect(waiting).toContainText("When a mail server is set");
});

test("the run's own server has a mail server: no banner", async ({ page }) => {
  await page.goto(`/signin?returnTo=/admin/outbox`);
  await page.getByLabel("E-mail").fill(DEMO_ADMIN);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/admin\/outbox/);
  await expect(page.getByRole("heading", { level: 1, name: "Outbox" })).toBeVisible();
  await expect(page.getByTestId("no-mail-server")).toHaveCount(0);
});
