/**
 * End-to-end journeys against a production build (DESIGN.md, "e2e/").
 *
 *   npx playwright test
 *
 * Three servers start before the tests:
 * - the site itself (`next build && next start`) on port 3200, on a fresh
 *   embedded PGlite database that is filled with the deterministic demo data;
 * - a tiny neutral page on port 3201, the QUICK_EXIT_URL: Chromium has no
 *   internet here, and quick exit must land somewhere outside the site;
 * - a real SMTP server that keeps every mail the site sends, listed as JSON
 *   for the tests (e2e/support/mail-sink.ts).
 *
 * E2E_SKIP_BUILD=1 reuses the last `.next` build (for iterating on the specs only).
 */
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { BASE_URL, MAIL_SINK_URL, NEUTRAL_PORT, PORT, QUICK_EXIT_URL, SERVER_LOG, SMTP_PORT } from "./e2e/support/urls";

const PGLITE_DIR = path.join(process.cwd(), ".data", "e2e-pglite");

// Every run starts from the demo data. Only the runner process deletes it: the
// workers load this file too, while the server has the database open.
if (!process.env.TEST_WORKER_INDEX) {
  rmSync(PGLITE_DIR, { recursive: true, force: true });
  rmSync(SERVER_LOG, { force: true });
  mkdirSync(path.dirname(SERVER_LOG), { recursive: true });
}

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: 0,
  reporter: "list",
  // Generous: the machine is small and may be busy; a normal test takes a few seconds.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: BASE_URL,
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
    trace: "retain-on-failure",
  },
  webServer: [
    {
      name: "neutral page",
      command: `node e2e/support/neutral-site.mjs ${NEUTRAL_PORT}`,
      url: QUICK_EXIT_URL,
      reuseExistingServer: false,
      timeout: 10_000,
    },
    {
      name: "mail",
      command: `npx tsx e2e/support/mail-sink.ts ${SMTP_PORT} ${new URL(MAIL_SINK_URL).port}`,
      url: MAIL_SINK_URL,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      name: "site",
      // The server's output also goes to SERVER_LOG, which a test searches for personal data.
      command: `${process.env.E2E_SKIP_BUILD ? "" : "npm run build && "}npm run start -- -p ${PORT} -H 127.0.0.1 2>&1 | tee ${SERVER_LOG}`,
      url: `${BASE_URL}/api/health`,
      // A run must own its database folder: never attach to a server started elsewhere.
      reuseExistingServer: false,
      timeout: 300_000,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        // Empty: the embedded PGlite database, never a real one.
        DATABASE_URL: "",
        PGLITE_DIR,
        // The journeys sign in as the demo accounts: a production server loads them only when told.
        DEMO_DATA: "on",
        // As behind one proxy: each test gives its clients addresses of their own in X-Forwarded-For.
        TRUSTED_PROXIES: "1",
        // The specs search, read the API and the feeds far faster than people: no public read limit
        // here (e2e/public-reads.spec.ts starts a server of its own with one).
        PUBLIC_READS_PER_MINUTE: "0",
        QUICK_EXIT_URL,
        NEXT_TELEMETRY_DISABLED: "1",
        // Mail goes to the run's SMTP server within a second; its links point at this server.
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
        MAIL_POLL_SECONDS: "1",
        // A "day" of the alerts' calendar lasts five seconds here, so a daily digest arrives during the test.
        ALERT_DAY_SECONDS: "5",
        DIGEST_POLL_SECONDS: "1",
        SITE_URL: BASE_URL,
        // A production server refuses to start without one; this one signs test sessions only.
        AUTH_SECRET: "e2e-only-secret-e2e-only-secret-e2e-only-secret",
      },
    },
  ],
});
