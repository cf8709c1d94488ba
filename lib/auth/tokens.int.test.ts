/** Single-use links against the real database. */
import { eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { getDb, type Database } from "@/db/client";
import { authTokens, users } from "@/db/schema";
import { consumeToken, issueToken } from "./tokens";

let db: Database;
let userId: number;

beforeAll(async () => {
  db = await getDb();
  const [user] = await db.insert(users).values({ email: "coordinator@example.org", name: "Sam" }).returning();
  userId = user!.id;
});

it("stores only a hash and works exactly once", async () => {
  const token = await issueToken(db, userId, "reset_password");
  expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  const stored = await db.select().from(authTokens).where(eq(authTokens.userId, userId));
  expect(JSON.stringify(stored)).not.toContain(token);

  expect(await consumeToken(db, token, "verify_email")).toBeNull();
  expect(await consumeToken(db, token, "reset_password")).toBe(userId);
  expect(await consumeToken(db, token, "reset_password")).toBeNull();
});

it("two clicks at once: only one wins", async () => {
  const token = await issueToken(db, userId, "verify_email");
  const results = await Promise.all([consumeToken(db, token, "verify_email"), consumeToken(db, token, "verify_email")]);
  expect(results.filter((r) => r === userId)).toHaveLength(1);
});

it("an expired link, an older link and a made-up one do nothing", async () => {
  const older = await issueToken(db, userId, "reset_password");
  const newer = await issueToken(db, userId, "reset_password");
  expect(await consumeToken(db, older, "reset_password")).toBeNull();

  await db.update(authTokens).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(authTokens.userId, userId));
  expect(await consumeToken(db, newer, "reset_password")).toBeNull();
  for (const made of ["", "x".repeat(1000), "\u0000", "' or 1=1 --"]) expect(await consumeToken(db, made, "reset_password")).toBeNull();
});
