/**
 * The authorization matrix against the real server: every dashboard and admin
 * page and the CSV export × every kind of user, signed in through the real
 * sign-in handler with the demo accounts. (The matrix of server actions runs
 * against the real data layer in lib/auth/authorization-matrix.int.test.ts.)
 *
 * Expected answers: "200"; "404" (what anyone gets for a page that is not
 * theirs, the same as for one that does not exist); "redirect /signin"; or a
 * redirect to the user's own dashboard.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD } from "./support/accounts";
import { answerTo, sessionFor } from "./support/sessions";

test.describe.configure({ mode: "serial" });

const ACCOUNTS = {
  volunteer: "volunteer@demo.example.org",
  "owner of A": "coordinator@demo.example.org",
  "coordinator of B": "coordinator-b@demo.example.org",
  "owner of a pending org": "applicant@demo.example.org",
  admin: "admin@demo.example.org",
} as const;
type Kind = "signed out" | keyof typeof ACCOUNTS;
const KINDS: Kind[] = ["signed out", "volunteer", "owner of A", "coordinator of B", "owner of a pending org", "admin"];

const sessions = {} as Record<Kind, APIRequestContext>;
const ids = { a: "", b: "", pending: "", posting: "", response: "", postingOfB: "", adminOrganization: "", adminUser: "" };

/** The first link on a page that matches, as its captured part. */
async function firstMatch(context: APIRequestContext, path: string, pattern: RegExp): Promise<string> {
  const html = await (await context.get(path)).text();
  const match = pattern.exec(html);
  expect(match, `${pattern} on ${path}`).not.toBeNull();
  return match![1]!;
}

test.beforeAll(async ({ browser }) => {
  sessions["signed out"] = await sessionFor(null);
  for (const [kind, email] of Object.entries(ACCOUNTS)) sessions[kind as Kind] = await sessionFor({ email, password: DEMO_PASSWORD });

  // Organization A is the owner's first; B and the pending one are where their members land.
  ids.a = await firstMatch(sessions["owner of A"], "/dashboard", /href="\/dashboard\/([a-z0-9-]+)"/);
  ids.b = (await answerTo(sessions["coordinator of B"], "/dashboard")).replace("redirect /dashboard/", "");
  ids.pending = (await answerTo(sessions["owner of a pending org"], "/dashboard")).replace("redirect /dashboard/", "");
  ids.posting = await firstMatch(sessions["owner of A"], `/dashboard/${ids.a}`, new RegExp(`href="/dashboard/${ids.a}/postings/(\\d+)"`));
  ids.postingOfB = await firstMatch(sessions["coordinator of B"], `/dashboard/${ids.b}`, new RegExp(`href="/dashboard/${ids.b}/postings/(\\d+)"`));

  // A volunteer responds to one of A's public postings, so A has a response to protect.
  const opportunity = await firstMatch(sessions["signed out"], `/organizations/${ids.a}`, /href="\/opportunities\/([a-z0-9-]+)"/);
  const page = await (await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.99" } })).newPage();
  await page.goto(`/opportunities/${opportunity}`);
  const form = page.getByRole("form", { name: "I’m interested" });
  await form.getByLabel("Your name").fill("Jamie Matrix");
  await form.getByLabel("E-mail", { exact: true }).fill("jamie.matrix@example.net");
  await form.getByLabel(/I agree to share/).check();
  await form.getByRole("button", { name: "I’m interested" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Thank you" })).toBeVisible();
  await page.context().close();
  ids.response = await firstMatch(sessions["owner of A"], `/dashboard/${ids.a}/responses`, new RegExp(`href="/dashboard/${ids.a}/responses/(\\d+)"`));
  ids.adminOrganization = await firstMatch(sessions.admin, "/admin/organizations?status=approved", /href="\/admin\/organizations\/(\d+)"/);
  ids.adminUser = await firstMatch(sessions.admin, "/admin/users", /href="\/admin\/users\/(\d+)"/);
});

test.afterAll(async () => {
  for (const session of Object.values(sessions)) await session.dispose();
});

const SIGN_IN = "redirect /signin";
const OWN = "own dashboard";

/** One row per page or route, columns in the order of KINDS. */
const MATRIX: [string, () => string, string[]][] = [
  //                                                                         out      vol    ownA   coB    pend   admin
  ["the dashboard's front door", () => "/dashboard", [SIGN_IN, "200", "200", OWN, OWN, "200"]],
  ["A's postings", () => `/dashboard/${ids.a}`, [SIGN_IN, "404", "200", "404", "404", "404"]],
  ["a new posting for A", () => `/dashboard/${ids.a}/postings/new`, [SIGN_IN, "404", "200", "404", "404", "404"]],
  ["one of A's postings", () => `/dashboard/${ids.a}/postings/${ids.posting}`, [SIGN_IN, "404", "200", "404", "404", "404"]],
  ["editing one of A's postings", () => `/dashboard/${ids.a}/postings/${ids.posting}/edit`, [SIGN_IN, "404", "200", "404", "404", "404"]],
  ["A's responses", () => `/dashboard/${ids.a}/responses`, [SIGN_IN, "404", "200", "404", "404", "404"]],
  ["one of A's responses", () => `/dashboard/${ids.a}/responses/${ids.response}`, [SIGN_IN, "404", "200", "404", "404", "404"]],
  ["A's CSV export", () => `/dashboard/${ids.a}/responses/export`, [SIGN_IN, "404", "200", "404", "404", "404"]],
  ["A's team", () => `/dashboard/${ids.a}/team`, [SIGN_IN, "404", "200", "404", "404", "404"]],
  ["leaving A", () => `/dashboard/${ids.a}/team/leave`, [SIGN_IN, "404", "200", "404", "404", "404"]],
  ["A's profile", () => `/dashboard/${ids.a}/profile`, [SIGN_IN, "404", "200", "404", "404", "404"]],
  ["A's posting under B's address", () => `/dashboard/${ids.b}/postings/${ids.posting}`, [SIGN_IN, "404", "404", "404", "404", "404"]],
  ["A's response under B's address", () => `/dashboard/${ids.b}/responses/${ids.response}`, [SIGN_IN, "404", "404", "404", "404", "404"]],
  ["B's posting under A's address", () => `/dashboard/${ids.a}/postings/${ids.postingOfB}`, [SIGN_IN, "404", "404", "404", "404", "404"]],
  ["the pending organization's postings", () => `/dashboard/${ids.pending}`, [SIGN_IN, "404", "404", "404", "200", "404"]],
  ["the pending organization's responses", () => `/dashboard/${ids.pending}/responses`, [SIGN_IN, "404", "404", "404", "404", "404"]],
  ["the admins' queue", () => "/admin/organizations", [SIGN_IN, "404", "404", "404", "404", "200"]],
  ["the statewide picture", () => "/admin", [SIGN_IN, "404", "404", "404", "404", "200"]],
  ["an organization's admin page", () => `/admin/organizations/${ids.adminOrganization}`, [SIGN_IN, "404", "404", "404", "404", "200"]],
  ["the reports queue", () => "/admin/reports", [SIGN_IN, "404", "404", "404", "404", "200"]],
  ["the users", () => "/admin/users", [SIGN_IN, "404", "404", "404", "404", "200"]],
  ["one user", () => `/admin/users/${ids.adminUser}`, [SIGN_IN, "404", "404", "404", "404", "200"]],
  ["the audit log", () => "/admin/audit", [SIGN_IN, "404", "404", "404", "404", "200"]],
  ["the outbox", () => "/admin/outbox", [SIGN_IN, "404", "404", "404", "404", "200"]],
  ["Find volunteers for A", () => `/dashboard/${ids.a}/volunteers`, [SIGN_IN, "404", "200", "404", "404", "404"]],
  ["A's requests to volunteers", () => `/dashboard/${ids.a}/volunteers/requests`, [SIGN_IN, "404", "200", "404", "404", "404"]],
  ["Find volunteers for the pending organization", () => `/dashboard/${ids.pending}/volunteers`, [SIGN_IN, "404", "404", "404", "404", "404"]],
  ["my responses", () => "/me", [SIGN_IN, "200", "200", "200", "200", "200"]],
  ["my databank profile", () => "/me/profile", [SIGN_IN, "200", "200", "200", "200", "200"]],
  ["my alerts", () => "/me/alerts", [SIGN_IN, "200", "200", "200", "200", "200"]],
  ["requests sent to me", () => "/me/contacts", [SIGN_IN, "200", "200", "200", "200", "200"]],
  ["my data", () => "/me/data", [SIGN_IN, "200", "200", "200", "200", "200"]],
  ["the download of my data", () => "/me/data/download", [SIGN_IN, "200", "200", "200", "200", "200"]],
  ["deleting my account", () => "/me/delete", [SIGN_IN, "200", "200", "200", "200", "200"]],
];

for (const [name, path, expected] of MATRIX) {
  test(`${name}: ${KINDS.map((kind, i) => `${kind} → ${expected[i]}`).join(", ")}`, async () => {
    const answers = await Promise.all(
      KINDS.map(async (kind, i) => {
        const answer = await answerTo(sessions[kind], path());
        return expected[i] === OWN && answer.startsWith("redirect /dashboard/") && answer !== "redirect /dashboard/" ? OWN : answer;
      }),
    );
    expect(Object.fromEntries(KINDS.map((kind, i) => [kind, answers[i]]))).toEqual(Object.fromEntries(KINDS.map((kind, i) => [kind, expected[i]])));
  });
}

test("what a refused page answers reveals nothing of the volunteer or the posting", async () => {
  for (const kind of ["volunteer", "coordinator of B", "admin"] as const) {
    const body = await (await sessions[kind].get(`/dashboard/${ids.a}/responses/${ids.response}`)).text();
    expect(body).not.toContain("jamie.matrix@example.net");
    expect(body).not.toContain("Jamie Matrix");
  }
  const csv = await (await sessions["owner of A"].get(`/dashboard/${ids.a}/responses/export`)).text();
  expect(csv).toContain("jamie.matrix@example.net");
});

test("the download of my data holds my account and nobody else's", async () => {
  for (const [kind, email] of Object.entries(ACCOUNTS)) {
    const data = await (await sessions[kind as Kind].get("/me/data/download")).json();
    expect(data.account.email).toBe(email);
    expect(JSON.stringify(data)).not.toContain("jamie.matrix@example.net");
  }
});

test("a disabled user cannot sign in, and is told exactly what a wrong password is told", async () => {
  const context = await sessionFor(null);
  const disabled = await context.post("/signin/password", { form: { email: "disabled@demo.example.org", password: DEMO_PASSWORD }, headers: { Accept: "application/json" } });
  const wrong = await context.post("/signin/password", { form: { email: "volunteer@demo.example.org", password: "not the password" }, headers: { Accept: "application/json" } });
  const unknown = await context.post("/signin/password", { form: { email: "nobody@demo.example.org", password: DEMO_PASSWORD }, headers: { Accept: "application/json" } });
  expect([disabled.status(), wrong.status(), unknown.status()]).toEqual([401, 401, 401]);
  const [a, b, c] = await Promise.all([disabled.json(), wrong.json(), unknown.json()]);
  expect(a).toEqual(b);
  expect(b).toEqual(c);
  expect(await answerTo(context, "/dashboard")).toBe(SIGN_IN);
  await context.dispose();
});
