/**
 * The per-address limits count the address the site can believe. A server
 * with no proxy in front (TRUSTED_PROXIES unset) counts the connection's
 * address, so a client rotating X-Forwarded-For is still limited; the run's
 * own server is set up as behind one proxy (TRUSTED_PROXIES=1), so only the
 * entry that proxy wrote counts.
 */
import type { ChildProcess } from "node:child_process";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { EXTRA_PORTS } from "./support/urls";
import { showServerLogOnFailure, startServer, stopServer } from "./support/servers";

const DIRECT = `http://127.0.0.1:${EXTRA_PORTS.direct}`;
let server: ChildProcess | undefined;
showServerLogOnFailure(DIRECT, "client-address");

/** One sign-in attempt for an account that does not exist, with the given X-Forwarded-For. */
function attempt(client: APIRequestContext, base: string, n: number, forwardedFor: string) {
  return client.post(`${base}/signin/password`, {
    form: { email: `address.test.${n}@example.org`, password: "not the password" },
    headers: { Accept: "application/json", Origin: base, "X-Forwarded-For": forwardedFor },
  });
}

test.describe("with no proxy in front", () => {
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    server = await startServer(DIRECT, { TRUSTED_PROXIES: "", MAIL_WORKER: "off", AUTH_SECRET: "client-address-test-secret-0123456789abcdef" });
  });

  test.afterAll(() => {
    stopServer(server);
  });

  test("a client that writes a new X-Forwarded-For on every attempt is still limited", async ({ playwright }) => {
    const client = await playwright.request.newContext();
    for (let n = 0; n < 20; n++) expect((await attempt(client, DIRECT, n, `203.0.113.${n + 1}`)).status()).toBe(401);
    const limited = await attempt(client, DIRECT, 20, "203.0.113.250");
    expect(limited.status()).toBe(429);
    expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
    await client.dispose();
  });
});

test("behind one proxy, what the client wrote left of the proxy's entry does not count", async ({ playwright, baseURL }) => {
  const client = await playwright.request.newContext();
  for (let n = 0; n < 20; n++) expect((await attempt(client, baseURL!, n, `203.0.113.${n + 1}, 192.0.2.81`)).status()).toBe(401);
  expect((await attempt(client, baseURL!, 20, "203.0.113.250, 192.0.2.81")).status()).toBe(429);
  // The proxy's entry for another client is another count.
  expect((await attempt(client, baseURL!, 21, "203.0.113.250, 192.0.2.82")).status()).toBe(401);
  await client.dispose();
});
