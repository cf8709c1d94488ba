/**
 * The public reads (search, API, feeds) are limited per client address:
 * past PUBLIC_READS_PER_MINUTE a client gets 429 with Retry-After and a plain
 * page, pages served from the front of the page cache included, while other
 * clients and other pages are served as before. A server of its own, with a
 * limit of 5, as behind one proxy (each client names itself in X-Forwarded-For).
 */
import type { ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { EXTRA_PORTS } from "./support/urls";
import { showServerLogOnFailure, startServer, stopServer } from "./support/servers";

const LIMITED = `http://127.0.0.1:${EXTRA_PORTS.limited}`;
const PER_MINUTE = 5;
let server: ChildProcess | undefined;
showServerLogOnFailure(LIMITED, "public-reads");

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startServer(LIMITED, { DEMO_DATA: "on", TRUSTED_PROXIES: "1", PUBLIC_READS_PER_MINUTE: String(PER_MINUTE), MAIL_WORKER: "off", AUTH_SECRET: "public-reads-test-secret-0123456789abcdef" });
});

test.afterAll(() => {
  stopServer(server);
});

/** The limit counts whole minutes: start a client's reads early in one, so they all fall in it. */
async function earlyInAMinute() {
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 30_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoMinute + 200));
}

const read = (path: string, client: string) => fetch(`${LIMITED}${path}`, { headers: { "X-Forwarded-For": client } });

test("a client past the limit gets 429 with Retry-After and a plain page; other clients and pages are served", async ({ browser }) => {
  test.setTimeout(120_000);
  await earlyInAMinute();
  const crowd = "198.51.100.7";
  for (let i = 0; i < PER_MINUTE; i++) {
    const answer = await read("/opportunities?county=york", crowd);
    expect(answer.status).toBe(200);
    await answer.text();
  }
  // The same search again would come from the front of the page cache: it is refused all the same.
  const refused = await read("/opportunities?county=york", crowd);
  expect(refused.status).toBe(429);
  const retryAfter = Number(refused.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(refused.headers.get("content-type")).toContain("text/html");
  const html = await refused.text();
  expect(html).toContain("Too many requests");
  expect(html).not.toContain("<script");

  // The API and the feeds are counted with the search.
  const api = await read("/api/v1/opportunities", crowd);
  expect(api.status).toBe(429);
  expect(api.headers.get("retry-after")).toBeTruthy();
  expect(await api.json()).toMatchObject({ error: "too_many_requests" });
  expect((await read("/feed.xml", crowd)).status).toBe(429);

  // A browser sees the plain page.
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": crowd } });
  const page = await context.newPage();
  const response = await page.goto(`${LIMITED}/opportunities`);
  expect(response?.status()).toBe(429);
  await expect(page.getByRole("heading", { level: 1, name: "Too many requests" })).toBeVisible();
  await context.close();

  // Other pages for the same client, and the same reads for another client, are served.
  expect((await read("/privacy", crowd)).status).toBe(200);
  const other = "198.51.100.8";
  expect((await read("/opportunities?county=york", other)).status).toBe(200);
  expect((await read("/api/v1/opportunities", other)).status).toBe(200);
  expect((await read("/feed.xml", other)).status).toBe(200);
});

test("each search a client asks for counts once: the page a search is rewritten to is served inside the server, not asked for again over HTTP", async () => {
  test.setTimeout(120_000);
  await earlyInAMinute();
  // Searches nobody has asked for yet, so none is served from the front of the page cache and each is rewritten.
  const client = "198.51.100.9";
  for (const skill of ["none", "some", "specialized", "none&county=knox", "some&county=knox"]) {
    const answer = await read(`/opportunities?county=waldo&skill=${skill}`, client);
    expect(answer.status, skill).toBe(200);
    await answer.text();
  }
  // A hop back to the server would have been counted for the server's own address (the last proxy in front).
  expect((await read("/opportunities?county=waldo", "127.0.0.1")).status).toBe(200);
  expect((await read("/opportunities?county=waldo&q=mentor", client)).status).toBe(429);
});
