/**
 * The authorization matrix (issue: host organizations): every mutation a
 * server action reaches, and the read of private data, × every kind of user.
 * Each cell runs the real guard against the real database with fresh rows,
 * then checks both the answer and whether the change happened. Only the
 * session cookie is stood in for (who is signed in); role, memberships,
 * disabled state and organization status are read from the database.
 *
 * The expected answers are written out by hand: the test does not derive
 * them from the permissions module it checks.
 */
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb, type Database } from "@/db/client";
import { invitations, memberships, opportunities, organizations, responseEvents, responses, users } from "@/db/schema";
import { insertMembership, insertOpportunity, insertOrganization, insertResponse, insertUser } from "@/db/testing/fixtures";
import { organizationAccess } from "@/lib/auth/permissions";
import { signInAs } from "@/lib/auth/testing/session-mock";
import { loadViewer } from "@/lib/auth/viewer";
import { closePosting, createPosting, duplicatePosting, publishPosting, renewPosting, reopenPosting, updatePosting } from "@/lib/opportunities/manage";
import { applyToHost, updateOrganizationProfile } from "@/lib/organizations/apply";
import { approveOrganization, rejectOrganization } from "@/lib/organizations/moderation";
import { inviteCoordinator, leaveOrganization, removeMember, revokeInvitation } from "@/lib/organizations/team";
import { addResponseNote, changeResponseStatus } from "@/lib/responses/work";

vi.mock("@/lib/auth/session", () => import("@/lib/auth/testing/session-mock"));

const KINDS = ["signed out", "volunteer", "owner of A", "coordinator of A", "coordinator of B", "owner of a pending org", "disabled user", "admin"] as const;
type Kind = (typeof KINDS)[number];

let db: Database;
let orgA: { id: number };
let orgB: { id: number };
let pendingOrg: { id: number };
const userOf = {} as Record<Exclude<Kind, "signed out">, number>;

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const postingForm = (organizationId: number) => ({
  organizationId: String(organizationId),
  title: "Front desk volunteer",
  summary: "Greet visitors and answer the phone.",
  description: "Greet visitors, answer the phone and help with the mail at our office.",
  type: "ongoing",
  skillLevel: "none",
  causes: ["basic_needs"],
  counties: ["kennebec"],
  expiresOn: inDays(30),
});
const organizationForm = (name: string) => ({
  name,
  kind: "advocacy",
  description: "We advocate for survivors in the legislature and in court.",
  town: "Augusta",
  counties: ["kennebec"],
});

async function postingStatus(id: number) {
  const [row] = await db.select({ status: opportunities.status, title: opportunities.title, expiresAt: opportunities.expiresAt }).from(opportunities).where(eq(opportunities.id, id));
  return row!;
}
const countWhere = (table: Parameters<Database["$count"]>[0], where: Parameters<Database["$count"]>[1]) => db.$count(table, where);

/**
 * One operation: `prepare` makes fresh rows in organization A (or a pending
 * organization) and answers the input and a probe that says whether the
 * change happened.
 */
type Operation = {
  name: string;
  run: (input: Record<string, unknown>) => Promise<unknown>;
  prepare: () => Promise<{ input: Record<string, unknown>; changed: () => Promise<boolean>; undo?: () => Promise<void> }>;
};

const operations: Operation[] = [
  {
    name: "create a posting",
    run: createPosting,
    prepare: async () => {
      const before = await db.$count(opportunities, eq(opportunities.organizationId, orgA.id));
      return { input: postingForm(orgA.id), changed: async () => (await db.$count(opportunities, eq(opportunities.organizationId, orgA.id))) > before };
    },
  },
  {
    name: "edit a posting",
    run: updatePosting,
    prepare: async () => {
      const posting = await insertOpportunity(db, orgA.id, { status: "draft", publishedAt: null });
      return { input: { ...postingForm(orgA.id), opportunityId: String(posting.id) }, changed: async () => (await postingStatus(posting.id)).title === "Front desk volunteer" };
    },
  },
  ...(
    [
      ["publish a draft", publishPosting, { status: "draft", publishedAt: null }, "published"],
      ["close a published posting", closePosting, {}, "closed"],
      ["reopen a closed posting", reopenPosting, { status: "closed" }, "published"],
    ] as const
  ).map(([name, run, values, after]): Operation => ({
    name,
    run,
    prepare: async () => {
      const posting = await insertOpportunity(db, orgA.id, values);
      return { input: { organizationId: String(orgA.id), opportunityId: String(posting.id) }, changed: async () => (await postingStatus(posting.id)).status === after };
    },
  })),
  {
    name: "renew an expired posting",
    run: renewPosting,
    prepare: async () => {
      const posting = await insertOpportunity(db, orgA.id, { expiresAt: new Date(Date.now() - DAY) });
      return { input: { organizationId: String(orgA.id), opportunityId: String(posting.id) }, changed: async () => (await postingStatus(posting.id)).expiresAt.getTime() > Date.now() };
    },
  },
  {
    name: "duplicate a posting",
    run: duplicatePosting,
    prepare: async () => {
      const posting = await insertOpportunity(db, orgA.id, { title: `Copy me ${Math.random()}` });
      return {
        input: { organizationId: String(orgA.id), opportunityId: String(posting.id) },
        changed: async () => (await countWhere(opportunities, eq(opportunities.title, posting.title))) > 1,
      };
    },
  },
  {
    name: "edit the organization profile",
    run: updateOrganizationProfile,
    prepare: async () => {
      const name = `Renamed ${Math.random()}`;
      return {
        input: { ...organizationForm(name), organizationId: String(orgA.id) },
        changed: async () => (await countWhere(organizations, eq(organizations.name, name))) > 0,
        undo: async () => void (await db.update(organizations).set({ name: "Organization A" }).where(eq(organizations.id, orgA.id))),
      };
    },
  },
  {
    name: "change a response's status",
    run: changeResponseStatus,
    prepare: async () => {
      const posting = await insertOpportunity(db, orgA.id);
      const response = await insertResponse(db, posting.id, orgA.id);
      return {
        input: { organizationId: String(orgA.id), responseId: String(response.id), status: "contacted" },
        changed: async () => (await countWhere(responses, and(eq(responses.id, response.id), eq(responses.status, "contacted")))) > 0,
      };
    },
  },
  {
    name: "add a note to a response",
    run: addResponseNote,
    prepare: async () => {
      const posting = await insertOpportunity(db, orgA.id);
      const response = await insertResponse(db, posting.id, orgA.id);
      return {
        input: { organizationId: String(orgA.id), responseId: String(response.id), note: "Called, left a message." },
        changed: async () => (await countWhere(responseEvents, eq(responseEvents.responseId, response.id))) > 0,
      };
    },
  },
  {
    name: "invite a coordinator",
    run: inviteCoordinator,
    prepare: async () => {
      const email = `invitee.${Math.random().toString(36).slice(2)}@example.org`;
      return { input: { organizationId: String(orgA.id), email }, changed: async () => (await countWhere(invitations, eq(invitations.email, email))) > 0 };
    },
  },
  {
    name: "revoke an invitation",
    run: revokeInvitation,
    prepare: async () => {
      const [invitation] = await db
        .insert(invitations)
        .values({ organizationId: orgA.id, email: "someone@example.org", tokenHash: Math.random().toString(36), expiresAt: new Date(Date.now() + DAY) })
        .returning({ id: invitations.id });
      return {
        input: { organizationId: String(orgA.id), invitationId: String(invitation!.id) },
        changed: async () => (await countWhere(invitations, and(eq(invitations.id, invitation!.id), sql`${invitations.revokedAt} is not null`))) > 0,
      };
    },
  },
  {
    name: "remove a member",
    run: removeMember,
    prepare: async () => {
      const member = await insertUser(db);
      await insertMembership(db, member.id, orgA.id);
      return {
        input: { organizationId: String(orgA.id), userId: String(member.id) },
        changed: async () => (await countWhere(memberships, and(eq(memberships.userId, member.id), eq(memberships.organizationId, orgA.id)))) === 0,
      };
    },
  },
  {
    name: "leave the organization",
    run: leaveOrganization,
    prepare: async () => {
      const before = await db.$count(memberships, eq(memberships.organizationId, orgA.id));
      return {
        input: { organizationId: String(orgA.id) },
        changed: async () => (await db.$count(memberships, eq(memberships.organizationId, orgA.id))) < before,
        // Back in, for the next cells.
        undo: async () => void (await db.insert(memberships).values({ userId: userOf["coordinator of A"], organizationId: orgA.id }).onConflictDoNothing()),
      };
    },
  },
  {
    name: "apply to host",
    run: applyToHost,
    prepare: async () => {
      const name = `Applicant ${Math.random()}`;
      return { input: organizationForm(name), changed: async () => (await countWhere(organizations, eq(organizations.name, name))) > 0 };
    },
  },
  {
    name: "approve an organization",
    run: approveOrganization,
    prepare: async () => {
      const organization = await insertOrganization(db, { status: "pending" });
      return {
        input: { organizationId: String(organization.id) },
        changed: async () => (await countWhere(organizations, and(eq(organizations.id, organization.id), eq(organizations.status, "approved")))) > 0,
      };
    },
  },
  {
    name: "reject an organization",
    run: rejectOrganization,
    prepare: async () => {
      const organization = await insertOrganization(db, { status: "pending" });
      return {
        input: { organizationId: String(organization.id), reason: "We could not verify the organization." },
        changed: async () => (await countWhere(organizations, and(eq(organizations.id, organization.id), eq(organizations.status, "rejected")))) > 0,
      };
    },
  },
];

const Y = true;
const N = false;
/** What each kind of user may do: written out, one row per operation, columns in the order of KINDS. */
const EXPECTED: Record<string, readonly boolean[]> = {
  //                                out  vol  ownA coA  coB  pend dis  admin
  "create a posting":              [N,   N,   Y,   Y,   N,   N,   N,   N],
  "edit a posting":                [N,   N,   Y,   Y,   N,   N,   N,   N],
  "publish a draft":               [N,   N,   Y,   Y,   N,   N,   N,   N],
  "close a published posting":     [N,   N,   Y,   Y,   N,   N,   N,   N],
  "reopen a closed posting":       [N,   N,   Y,   Y,   N,   N,   N,   N],
  "renew an expired posting":      [N,   N,   Y,   Y,   N,   N,   N,   N],
  "duplicate a posting":           [N,   N,   Y,   Y,   N,   N,   N,   N],
  "edit the organization profile": [N,   N,   Y,   N,   N,   N,   N,   N],
  "change a response's status":    [N,   N,   Y,   Y,   N,   N,   N,   N],
  "add a note to a response":      [N,   N,   Y,   Y,   N,   N,   N,   N],
  "invite a coordinator":          [N,   N,   Y,   N,   N,   N,   N,   N],
  "revoke an invitation":          [N,   N,   Y,   N,   N,   N,   N,   N],
  "remove a member":               [N,   N,   Y,   N,   N,   N,   N,   N],
  "leave the organization":        [N,   N,   N,   Y,   N,   N,   N,   N],
  "apply to host":                 [N,   Y,   Y,   Y,   Y,   Y,   N,   Y],
  "approve an organization":       [N,   N,   N,   N,   N,   N,   N,   Y],
  "reject an organization":        [N,   N,   N,   N,   N,   N,   N,   Y],
};

beforeAll(async () => {
  db = await getDb();
  orgA = await insertOrganization(db, { name: "Organization A" });
  orgB = await insertOrganization(db, { name: "Organization B" });
  pendingOrg = await insertOrganization(db, { name: "Pending organization", status: "pending" });
  for (const kind of KINDS) if (kind !== "signed out") userOf[kind] = (await insertUser(db, { role: kind === "admin" ? "admin" : "user" })).id;
  await insertMembership(db, userOf["owner of A"], orgA.id, "owner");
  await insertMembership(db, userOf["coordinator of A"], orgA.id);
  await insertMembership(db, userOf["coordinator of B"], orgB.id);
  await insertMembership(db, userOf["owner of a pending org"], pendingOrg.id, "owner");
  // Was A's coordinator, then disabled: the session still names them.
  await insertMembership(db, userOf["disabled user"], orgA.id);
  await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, userOf["disabled user"]));
});

describe("the authorization matrix of mutations", () => {
  it("has a row for every operation", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(operations.map((operation) => operation.name).sort());
  });

  for (const operation of operations) {
    describe(operation.name, () => {
      KINDS.forEach((kind, column) => {
        const allowed = EXPECTED[operation.name]![column]!;
        it(`${allowed ? "is allowed" : "is refused, changing nothing,"} for ${kind}`, async () => {
          const { input, changed, undo } = await operation.prepare();
          signInAs(kind === "signed out" ? null : userOf[kind]);
          const result = (await operation.run(input)) as { ok: boolean; message?: string };
          expect(result.ok, result.ok ? "" : result.message).toBe(allowed);
          expect(await changed()).toBe(allowed);
          if (!allowed) expect(result.message).not.toMatch(/Organization A|Front desk/);
          await undo?.();
        });
      });
    });
  }
});

describe("the authorization matrix of reading private data", () => {
  //                                             out  vol  ownA coA  coB  pend dis  admin
  const READS: Record<string, readonly boolean[]> = {
    "A's dashboard":                            [N,   N,   Y,   Y,   N,   N,   N,   N],
    "A's postings and drafts":                  [N,   N,   Y,   Y,   N,   N,   N,   N],
    "A's responses and their CSV export":       [N,   N,   Y,   Y,   N,   N,   N,   N],
    "A's profile form":                         [N,   N,   Y,   N,   N,   N,   N,   N],
  };
  const CAPABILITY = { "A's dashboard": "view", "A's postings and drafts": "draft", "A's responses and their CSV export": "responses", "A's profile form": "profile" } as const;

  for (const [read, row] of Object.entries(READS)) {
    KINDS.forEach((kind, column) => {
      it(`${read}: ${row[column] ? "open" : "closed"} to ${kind}`, async () => {
        const viewer = kind === "signed out" ? null : await loadViewer(db, { userId: userOf[kind], signedInAt: new Date() });
        expect(organizationAccess(viewer, orgA.id, CAPABILITY[read as keyof typeof CAPABILITY]) !== null).toBe(row[column]);
      });
    });
  }
});
