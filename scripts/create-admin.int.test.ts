/**
 * `npm run admin:create`: makes or promotes an admin, with its audit row, and
 * prints a one-time link whose token sets the password once. The command's
 * work runs in-process against the test database; the script itself is also
 * run as the package script runs it, to prove it still starts and refuses.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb, type Database } from "@/db/client";
import { auditLog, authTokens, users } from "@/db/schema";
import { insertUser } from "@/lib/testing/fixtures";
import { resetPassword } from "@/lib/accounts/accounts";
import { verifyPassword } from "@/lib/auth/password";
import { siteUrl } from "@/lib/site";
import { runCreateAdmin } from "./create-admin";

vi.mock("@/lib/auth/session", () => import("@/lib/auth/testing/session-mock"));

let db: Database;

beforeAll(async () => {
  db = await getDb();
});

/** Runs the command with these arguments; what it printed, line by line. */
async function run(...args: string[]) {
  const log: string[] = [];
  const error: string[] = [];
  const code = await runCreateAdmin(args, { log: (line) => log.push(line), error: (line) => error.push(line) });
  return { code, log, error };
}

const LINK = new RegExp(`^${siteUrl().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/reset-password\\?token=([A-Za-z0-9_-]{43})$`);

function tokenOf(log: string[]): string {
  const match = LINK.exec(log[1] ?? "");
  expect(match, `a link on the second line: ${log[1]}`).not.toBeNull();
  return match![1]!;
}

async function userByEmail(email: string) {
  const [user] = await db.select().from(users).where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return user;
}

async function auditRowsAbout(userId: number) {
  return db
    .select({ actorUserId: auditLog.actorUserId, action: auditLog.action, reason: auditLog.reason, details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.targetType, "user"), eq(auditLog.targetId, String(userId))));
}

describe("npm run admin:create", () => {
  it("creates an admin, prints a one-time link and writes the audit row", async () => {
    const { code, log, error } = await run("--email", " New.Admin@Example.org ", "--name", "  Ada Admin ", "--embedded");
    expect({ code, error }).toEqual({ code: 0, error: [] });
    expect(log).toHaveLength(2);
    expect(log[0]).toBe("new.admin@example.org is an admin. Open this link within 60 minutes to set the password (it works once):");
    tokenOf(log);

    const user = await userByEmail("new.admin@example.org");
    expect(user).toMatchObject({ email: "new.admin@example.org", name: "Ada Admin", role: "admin", passwordHash: null, disabledAt: null });
    expect(await auditRowsAbout(user!.id)).toEqual([{ actorUserId: null, action: "user.role_change", reason: "npm run admin:create", details: { to: "admin" } }]);
    // Only the token's hash is kept.
    const tokens = await db.select({ tokenHash: authTokens.tokenHash, purpose: authTokens.purpose }).from(authTokens).where(eq(authTokens.userId, user!.id));
    expect(tokens).toEqual([{ tokenHash: expect.stringMatching(/^[0-9a-f]{64}$/), purpose: "reset_password" }]);
    expect(log.join("\n")).not.toContain(tokens[0]!.tokenHash);
  });

  it("names a new admin after the address when no name is given", async () => {
    const { code } = await run("--email", "harbor.admin@example.org", "--embedded");
    expect(code).toBe(0);
    expect(await userByEmail("harbor.admin@example.org")).toMatchObject({ name: "harbor.admin", role: "admin" });
  });

  it("gives a link whose token sets the password once; a second use fails", async () => {
    const { log } = await run("--email", "link.once@example.org", "--embedded");
    const token = tokenOf(log);

    expect(await resetPassword({ token, password: "a lighthouse on the coast" })).toEqual({ ok: true });
    const user = await userByEmail("link.once@example.org");
    expect(await verifyPassword(user!.passwordHash!, "a lighthouse on the coast")).toBe(true);
    expect(user!.emailVerifiedAt).not.toBeNull();

    expect(await resetPassword({ token, password: "someone else's password" })).toEqual({
      ok: false,
      message: "This link has expired or was already used. Ask for a new one.",
      fieldErrors: {},
    });
    const after = await userByEmail("link.once@example.org");
    expect(after!.passwordHash).toBe(user!.passwordHash);
  });

  it("promotes an existing account, enabling it again, without making a second one", async () => {
    const existing = await insertUser(db, { email: "Long.Time.Volunteer@example.org", name: "Pat Volunteer", disabledAt: new Date() });
    const accounts = await db.$count(users);
    const { code, log } = await run("--email", "long.time.volunteer@example.org", "--embedded");
    expect(code).toBe(0);
    expect(log[0]).toMatch(/^long\.time\.volunteer@example\.org is an admin\./);
    expect(await db.$count(users)).toBe(accounts);
    const [user] = await db.select().from(users).where(eq(users.id, existing.id));
    expect(user).toMatchObject({ role: "admin", disabledAt: null, name: "Pat Volunteer", email: "Long.Time.Volunteer@example.org" });
    expect(await auditRowsAbout(existing.id)).toEqual([{ actorUserId: null, action: "user.role_change", reason: "npm run admin:create", details: { to: "admin" } }]);
    expect(await resetPassword({ token: tokenOf(log), password: "promoted and trusted" })).toEqual({ ok: true });
  });

  it("makes only the newest link work when run again", async () => {
    const first = tokenOf((await run("--email", "twice@example.org", "--embedded")).log);
    const second = tokenOf((await run("--email", "twice@example.org", "--embedded")).log);
    expect(second).not.toBe(first);
    expect(await resetPassword({ token: first, password: "the first link's password" })).toMatchObject({ ok: false });
    expect(await resetPassword({ token: second, password: "the second link's password" })).toEqual({ ok: true });
  });

  it("refuses a missing or bad address, or the embedded database without --embedded, and writes nothing", async () => {
    const before = { users: await db.$count(users), audit: await db.$count(auditLog), tokens: await db.$count(authTokens) };
    const badAddress = "Give the new admin's address: npm run admin:create -- --email someone@example.org";
    expect(await run("--embedded")).toEqual({ code: 1, log: [], error: [badAddress] });
    expect(await run("--email", "not-an-address", "--embedded")).toEqual({ code: 1, log: [], error: [badAddress] });
    expect(await run("--email", "'; drop table users; --@example.org", "--embedded")).toEqual({ code: 1, log: [], error: [badAddress] });

    vi.stubEnv("DATABASE_URL", undefined);
    try {
      expect(await run("--email", "no.flag@example.org")).toEqual({
        code: 1,
        log: [],
        error: ["DATABASE_URL is not set. To use the embedded database, stop the site and add --embedded."],
      });
    } finally {
      vi.unstubAllEnvs();
    }
    expect({ users: await db.$count(users), audit: await db.$count(auditLog), tokens: await db.$count(authTokens) }).toEqual(before);
  });
});

describe("the script, run as npm runs it", () => {
  const exec = promisify(execFile);
  const script = (args: string[], env: Record<string, string | undefined>) =>
    exec(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/create-admin.ts", ...args], { env: { ...process.env, ...env }, timeout: 110_000 });

  // On the test's PostgreSQL database when there is one; otherwise on a fresh embedded one (slow: it migrates first).
  it("makes an admin and prints the link", { timeout: 120_000 }, async () => {
    const { stdout, stderr } = await script(["--email", "first.admin@example.org", "--embedded"], {
      DATABASE_URL: process.env.DATABASE_URL ?? "",
      PGLITE_DIR: "memory://",
      DEMO_DATA: "off",
      SITE_URL: "https://volunteer.example.org",
    });
    expect(stderr).toBe("");
    expect(stdout.trimEnd().split("\n")).toEqual([
      "first.admin@example.org is an admin. Open this link within 60 minutes to set the password (it works once):",
      expect.stringMatching(/^https:\/\/volunteer\.example\.org\/reset-password\?token=[A-Za-z0-9_-]{43}$/),
    ]);
  });

  it("exits with 1 and says why when the address is missing", async () => {
    const failure = await script([], { DATABASE_URL: "" }).then(
      () => null,
      (error: { code?: number; stderr?: string }) => error,
    );
    expect(failure).toMatchObject({ code: 1, stderr: "Give the new admin's address: npm run admin:create -- --email someone@example.org\n" });
  });
});
