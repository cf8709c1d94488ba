/** The coordinators' responses inbox, through the real guard and data layer: who may read and work what. */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb, type Database } from "@/db/client";
import { auditLog, organizations, responseEvents, responses, responseStatus } from "@/db/schema";
import { insertMembership, insertOpportunity, insertOrganization, insertResponse, insertUser } from "@/lib/testing/fixtures";
import { NO_ACCESS, SIGNED_OUT } from "@/lib/actions/guard";
import { organizationAccess, type OrganizationAccess } from "@/lib/auth/permissions";
import { signInAs } from "@/lib/auth/testing/session-mock";
import { loadViewer } from "@/lib/auth/viewer";
import { exportResponsesCsv } from "./csv";
import { getResponse, listPostingsWithResponses, listResponses, PAGE_SIZE } from "./inbox";
import { ONLY_THE_VOLUNTEER_WITHDRAWS, RESPONSE_STATUSES, parseInboxParams, type ResponseStatus } from "./inbox-schemas";
import { addResponseNote, changeResponseStatus } from "./work";

vi.mock("@/lib/auth/session", () => import("@/lib/auth/testing/session-mock"));

let db: Database;
let orgA: { id: number; slug: string };
let orgB: { id: number };
let coordinatorA: { id: number; name: string };
let coordinatorB: { id: number };
let postingA: { id: number; title: string };
let postingA2: { id: number };
let postingB: { id: number };

/** A real access, made the way pages and the guard make it: never by hand. */
async function accessOf(userId: number, organizationId: number): Promise<OrganizationAccess | null> {
  return organizationAccess(await loadViewer(db, { userId, signedInAt: new Date(), sessionId: crypto.randomUUID() }), organizationId, "responses");
}
async function accessA(): Promise<OrganizationAccess> {
  const access = await accessOf(coordinatorA.id, orgA.id);
  if (!access) throw new Error("the coordinator of A should have access");
  return access;
}

const rowOf = async (id: number) => (await db.select().from(responses).where(eq(responses.id, id)))[0]!;
const eventsOf = (id: number) => db.select().from(responseEvents).where(eq(responseEvents.responseId, id)).orderBy(responseEvents.id);
const exportAudits = (organizationId: number) =>
  db.select().from(auditLog).where(and(eq(auditLog.action, "responses.export"), eq(auditLog.targetId, String(organizationId)))).orderBy(auditLog.id);

const command = (organizationId: number, responseId: number | string, extra: Record<string, string>) => ({
  organizationId: String(organizationId),
  responseId: String(responseId),
  ...extra,
});

beforeAll(async () => {
  db = await getDb();
  orgA = await insertOrganization(db, { name: "Harbor Light Shelter" });
  orgB = await insertOrganization(db, { name: "Other Agency" });
  coordinatorA = await insertUser(db, { name: "Sam Coordinator" });
  coordinatorB = await insertUser(db);
  await insertMembership(db, coordinatorA.id, orgA.id);
  await insertMembership(db, coordinatorB.id, orgB.id, "owner");
  postingA = await insertOpportunity(db, orgA.id, { title: "Saturday pantry shift" });
  postingA2 = await insertOpportunity(db, orgA.id, { title: "Youth mentor" });
  postingB = await insertOpportunity(db, orgB.id, { title: "Their hotline" });
});

describe("the schemas", () => {
  it("know every status the database knows, and only those", () => {
    expect([...RESPONSE_STATUSES]).toEqual(responseStatus.enumValues);
  });

  it("read the inbox's address leniently: a bad value is dropped, the rest apply", () => {
    expect(parseInboxParams({ posting: "12", status: "contacted", page: "3" })).toEqual({ opportunityId: 12, status: "contacted", page: 3 });
    expect(parseInboxParams({ posting: "abc", status: "archived", page: "-2" })).toEqual({ opportunityId: undefined, status: undefined, page: 1 });
    expect(parseInboxParams({ posting: ["7", "8"], status: "", page: "1.5" })).toEqual({ opportunityId: 7, status: undefined, page: 1 });
    expect(parseInboxParams({})).toEqual({ opportunityId: undefined, status: undefined, page: 1 });
  });
});

describe("reading the inbox", () => {
  it("lists only the organization's responses, newest first, with posting titles and the total", async () => {
    const org = await insertOrganization(db);
    const coordinator = await insertUser(db);
    await insertMembership(db, coordinator.id, org.id);
    const posting = await insertOpportunity(db, org.id, { title: "Bake sale" });
    const other = await insertOpportunity(db, org.id, { title: "Clothing drive" });
    const start = Date.now() - 1000 * 60 * 60;
    const mine = [];
    for (let i = 0; i < PAGE_SIZE + 2; i++) {
      mine.push(await insertResponse(db, i % 2 ? other.id : posting.id, org.id, { createdAt: new Date(start + i * 1000), status: i < 3 ? "contacted" : "new" }));
    }
    const theirs = await insertResponse(db, postingB.id, orgB.id);
    const access = (await accessOf(coordinator.id, org.id))!;

    const first = await listResponses(access, { page: 1 });
    expect(first.total).toBe(PAGE_SIZE + 2);
    expect(first.pageCount).toBe(2);
    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(first.items[0]).toMatchObject({ id: mine.at(-1)!.id, name: mine.at(-1)!.name, postingTitle: "Bake sale" });
    const second = await listResponses(access, { page: 2 });
    expect(second.items.map((r) => r.id)).toEqual([mine[1]!.id, mine[0]!.id]);
    expect([...first.items, ...second.items].map((r) => r.id)).not.toContain(theirs.id);

    const byPosting = await listResponses(access, { opportunityId: other.id, page: 1 });
    expect(byPosting.total).toBe(13);
    expect(byPosting.items.every((r) => r.postingTitle === "Clothing drive")).toBe(true);
    const byStatus = await listResponses(access, { status: "contacted", page: 1 });
    expect(byStatus.items.map((r) => r.id).sort()).toEqual(mine.slice(0, 3).map((r) => r.id).sort());
    // Another organization's posting as a filter reveals nothing of it.
    expect(await listResponses(access, { opportunityId: postingB.id, page: 1 })).toMatchObject({ total: 0, items: [] });

    expect(await listPostingsWithResponses(access)).toEqual([
      { id: posting.id, title: "Bake sale", responses: 14 },
      { id: other.id, title: "Clothing drive", responses: 13 },
    ]);
  });

  it("reads one response with its history, oldest first, and nothing of another organization's", async () => {
    const response = await insertResponse(db, postingA.id, orgA.id, { availability: "Weekends" });
    const theirs = await insertResponse(db, postingB.id, orgB.id);
    signInAs(coordinatorA.id);
    expect(await addResponseNote(command(orgA.id, response.id, { note: "Left a voicemail." }))).toMatchObject({ ok: true });
    expect(await changeResponseStatus(command(orgA.id, response.id, { status: "contacted" }))).toMatchObject({ ok: true });

    const access = await accessA();
    const read = await getResponse(access, response.id);
    expect(read).toMatchObject({
      id: response.id,
      name: response.name,
      email: response.email,
      phone: response.phone,
      availability: "Weekends",
      status: "contacted",
      posting: { id: postingA.id, title: "Saturday pantry shift" },
    });
    expect(read!.events).toMatchObject([
      { kind: "note", note: "Left a voicemail.", actorName: "Sam Coordinator" },
      { kind: "status", fromStatus: "new", toStatus: "contacted", actorName: "Sam Coordinator" },
    ]);

    expect(await getResponse(access, theirs.id)).toBeNull();
    expect(await getResponse(access, 2_147_483_647)).toBeNull();
    expect(await getResponse(access, Number.NaN)).toBeNull();
    expect((await listPostingsWithResponses(access)).map((p) => p.id)).not.toContain(postingB.id);
  });
});

describe("working a response", () => {
  it("moves a response along, times the first move once, and records each move", async () => {
    const response = await insertResponse(db, postingA.id, orgA.id);
    signInAs(coordinatorA.id);
    expect(await changeResponseStatus(command(orgA.id, response.id, { status: "contacted" }))).toEqual({
      ok: true,
      responseId: response.id,
      organizationSlug: orgA.slug,
    });
    const contacted = await rowOf(response.id);
    expect(contacted.status).toBe("contacted");
    expect(contacted.firstStatusChangeAt).toBeInstanceOf(Date);

    expect(await changeResponseStatus(command(orgA.id, response.id, { status: "scheduled" }))).toMatchObject({ ok: true });
    const scheduled = await rowOf(response.id);
    expect(scheduled.status).toBe("scheduled");
    expect(scheduled.firstStatusChangeAt).toEqual(contacted.firstStatusChangeAt);

    // Backwards is refused, says why next to the field, and writes nothing.
    const back = await changeResponseStatus(command(orgA.id, response.id, { status: "new" }));
    expect(back).toMatchObject({ ok: false, message: "A response marked Scheduled cannot be changed to New.", fieldErrors: { status: [expect.any(String)] } });
    expect((await rowOf(response.id)).status).toBe("scheduled");

    expect(await eventsOf(response.id)).toMatchObject([
      { kind: "status", fromStatus: "new", toStatus: "contacted", actorUserId: coordinatorA.id, organizationId: orgA.id, note: null },
      { kind: "status", fromStatus: "contacted", toStatus: "scheduled", actorUserId: coordinatorA.id, organizationId: orgA.id, note: null },
    ]);
  });

  it("allows exactly the moves of the table", async () => {
    // Written out here rather than imported, so that a change to the table has to be a change to this test too.
    const allowed: Record<ResponseStatus, ResponseStatus[]> = {
      new: ["contacted", "scheduled", "placed", "declined"],
      contacted: ["scheduled", "placed", "declined"],
      scheduled: ["placed", "declined"],
      placed: [],
      declined: [],
      withdrawn: [],
    };
    signInAs(coordinatorA.id);
    for (const from of RESPONSE_STATUSES) {
      for (const to of RESPONSE_STATUSES) {
        const response = await insertResponse(db, postingA2.id, orgA.id, { status: from });
        const result = await changeResponseStatus(command(orgA.id, response.id, { status: to }));
        const expected = allowed[from].includes(to);
        expect(result?.ok, `${from} → ${to}`).toBe(expected);
        expect((await rowOf(response.id)).status, `${from} → ${to}`).toBe(expected ? to : from);
        expect(await eventsOf(response.id), `${from} → ${to}`).toHaveLength(expected ? 1 : 0);
        if (!expected) expect(result).toMatchObject({ message: expect.stringMatching(/already marked|cannot be changed|Only the volunteer can withdraw/) });
      }
    }
  });

  it("tells a coordinator who asks to withdraw a response that only the volunteer can", async () => {
    const response = await insertResponse(db, postingA2.id, orgA.id, { status: "contacted" });
    signInAs(coordinatorA.id);
    expect(await changeResponseStatus(command(orgA.id, response.id, { status: "withdrawn" }))).toMatchObject({ ok: false, message: ONLY_THE_VOLUNTEER_WITHDRAWS });
    expect((await rowOf(response.id)).status).toBe("contacted");
  });

  it("adds notes of one line or many, each an event of its own", async () => {
    const response = await insertResponse(db, postingA.id, orgA.id);
    signInAs(coordinatorA.id);
    expect(await addResponseNote(command(orgA.id, response.id, { note: "  Called, no answer.  " }))).toMatchObject({ ok: true });
    expect(await addResponseNote(command(orgA.id, response.id, { note: "Spoke with them.\r\nStarts on the 12th.\n  Bring ID." }))).toMatchObject({ ok: true });
    expect(await addResponseNote(command(orgA.id, response.id, { note: "x".repeat(2000) }))).toMatchObject({ ok: true });
    expect(await eventsOf(response.id)).toMatchObject([
      { kind: "note", note: "Called, no answer.", fromStatus: null, toStatus: null, actorUserId: coordinatorA.id, organizationId: orgA.id },
      { kind: "note", note: "Spoke with them.\r\nStarts on the 12th.\n  Bring ID." },
      { kind: "note", note: "x".repeat(2000) },
    ]);
    // A note is not a move: the response is still new and its first move not yet timed.
    expect(await rowOf(response.id)).toMatchObject({ status: "new", firstStatusChangeAt: null });
  });

  it("refuses bad input field by field and writes nothing", async () => {
    const response = await insertResponse(db, postingA.id, orgA.id);
    signInAs(coordinatorA.id);
    const cases: [Record<string, unknown>, "status" | "note", string[]][] = [
      [{ organizationId: "abc", responseId: String(response.id), status: "contacted" }, "status", ["organizationId"]],
      [{ organizationId: String(orgA.id), responseId: "12abc", status: "contacted" }, "status", ["responseId"]],
      [{ organizationId: String(orgA.id), responseId: "-1", status: "contacted" }, "status", ["responseId"]],
      [{ organizationId: String(orgA.id), responseId: "1.5", status: "contacted" }, "status", ["responseId"]],
      [{ organizationId: String(orgA.id), responseId: String(response.id), status: "archived" }, "status", ["status"]],
      [{ organizationId: String(orgA.id), responseId: String(response.id) }, "status", ["status"]],
      [{ organizationId: String(orgA.id), responseId: String(response.id), note: "   " }, "note", ["note"]],
      [{ organizationId: String(orgA.id), responseId: String(response.id), note: "x".repeat(2001) }, "note", ["note"]],
      [{ organizationId: String(orgA.id), responseId: "x", note: "" }, "note", ["note", "responseId"]],
    ];
    for (const [input, form, fields] of cases) {
      const result = form === "status" ? await changeResponseStatus(input) : await addResponseNote(input);
      expect(result, JSON.stringify(input).slice(0, 100)).toMatchObject({ ok: false, message: "Please correct the highlighted fields." });
      expect(Object.keys((result as { fieldErrors: object }).fieldErrors).sort()).toEqual(fields);
    }
    for (const input of [null, "organizationId=1", [], 42]) {
      expect(await changeResponseStatus(input)).toMatchObject({ ok: false });
      expect(await addResponseNote(input)).toMatchObject({ ok: false });
    }
    expect(await rowOf(response.id)).toMatchObject({ status: "new", firstStatusChangeAt: null });
    expect(await eventsOf(response.id)).toEqual([]);
  });
});

describe("another organization's responses", () => {
  it("cannot be changed or noted, by their id with either organization, and the refusal reveals nothing", async () => {
    const theirs = await insertResponse(db, postingB.id, orgB.id);
    const before = await rowOf(theirs.id);
    signInAs(coordinatorA.id);
    const attempts = [
      // Their response with our organization: no row matches.
      () => changeResponseStatus(command(orgA.id, theirs.id, { status: "contacted" })),
      () => addResponseNote(command(orgA.id, theirs.id, { note: "Hello" })),
      // Their response with their organization: we are not members.
      () => changeResponseStatus(command(orgB.id, theirs.id, { status: "contacted" })),
      () => addResponseNote(command(orgB.id, theirs.id, { note: "Hello" })),
      // An id that exists nowhere answers the very same words.
      () => changeResponseStatus(command(orgA.id, 2_000_000_000, { status: "contacted" })),
      () => addResponseNote(command(orgA.id, 2_000_000_000, { note: "Hello" })),
    ];
    for (const attempt of attempts) {
      const result = await attempt();
      expect(result).toEqual({ ok: false, message: NO_ACCESS, fieldErrors: {} });
    }
    expect(await rowOf(theirs.id)).toEqual(before);
    expect(await eventsOf(theirs.id)).toEqual([]);
    expect(await db.$count(responseEvents, eq(responseEvents.organizationId, orgB.id))).toBe(0);

    // Their own coordinator still can: the refusal above was about who asked.
    signInAs(coordinatorB.id);
    expect(await changeResponseStatus(command(orgB.id, theirs.id, { status: "contacted" }))).toMatchObject({ ok: true });
  });
});

describe("who is refused", () => {
  it("refuses coordinators of a pending or suspended organization, a disabled user and a signed-out caller", async () => {
    const pending = await insertOrganization(db, { status: "pending" });
    const suspended = await insertOrganization(db, { status: "suspended" });
    const pendingCoordinator = await insertUser(db);
    const suspendedCoordinator = await insertUser(db);
    const disabled = await insertUser(db, { disabledAt: new Date() });
    await insertMembership(db, pendingCoordinator.id, pending.id, "owner");
    await insertMembership(db, suspendedCoordinator.id, suspended.id, "owner");
    await insertMembership(db, disabled.id, orgA.id);
    // Responses that sit in each organization, e.g. from before a suspension.
    const inPending = await insertResponse(db, (await insertOpportunity(db, pending.id, { status: "draft" })).id, pending.id);
    const inSuspended = await insertResponse(db, (await insertOpportunity(db, suspended.id)).id, suspended.id);
    const inA = await insertResponse(db, postingA.id, orgA.id);

    const cases: [number | null, number, number, string][] = [
      [pendingCoordinator.id, pending.id, inPending.id, NO_ACCESS],
      [suspendedCoordinator.id, suspended.id, inSuspended.id, NO_ACCESS],
      [disabled.id, orgA.id, inA.id, SIGNED_OUT],
      [null, orgA.id, inA.id, SIGNED_OUT],
    ];
    for (const [userId, organizationId, responseId, message] of cases) {
      signInAs(userId);
      expect(await changeResponseStatus(command(organizationId, responseId, { status: "contacted" }))).toEqual({ ok: false, message, fieldErrors: {} });
      expect(await addResponseNote(command(organizationId, responseId, { note: "Hello" }))).toEqual({ ok: false, message, fieldErrors: {} });
      if (userId !== null) expect(await accessOf(userId, organizationId)).toBeNull();
    }
    for (const id of [inPending.id, inSuspended.id, inA.id]) {
      expect(await rowOf(id)).toMatchObject({ status: "new", firstStatusChangeAt: null });
      expect(await eventsOf(id)).toEqual([]);
    }

    // Access is read from the database on each request: suspending A takes it from A's coordinator at once.
    await db.update(organizations).set({ status: "suspended" }).where(eq(organizations.id, orgA.id));
    try {
      signInAs(coordinatorA.id);
      expect(await accessOf(coordinatorA.id, orgA.id)).toBeNull();
      expect(await changeResponseStatus(command(orgA.id, inA.id, { status: "contacted" }))).toEqual({ ok: false, message: NO_ACCESS, fieldErrors: {} });
    } finally {
      await db.update(organizations).set({ status: "approved" }).where(eq(organizations.id, orgA.id));
    }
  });

  it("refuses an access granted for another capability", async () => {
    const viewer = await loadViewer(db, { userId: coordinatorA.id, signedInAt: new Date(), sessionId: crypto.randomUUID() });
    const view = organizationAccess(viewer, orgA.id, "view")!;
    await expect(listResponses(view, { page: 1 })).rejects.toThrow(/responses/);
    await expect(exportResponsesCsv(view, {})).rejects.toThrow(/responses/);
  });
});

describe("the CSV export", () => {
  it("holds exactly the organization's responses, escaped and safe to open in a spreadsheet, and is audited once", async () => {
    const org = await insertOrganization(db);
    const coordinator = await insertUser(db);
    await insertMembership(db, coordinator.id, org.id);
    const posting = await insertOpportunity(db, org.id, { title: 'Drive, "spring" edition' });
    const t = Date.now() - 60_000;
    await insertResponse(db, posting.id, org.id, {
      createdAt: new Date(t),
      name: "=HYPERLINK(\"http://evil.example\",\"Click\")",
      phone: "+1 207 555 0100",
      availability: "-2+3",
      message: "@SUM(A1)\nSecond line, with a comma",
      email: "tricky;=cmd@example.net",
    });
    const plain = await insertResponse(db, posting.id, org.id, { createdAt: new Date(t + 1000), name: "Ana O'Neil", message: "\tTabbed", availability: "\rReturn" });
    const contacted = await insertResponse(db, posting.id, org.id, { createdAt: new Date(t + 2000), name: "Kim Lee", status: "contacted", message: null, phone: null });
    const theirs = await insertResponse(db, postingB.id, orgB.id, { name: "Not Ours" });
    const access = (await accessOf(coordinator.id, org.id))!;
    const auditsBefore = await db.$count(auditLog);

    const csv = await exportResponsesCsv(access, {});
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(["Posting", "Received", "Status", "Name", "E-mail", "Phone", "Availability", "Message"]);
    expect(rows.slice(1).map((r) => r[4])).toEqual([contacted.email, plain.email, "tricky;'=cmd@example.net"]);
    expect(csv).not.toContain(theirs.email!);
    expect(csv).not.toContain("Not Ours");

    const [, kim, ana, evil] = rows;
    expect(kim).toEqual([posting.title, expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/), "Contacted", "Kim Lee", contacted.email, "", "", ""]);
    expect(ana!.slice(3)).toEqual(["Ana O'Neil", plain.email, "(207) 555-0199", "'\rReturn", "'\tTabbed"]);
    expect(evil!.slice(2)).toEqual(["New", "'=HYPERLINK(\"http://evil.example\",\"Click\")", "tricky;'=cmd@example.net", "'+1 207 555 0100", "'-2+3", "'@SUM(A1)\nSecond line, with a comma"]);
    // Every cell quoted, quotes doubled.
    expect(csv.slice(1).split("\r\n")[0]).toBe('"Posting","Received","Status","Name","E-mail","Phone","Availability","Message"');
    expect(csv).toContain(`"${kim![0]!.replaceAll('"', '""')}","${kim![1]}","Contacted","Kim Lee"`);
    // A formula after a semicolon is neutralised too.
    expect(evil![4]).toBe("tricky;'=cmd@example.net");
    expect(csv).toContain('"Drive, ""spring"" edition"');
    expect(csv).toContain('"\'=HYPERLINK(""http://evil.example"",""Click"")"');
    expect(csv).toContain('"\'@SUM(A1)\nSecond line, with a comma"');
    // No cell of the file starts a formula.
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

    expect(await db.$count(auditLog)).toBe(auditsBefore + 1);
    const [audit] = await exportAudits(org.id);
    expect(audit).toMatchObject({ actorUserId: coordinator.id, targetType: "organization", targetId: String(org.id), details: { count: 3 } });
    // The audit row names counts and ids, never the volunteers.
    expect(JSON.stringify(audit)).not.toMatch(/HYPERLINK|Ana|Kim|example\.net/);

    const filtered = parseCsv((await exportResponsesCsv(access, { status: "contacted" })).slice(1));
    expect(filtered.slice(1).map((r) => r[3])).toEqual(["Kim Lee"]);
    expect(parseCsv((await exportResponsesCsv(access, { opportunityId: postingB.id })).slice(1))).toHaveLength(1);
    expect((await exportAudits(org.id)).map((a) => a.details)).toEqual([
      { count: 3 },
      { count: 1, status: "contacted" },
      { count: 0, opportunityId: postingB.id },
    ]);
    // Nothing of B was read, and B's audit trail is untouched.
    expect(await exportAudits(orgB.id)).toEqual([]);
  });
});

/** RFC 4180, enough to read back what the export wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += char;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

// Keeps the helper honest: a parser that read everything as one cell would pass the checks above vacuously.
describe("the test's CSV reader", () => {
  it("splits cells and rows and reads quoted cells", () => {
    expect(parseCsv('a,"b,""c""\r\nd"\r\ne,\r\n')).toEqual([["a", 'b,"c"\r\nd'], ["e", ""]]);
  });
});
