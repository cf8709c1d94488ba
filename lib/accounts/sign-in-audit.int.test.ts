/**
 * A burst of sign-in attempts on one address is one audit entry per 15
 * minutes, naming the account when there is one and never the address.
 */
import { eq, like, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, rateLimits } from "@/db/schema";
import { insertUser } from "@/lib/testing/fixtures";
import { recordClientSignInBurst, recordSignInBurst } from "./sign-in-audit";
import { keyedHash } from "@/lib/auth/keyed-hash";

const sha256 = (text: string) => keyedHash("sign-in-burst", text);
const burstRows = async () => (await getDb()).select().from(auditLog).where(eq(auditLog.action, "auth.sign_in_burst"));
const rowsFor = async (emailHash: string) => (await burstRows()).filter((row) => (row.details as { emailHash?: string } | null)?.emailHash === emailHash);

/** Plays the clock forward: every burst window has passed. */
const endWindows = async () => (await getDb()).update(rateLimits).set({ resetAt: sql`now() - interval '1 second'` }).where(like(rateLimits.key, "sign-in-%burst-audit:%"));

describe("recordSignInBurst", () => {
  it("writes one entry per window for an account, with its id and a hash of its address", async () => {
    const db = await getDb();
    const account = await insertUser(db, { email: `Target.${Date.now().toString(36)}@Example.org` });
    const address = account.email.toLowerCase();

    for (let i = 0; i < 5; i++) await recordSignInBurst(i % 2 === 0 ? account.email : `  ${address.toUpperCase()} `);
    const rows = await rowsFor(sha256(address));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorUserId: null, targetType: "user", targetId: String(account.id), reason: expect.stringContaining("one account address"), details: { emailHash: sha256(address) } });

    await endWindows();
    await recordSignInBurst(account.email);
    await recordSignInBurst(account.email);
    expect(await rowsFor(sha256(address))).toHaveLength(2);
  });

  it("says unknown for an address without an account, and stores no address anywhere", async () => {
    const address = `nobody.${Date.now().toString(36)}@example.net`;
    await recordSignInBurst(address);
    await recordSignInBurst(address);
    const rows = await rowsFor(sha256(address));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ targetType: "user", targetId: "unknown" });

    const db = await getDb();
    const everything = JSON.stringify([await db.select().from(auditLog), await db.select().from(rateLimits)]);
    expect(everything).not.toContain(address);
    expect(everything).not.toContain(address.split("@")[0]);
  });

  it("writes one entry per window for a client trying many accounts, keeping only a keyed hash of its address", async () => {
    const client = `198.51.100.${Date.now() % 250}`;
    const clientHash = keyedHash("sign-in-client-burst", client);
    const clientRows = async () => (await burstRows()).filter((row) => (row.details as { clientHash?: string } | null)?.clientHash === clientHash);
    for (let i = 0; i < 4; i++) await recordClientSignInBurst(client);
    const rows = await clientRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorUserId: null, targetType: "client", targetId: clientHash.slice(0, 16), reason: expect.stringContaining("one client") });
    await endWindows();
    await recordClientSignInBurst(client);
    expect(await clientRows()).toHaveLength(2);
    const db = await getDb();
    expect(JSON.stringify([await db.select().from(auditLog), await db.select().from(rateLimits)])).not.toContain(client);
  });
});
