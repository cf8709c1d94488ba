import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";
import { test } from "@playwright/test";
import { lastLines } from "../../db/testing/last-lines";
import { QUICK_EXIT_URL } from "./urls";

/** Where the output of the server a test started at `url` goes, anew each time it starts. */
export function serverLogOf(url: string): string {
  return path.join(".data", `e2e-server-${new URL(url).port}.log`);
}

/** The last `lines` lines the server at `url` printed: for a failing test to show what the server saw. */
export function serverLogTail(url: string, lines = 40): string {
  return lastLines(serverLogOf(url), lines, "(no output)");
}

/** Prints, after each test of the file that failed, the last lines the server at `url` printed. */
export function showServerLogOnFailure(url: string, label: string): void {
  test.afterEach(({}, testInfo) => {
    if (testInfo.status !== testInfo.expectedStatus) console.log(`[${label}] the server's last lines:\n${serverLogTail(url, 60)}`);
  });
}

/** Waits until a server the test started answers its health check (up to a minute). */
export async function answering(url: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not start`);
}

/**
 * Starts a production server of the test's own at `url` on an empty in-memory
 * PGlite, with the settings given on top of this run's, and waits until it
 * answers. Stop it with `stopServer`.
 */
export async function startServer(url: string, settings: Record<string, string | undefined>): Promise<ChildProcess> {
  mkdirSync(".data", { recursive: true });
  const output = openSync(serverLogOf(url), "w");
  const server = spawn("node", ["scripts/serve.mjs", "-p", new URL(url).port, "-H", "127.0.0.1"], {
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: "", PGLITE_DIR: "memory://", AUTH_TRUST_HOST: "true", QUICK_EXIT_URL, ...settings },
    detached: true,
    stdio: ["ignore", output, output],
  });
  closeSync(output);
  await answering(url);
  return server;
}

/** Stops a server `startServer` started, with everything it started. */
export function stopServer(server: ChildProcess | undefined): void {
  try {
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
  } catch {
    // Already gone.
  }
}
