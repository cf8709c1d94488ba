/**
 * An outbox that cannot send says so: on a production server with no mail
 * server set (SMTP_URL), the admins' outbox shows a banner, and a waiting
 * mail's "next attempt" never shows a time already past. A server of its own.
 */
import type { ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { DEMO_ADMIN, DEMO_PASSWORD, signIn } from "./support/accounts";
import { showServerLogOnFailure, startServer, stopServer } from "./support/servers";
import { EXTRA_PORTS } from "./support/urls";

// One worker runs the file: each worker that ran it would start its own server on the one port.
test.describe.configure({ mode: "serial" });

const NO_MAIL = `http://127.0.0.1:${EXTRA_PORTS.noMailServer}`;
let server: ChildProcess | undefined;
showServerLogOnFailure(NO_MAIL, "outbox");

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startServer(NO_MAIL, { SMTP_URL: undefined, DEMO_DATA: "on", PUBLIC_READS_PER_MINUTE: "0", MAIL_POLL_SECONDS: "1", AUTH_SECRET: "outbox-test-secret-0123456789abcdef0123" });
});

test.afterAll(() => {
  stopServer(server);
});

test("with no mail server set, the outbox says no mail leaves, and a waiting mail is never due in the past", async ({ page }) => {
  // Something to send: a password reset for the admin, which waits.
  await page.goto(`${NO_MAIL}/forgot-password`);
  await page.getByLabel("E-mail").fill(DEMO_ADMIN);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("status").or(page.getByRole("heading", { level: 1 }))).toBeVisible();

  await page.goto(`${NO_MAIL}/signin?returnTo=/admin/outbox`);
  await signIn(page, DEMO_ADMIN, DEMO_PASSWORD, "/admin/outbox");
  await page.waitForURL(/\/admin\/outbox/);
  await expect(page.getByTestId("no-mail-server")).toContainText("No mail server is set");
  await page.goto(`${NO_MAIL}/admin/outbox?status=pending`);
  const waiting = page.getByRole("row").filter({ hasText: "Waiting" }).first();
  await expect(waiting).toContainText("When a mail server is set");
});

test("the run's own server has a mail server: no banner", async ({ page }) => {
  await signIn(page, DEMO_ADMIN, DEMO_PASSWORD, "/admin/outbox");
  await page.waitForURL(/\/admin\/outbox/);
  await expect(page.getByRole("heading", { level: 1, name: "Outbox" })).toBeVisible();
  await expect(page.getByTestId("no-mail-server")).toHaveCount(0);
});
