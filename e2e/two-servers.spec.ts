/**
 * Two production servers on one PostgreSQL database, as behind a load
 * balancer: a posting published, closed, reopened, or whose organization is
 * suspended through one server shows (or vanishes) on the other within the
 * bound the README states for the public page cache, even when the other had
 * the page cached. Each server is `npm start` on the run's build, in one
 * process (WEB_CONCURRENCY=1), so the two caches are two processes apart.
 *
 * The database is a throwaway one on the PostgreSQL server of
 * TEST_DATABASE_URL (by default the machine's, postgres://postgres@127.0.0.1:5432).
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import postgres from "postgres";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createScratchDatabase } from "../db/testing/scratch-database";
import { DEMO_ADMIN, DEMO_PASSWORD, signIn } from "./support/accounts";
import { draftPosting } from "./support/host-journey";
import { EXTRA_PORTS, QUICK_EXIT_URL } from "./support/urls";
import { answering } from "./support/servers";

test.describe.configure({ mode: "serial" });

const SERVER_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const ONE = `http://127.0.0.1:${EXTRA_PORTS.one}`;
const OTHER = `http://127.0.0.1:${EXTRA_PORTS.other}`;
/** The README's bound for another server to hear of a change (a notification from PostgreSQL), with room for a busy machine. */
const BOUND_MS = 2000;

let drop: () => Promise<void>;
const servers: ChildProcess[] = [];
let organization: { slug: string; name: string };

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const scratch = await createScratchDatabase(SERVER_URL);
  drop = scratch.drop;
  // The seed seals the demo admin's second factor with the servers' AUTH_SECRET.
  const env = { ...process.env, DATABASE_URL: scratch.url, DATABASE_READ_URL: "", AUTH_SECRET: "two-servers-test-secret-0123456789abcdef" };
  execFileSync("npm", ["run", "-s", "db:migrate"], { env, stdio: "pipe" });
  execFileSync("npm", ["run", "-s", "db:seed", "--", "--demo"], { env, stdio: "pipe" });
  const sql = postgres(scratch.url, { max: 1, onnotice: () => {} });
  const [owned] = await sql<{ slug: string; name: string }[]>`
    select o.slug, o.name from organizations o join memberships m on m.organization_id = o.id join users u on u.id = m.user_id
    where u.email = 'coordinator@demo.example.org' and o.status = 'approved' order by o.id limit 1`;
  await sql.end();
  if (!owned) throw new Error("The demo coordinator has no approved organization.");
  organization = owned;
  for (const url of [ONE, OTHER]) {
    const server = spawn("node", ["scripts/serve.mjs", "-p", new URL(url).port, "-H", "127.0.0.1"], {
      env: {
        ...env,
        NODE_ENV: "production",
        WEB_CONCURRENCY: "1",
        MAIL_WORKER: "off",
        // The test asks the other server for a search many times a second.
        PUBLIC_READS_PER_MINUTE: "0",
        // The database holds the demo accounts the test signs in with.
        DEMO_DATA: "on",
        AUTH_SECRET: "two-servers-test-secret-0123456789abcdef",
        AUTH_TRUST_HOST: "true",
        QUICK_EXIT_URL,
      },
      detached: true,
      stdio: "ignore",
    });
    servers.push(server);
  }
  await Promise.all([answering(ONE), answering(OTHER)]);
});

test.afterAll(async () => {
  for (const server of servers) {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      // Already gone.
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  await drop?.();
});

/** Whether the other server's search for `title` lists it (a card links it), asked twice so that the answer is its cached one. */
async function otherLists(title: string): Promise<boolean> {
  const url = `${OTHER}/opportunities?${new URLSearchParams({ q: title })}`;
  await (await fetch(url)).text();
  return (await (await fetch(url)).text()).includes(`>${title}</a>`);
}

/** Waits until the other server agrees, and answers how long that took. */
async function otherAgrees(title: string, listed: boolean): Promise<number> {
  const started = Date.now();
  while ((await otherLists(title)) !== listed) {
    if (Date.now() - started > 10_000) throw new Error(`the other server still ${listed ? "does not list" : "lists"} ${title}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return Date.now() - started;
}

async function on(browser: Browser, base: string): Promise<Page> {
  return (await browser.newContext({ baseURL: base })).newPage();
}

test("a change made through one server reaches the other's cached pages within the bound", async ({ browser }) => {
  test.setTimeout(120_000);
  const title = `Ferry dock greeter ${Date.now().toString(36)}`;
  const coordinator = await on(browser, ONE);
  await signIn(coordinator, "coordinator@demo.example.org", DEMO_PASSWORD);
  const posting = await draftPosting(coordinator, `/dashboard/${organization.slug}`, { title, county: "Knox" });
  expect(await otherLists(title)).toBe(false);

  const step = async (button: string, done: string, listed: boolean) => {
    await coordinator.goto(posting);
    await coordinator.getByRole("button", { name: button, exact: true }).click();
    await expect(coordinator.getByRole("status").filter({ hasText: done })).toBeVisible();
    expect(await otherAgrees(title, listed)).toBeLessThan(BOUND_MS);
  };
  await step("Publish", "Published", true);
  await step("Close", "Closed", false);
  await step("Reopen", "Reopened", true);

  const admin = await on(browser, ONE);
  await signIn(admin, DEMO_ADMIN, DEMO_PASSWORD, "/admin");
  await admin.goto("/admin/organizations?status=approved");
  await admin.getByRole("searchbox", { name: "Name" }).fill(organization.name);
  await admin.getByRole("button", { name: "Search" }).click();
  await admin.getByRole("link", { name: organization.name }).click();
  await admin.getByLabel("Reason for suspending (its coordinators read it)").fill("Checking a report about this organization.");
  await admin.getByRole("button", { name: `Suspend ${organization.name}` }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Suspended." })).toBeVisible();
  expect(await otherAgrees(title, false)).toBeLessThan(BOUND_MS);
  expect((await fetch(`${OTHER}/organizations/${organization.slug}`)).status).toBe(404);

  await coordinator.context().close();
  await admin.context().close();
});
