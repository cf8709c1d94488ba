/**
 * /api/health says whether the database answers, and nothing more: 200 with
 * `{ database: "ok" }`, or 503 with `{ database: "unreachable" }` from a
 * server whose database refuses every connection (and promptly, not after a
 * hang), with no error detail.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { BASE_URL, CLOSED_PORT, EXTRA_PORTS, QUICK_EXIT_URL } from "./support/urls";

const NO_DATABASE = `http://127.0.0.1:${EXTRA_PORTS.noDatabase}`;
let server: ChildProcess | undefined;

test.afterAll(() => {
  try {
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
  } catch {
    // Already gone.
  }
});

test("the health check reports a database that answers", async () => {
  const answer = await fetch(`${BASE_URL}/api/health`);
  expect(answer.status).toBe(200);
  expect(await answer.json()).toEqual({ database: "ok" });
});

test("the health check reports a database that does not answer with 503 and no details", async () => {
  test.setTimeout(120_000);
  server = spawn("node", ["scripts/serve.mjs", "-p", new URL(NO_DATABASE).port, "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: `postgres://postgres@127.0.0.1:${CLOSED_PORT}/volunteer_databank`,
      DATABASE_READ_URL: "",
      WEB_CONCURRENCY: "1",
      // Skips the start-up check for demo accounts, which would stop a server that cannot read its database.
      DEMO_DATA: "on",
      MAIL_WORKER: "off",
      AUTH_SECRET: "health-test-secret-0123456789abcdef0123",
      AUTH_TRUST_HOST: "true",
      QUICK_EXIT_URL,
    },
    detached: true,
    stdio: "ignore",
  });
  let answer: Response | undefined;
  for (let i = 0; i < 120 && !answer; i++) {
    answer = await fetch(`${NO_DATABASE}/api/health`, { signal: AbortSignal.timeout(10_000) }).catch(() => undefined);
    if (!answer) await new Promise((resolve) => setTimeout(resolve, 500));
  }
  expect(answer?.status).toBe(503);
  expect(await answer!.json()).toEqual({ database: "unreachable" });
  // Asked again, it answers within the same bound.
  const again = await fetch(`${NO_DATABASE}/api/health`, { signal: AbortSignal.timeout(10_000) });
  expect(again.status).toBe(503);
});
