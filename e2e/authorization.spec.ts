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
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, uniqueEmail } from "./support/accounts";
import { firstOpportunity } from "./support/api";
import { disableAccount, findableVolunteer, inviteAndAccept, sayInterested, type Person } from "./support/people";
import { answerTo, answerToPost, sessionFor } from "./support/sessions";

test.describe.configure({ mode: "serial" });

const ACCOUNTS = {
  volunteer: "volunteer@demo.example.org",
  "owner of A": "coordinator@demo.example.org",
  "coordinator of B": "coordinator-b@demo.example.org",
  "owner of a pending org": "applicant@demo.example.org",
  admin: "admin@demo.example.org",
} as const;

// The demo data has no enabled coordinator of A who is not an owner, and its
// disabled account cannot sign in: these two join A by invitation, and an admin
// disables the second after it has signed in.
const stamp = Date.now().toString(36);
const TEAMMATE: Person = { name: `Robin Okafor${stamp}`, email: uniqueEmail("robin.okafor"), password: "blueberry barrens in august" };
const LEAVER: Person = { name: `Quinn Leavitt${stamp}`, email: uniqueEmail("quinn.leavitt"), password: "fog over the narrows" };
const FINDABLE: Person = { name: `Noor${stamp} Haddad`, email: uniqueEmail("noor.haddad"), password: "lighthouse keeper log" };

type Kind = "signed out" | keyof typeof ACCOUNTS | "coordinator of A" | "disabled since signing in";
const KINDS: Kind[] = ["signed out", "volunteer", "owner of A", "coordinator of A", "coordinator of B", "owner of a pending org", "admin", "disabled since signing in"];

const sessions = {} as Record<Kind, APIRequestContext>;
const ids = {
  a: "",
  b: "",
  pending: "",
  posting: "",
  response: "",
  postingOfB: "",
  adminOrganization: "",
  adminUser: "",
  /** A response the demo volunteer made while signed in: theirs to withdraw. */
  myResponse: "",
  owner: "",
  teammate: "",
  leaver: "",
  findable: "",
  notFindable: "",
  event: "",
};

/** The first link on a page that matches, as its captured part. */
async function firstMatch(context: APIRequestContext, path: string, pattern: RegExp): Promise<string> {
  const html = await (await context.get(path)).text();
  const match = pattern.exec(html);
  expect(match, `${pattern} on ${path}`).not.toBeNull();
  return match![1]!;
}

/** A user's id, as the admins' user search links to it. */
const userId = (email: string) => firstMatch(sessions.admin, `/admin/users?${new URLSearchParams({ q: email })}`, /href="\/admin\/users\/(\d+)"/);

let address = 60;
/** A browser page of its own address; with a session's cookies when given one. */
async function pageFor(browser: Browser, session?: APIRequestContext): Promise<Page> {
  const context = await browser.newContext({
    extraHTTPHeaders: { "X-Forwarded-For": `198.51.100.${++address}` },
    ...(session ? { storageState: await session.storageState() } : {}),
  });
  return context.newPage();
}

test.beforeAll(async ({ browser }) => {
  // Three people sign up through the pages and two join a team: far longer than one test.
  test.setTimeout(240_000);
  sessions["signed out"] = await sessionFor(null);
  for (const [kind, email] of Object.entries(ACCOUNTS)) sessions[kind as Kind] = await sessionFor({ email, password: DEMO_PASSWORD });

  // Organization A is the owner's first; B and the pending one are where their members land.
  ids.a = await firstMatch(sessions["owner of A"], "/dashboard", /href="\/dashboard\/([a-z0-9-]+)"/);
  ids.b = (await answerTo(sessions["coordinator of B"], "/dashboard")).replace("redirect /dashboard/", "");
  ids.pending = (await answerTo(sessions["owner of a pending org"], "/dashboard")).replace("redirect /dashboard/", "");
  ids.posting = await firstMatch(sessions["owner of A"], `/dashboard/${ids.a}`, new RegExp(`href="/dashboard/${ids.a}/postings/(\\d+)"`));
  ids.postingOfB = await firstMatch(sessions["coordinator of B"], `/dashboard/${ids.b}`, new RegExp(`href="/dashboard/${ids.b}/postings/(\\d+)"`));

  // A volunteer responds to one of A's public postings while signed out, so A has a response to protect;
  // the demo volunteer responds to it while signed in, so they have one of their own.
  const opportunity = await firstMatch(sessions["signed out"], `/organizations/${ids.a}`, /href="\/opportunities\/([a-z0-9-]+)"/);
  const stranger = await pageFor(browser);
  await sayInterested(stranger, opportunity, { name: "Jamie Matrix", email: "jamie.matrix@example.net" });
  await stranger.context().close();
  const volunteer = await pageFor(browser, sessions.volunteer);
  await sayInterested(volunteer, opportunity, { name: "Val Volunteer", email: ACCOUNTS.volunteer });
  await volunteer.context().close();
  ids.response = await firstMatch(sessions["owner of A"], `/dashboard/${ids.a}/responses`, new RegExp(`href="/dashboard/${ids.a}/responses/(\\d+)"[^>]*>Jamie Matrix<`));
  ids.myResponse = await firstMatch(sessions.volunteer, "/me", /href="\/me\/responses\/(\d+)\/withdraw"/);
  ids.adminOrganization = await firstMatch(sessions.admin, "/admin/organizations?status=approved", /href="\/admin\/organizations\/(\d+)"/);
  ids.adminUser = await firstMatch(sessions.admin, "/admin/users", /href="\/admin\/users\/(\d+)"/);
  ids.event = (await firstOpportunity(sessions["signed out"], "type=one_time")).slug;

  const owner = await pageFor(browser, sessions["owner of A"]);
  for (const person of [TEAMMATE, LEAVER]) {
    const invitee = await pageFor(browser);
    await inviteAndAccept(owner, `/dashboard/${ids.a}`, invitee, person);
    await invitee.context().close();
  }
  await owner.context().close();
  sessions["coordinator of A"] = await sessionFor(TEAMMATE);
  sessions["disabled since signing in"] = await sessionFor(LEAVER);

  const seeker = await pageFor(browser);
  await findableVolunteer(seeker, FINDABLE);
  await seeker.context().close();

  ids.owner = await userId(ACCOUNTS["owner of A"]);
  ids.teammate = await userId(TEAMMATE.email);
  ids.leaver = await userId(LEAVER.email);
  ids.findable = await userId(FINDABLE.email);
  ids.notFindable = await userId(ACCOUNTS.volunteer);

  // The session is live (it opens A's dashboard) until an admin disables the account.
  expect(await answerTo(sessions["disabled since signing in"], `/dashboard/${ids.a}`)).toBe("200");
  const admin = await pageFor(browser, sessions.admin);
  await disableAccount(admin, LEAVER, "Left the organization and asked us to close the account.");
  await admin.context().close();
});

test.afterAll(async () => {
  for (const session of Object.values(sessions)) await session.dispose();
});

const SIGN_IN = "redirect /signin";
const OWN = "own dashboard";

type Request = string | { post: string; form: Record<string, string> };

/** One row per page or route, columns in the order of KINDS. */
const MATRIX: [string, () => Request, string[]][] = [
  //                                                                              out      vol    ownA   coA    coB    pend   admin  disabled
  ["where signing in leads", () => "/start", [SIGN_IN, "redirect /me", "redirect /dashboard", "redirect /dashboard", "redirect /dashboard", "redirect /dashboard", "redirect /admin", SIGN_IN]],
  ["the dashboard's front door", () => "/dashboard", [SIGN_IN, "200", "200", OWN, OWN, OWN, "200", SIGN_IN]],
  ["A's postings", () => `/dashboard/${ids.a}`, [SIGN_IN, "404", "200", "200", "404", "404", "404", SIGN_IN]],
  ["a new posting for A", () => `/dashboard/${ids.a}/postings/new`, [SIGN_IN, "404", "200", "200", "404", "404", "404", SIGN_IN]],
  ["one of A's postings", () => `/dashboard/${ids.a}/postings/${ids.posting}`, [SIGN_IN, "404", "200", "200", "404", "404", "404", SIGN_IN]],
  ["editing one of A's postings", () => `/dashboard/${ids.a}/postings/${ids.posting}/edit`, [SIGN_IN, "404", "200", "200", "404", "404", "404", SIGN_IN]],
  ["A's responses", () => `/dashboard/${ids.a}/responses`, [SIGN_IN, "404", "200", "200", "404", "404", "404", SIGN_IN]],
  ["one of A's responses", () => `/dashboard/${ids.a}/responses/${ids.response}`, [SIGN_IN, "404", "200", "200", "404", "404", "404", SIGN_IN]],
  ["A's CSV export", () => `/dashboard/${ids.a}/responses/export`, [SIGN_IN, "404", "200", "200", "404", "404", "404", SIGN_IN]],
  ["A's team", () => `/dashboard/${ids.a}/team`, [SIGN_IN, "404", "200", "200", "404", "404", "404", SIGN_IN]],
  ["A's listings for its website", () => `/dashboard/${ids.a}/embed`, [SIGN_IN, "404", "200", "200", "404", "404", "404", SIGN_IN]],
  ["leaving A", () => `/dashboard/${ids.a}/team/leave`, [SIGN_IN, "404", "200", "200", "404", "404", "404", SIGN_IN]],
  ["making A's coordinator an owner", () => `/dashboard/${ids.a}/team/owner/${ids.teammate}`, [SIGN_IN, "404", "200", "404", "404", "404", "404", SIGN_IN]],
  ["removing A's coordinator", () => `/dashboard/${ids.a}/team/remove/${ids.teammate}`, [SIGN_IN, "404", "200", "404", "404", "404", "404", SIGN_IN]],
  ["making A's disabled coordinator an owner", () => `/dashboard/${ids.a}/team/owner/${ids.leaver}`, [SIGN_IN, "404", "404", "404", "404", "404", "404", SIGN_IN]],
  ["removing A's disabled coordinator", () => `/dashboard/${ids.a}/team/remove/${ids.leaver}`, [SIGN_IN, "404", "200", "404", "404", "404", "404", SIGN_IN]],
  ["making A's owner an owner", () => `/dashboard/${ids.a}/team/owner/${ids.owner}`, [SIGN_IN, "404", "404", "404", "404", "404", "404", SIGN_IN]],
  ["removing A's owner", () => `/dashboard/${ids.a}/team/remove/${ids.owner}`, [SIGN_IN, "404", "404", "404", "404", "404", "404", SIGN_IN]],
  ["A's profile", () => `/dashboard/${ids.a}/profile`, [SIGN_IN, "404", "200", "404", "404", "404", "404", SIGN_IN]],
  ["A's posting under B's address", () => `/dashboard/${ids.b}/postings/${ids.posting}`, [SIGN_IN, "404", "404", "404", "404", "404", "404", SIGN_IN]],
  ["A's response under B's address", () => `/dashboard/${ids.b}/responses/${ids.response}`, [SIGN_IN, "404", "404", "404", "404", "404", "404", SIGN_IN]],
  ["B's posting under A's address", () => `/dashboard/${ids.a}/postings/${ids.postingOfB}`, [SIGN_IN, "404", "404", "404", "404", "404", "404", SIGN_IN]],
  ["the pending organization's postings", () => `/dashboard/${ids.pending}`, [SIGN_IN, "404", "404", "404", "404", "200", "404", SIGN_IN]],
  ["the pending organization's responses", () => `/dashboard/${ids.pending}/responses`, [SIGN_IN, "404", "404", "404", "404", "404", "404", SIGN_IN]],
  ["the admins' queue", () => "/admin/organizations", [SIGN_IN, "404", "404", "404", "404", "404", "200", SIGN_IN]],
  ["the statewide picture", () => "/admin", [SIGN_IN, "404", "404", "404", "404", "404", "200", SIGN_IN]],
  ["an organization's admin page", () => `/admin/organizations/${ids.adminOrganization}`, [SIGN_IN, "404", "404", "404", "404", "404", "200", SIGN_IN]],
  ["the reports queue", () => "/admin/reports", [SIGN_IN, "404", "404", "404", "404", "404", "200", SIGN_IN]],
  ["the users", () => "/admin/users", [SIGN_IN, "404", "404", "404", "404", "404", "200", SIGN_IN]],
  ["one user", () => `/admin/users/${ids.adminUser}`, [SIGN_IN, "404", "404", "404", "404", "404", "200", SIGN_IN]],
  ["the audit log", () => "/admin/audit", [SIGN_IN, "404", "404", "404", "404", "404", "200", SIGN_IN]],
  ["the outbox", () => "/admin/outbox", [SIGN_IN, "404", "404", "404", "404", "404", "200", SIGN_IN]],
  ["Find volunteers for A", () => `/dashboard/${ids.a}/volunteers`, [SIGN_IN, "404", "200", "200", "404", "404", "404", SIGN_IN]],
  ["A's requests to volunteers", () => `/dashboard/${ids.a}/volunteers/requests`, [SIGN_IN, "404", "200", "200", "404", "404", "404", SIGN_IN]],
  ["contacting a volunteer who asked to be found, for A", () => `/dashboard/${ids.a}/volunteers/${ids.findable}/contact`, [SIGN_IN, "404", "200", "200", "404", "404", "404", SIGN_IN]],
  ["contacting a volunteer who did not ask to be found, for A", () => `/dashboard/${ids.a}/volunteers/${ids.notFindable}/contact`, [SIGN_IN, "404", "404", "404", "404", "404", "404", SIGN_IN]],
  ["Find volunteers for the pending organization", () => `/dashboard/${ids.pending}/volunteers`, [SIGN_IN, "404", "404", "404", "404", "404", "404", SIGN_IN]],
  ["the pending organization's requests to volunteers", () => `/dashboard/${ids.pending}/volunteers/requests`, [SIGN_IN, "404", "404", "404", "404", "404", "404", SIGN_IN]],
  ["contacting a volunteer, for the pending organization", () => `/dashboard/${ids.pending}/volunteers/${ids.findable}/contact`, [SIGN_IN, "404", "404", "404", "404", "404", "404", SIGN_IN]],
  ["my responses", () => "/me", [SIGN_IN, "200", "200", "200", "200", "200", "200", SIGN_IN]],
  ["withdrawing the volunteer's own response", () => `/me/responses/${ids.myResponse}/withdraw`, [SIGN_IN, "200", "404", "404", "404", "404", "404", SIGN_IN]],
  ["withdrawing a response made signed out", () => `/me/responses/${ids.response}/withdraw`, [SIGN_IN, "404", "404", "404", "404", "404", "404", SIGN_IN]],
  ["my databank profile", () => "/me/profile", [SIGN_IN, "200", "200", "200", "200", "200", "200", SIGN_IN]],
  ["my alerts", () => "/me/alerts", [SIGN_IN, "200", "200", "200", "200", "200", "200", SIGN_IN]],
  ["the application to host", () => "/host/apply", [SIGN_IN, "200", "200", "200", "200", "200", "200", SIGN_IN]],
  ["requests sent to me", () => "/me/contacts", [SIGN_IN, "200", "200", "200", "200", "200", "200", SIGN_IN]],
  ["my sign-in security (two-step sign-in)", () => "/me/security", [SIGN_IN, "200", "200", "200", "200", "200", "200", SIGN_IN]],
  ["my data", () => "/me/data", [SIGN_IN, "200", "200", "200", "200", "200", "200", SIGN_IN]],
  ["the download of my data", () => "/me/data/download", [SIGN_IN, "200", "200", "200", "200", "200", "200", SIGN_IN]],
  ["deleting my account", () => "/me/delete", [SIGN_IN, "200", "200", "200", "200", "200", "200", SIGN_IN]],
  // Public route handlers answer everyone alike, whoever is signed in.
  ["the health check", () => "/api/health", ["200", "200", "200", "200", "200", "200", "200", "200"]],
  ["the search API", () => "/api/v1/opportunities?county=york", ["200", "200", "200", "200", "200", "200", "200", "200"]],
  ["the RSS feed", () => "/feed.xml", ["200", "200", "200", "200", "200", "200", "200", "200"]],
  ["a public event's calendar file", () => `/opportunities/${ids.event}/calendar.ics`, ["200", "200", "200", "200", "200", "200", "200", "200"]],
  ["whether one is signed in (for the cached pages' islands)", () => "/api/session", ["200", "200", "200", "200", "200", "200", "200", "200"]],
  [
    "a sign-in with a wrong password",
    () => ({ post: "/signin/password", form: { email: `matrix.${stamp}@example.org`, password: "not the password" } }),
    ["401", "401", "401", "401", "401", "401", "401", "401"],
  ],
  [
    "a one-click unsubscribe with a made-up token",
    () => ({ post: "/alerts/unsubscribe/one-click?token=made-up-token", form: {} }),
    ["400", "400", "400", "400", "400", "400", "400", "400"],
  ],
];

for (const [name, path, expected] of MATRIX) {
  test(`${name}: ${KINDS.map((kind, i) => `${kind} → ${expected[i]}`).join(", ")}`, async () => {
    const answers = await Promise.all(
      KINDS.map(async (kind, i) => {
        const request = path();
        const answer = typeof request === "string" ? await answerTo(sessions[kind], request) : await answerToPost(sessions[kind], request.post, request.form);
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

test("refused team, contact and withdraw pages say nothing of the person they are about", async () => {
  const firstName = FINDABLE.name.split(" ")[0]!;
  const cases: [string, Kind[], string[]][] = [
    [`/dashboard/${ids.a}/team/owner/${ids.teammate}`, ["volunteer", "coordinator of B", "owner of a pending org", "admin"], [TEAMMATE.name, TEAMMATE.email]],
    [`/dashboard/${ids.a}/team/remove/${ids.leaver}`, ["volunteer", "coordinator of A", "coordinator of B", "admin"], [LEAVER.name, LEAVER.email]],
    [`/dashboard/${ids.a}/volunteers/${ids.findable}/contact`, ["volunteer", "coordinator of B", "owner of a pending org", "admin"], [firstName]],
    [`/dashboard/${ids.pending}/volunteers/${ids.findable}/contact`, ["owner of a pending org"], [firstName]],
    [`/me/responses/${ids.myResponse}/withdraw`, ["owner of A", "coordinator of A", "coordinator of B", "admin"], ["Val Volunteer", ACCOUNTS.volunteer]],
  ];
  for (const [path, kinds, secrets] of cases) {
    for (const kind of kinds) {
      const response = await sessions[kind].get(path);
      expect(response.status(), `${kind} on ${path}`).toBe(404);
      const body = await response.text();
      for (const secret of secrets) expect(body, `${kind} on ${path}`).not.toContain(secret);
    }
  }
  // The pages that do answer name the person: the checks above could find them.
  expect(await (await sessions["owner of A"].get(`/dashboard/${ids.a}/team/owner/${ids.teammate}`)).text()).toContain(TEAMMATE.email);
  expect(await (await sessions["owner of A"].get(`/dashboard/${ids.a}/volunteers/${ids.findable}/contact`)).text()).toContain(firstName);
});

test("a disabled user's live session is signed out on its next request and cannot sign in again", async () => {
  const session = sessions["disabled since signing in"];
  expect(await answerTo(session, "/me")).toBe(SIGN_IN);
  // Signing in again is refused with the answer a wrong password gets.
  const again = await session.post("/signin/password", { form: { email: LEAVER.email, password: LEAVER.password }, headers: { Accept: "application/json" } });
  expect(again.status()).toBe(401);
  expect(await answerTo(session, `/dashboard/${ids.a}`)).toBe(SIGN_IN);
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
