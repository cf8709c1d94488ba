/**
 * Sign-up cannot be used to take over an address before its owner arrives:
 * the newest sign-up's password replaces an unconfirmed one, and confirming
 * needs the password as well as the link from the mailbox.
 */
import { desc, eq, sql } from "drizzle-orm";
import { beforeEach, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { outbox, rateLimits, users } from "@/db/schema";
import { confirmEmail, signUp } from "./accounts";
import { checkCredentials } from "@/lib/auth/credentials";

beforeEach(async () => {
  // Every call here comes from the same address: give each test a fresh allowance.
  await (await getDb()).delete(rateLimits).where(sql`true`);
});

async function newestConfirmationToken(email: string): Promise<string> {
  const db = await getDb();
  const [mail] = await db.select({ text: outbox.text }).from(outbox).where(eq(outbox.to, email)).orderBy(desc(outbox.id)).limit(1);
  return /confirm-email\?token=([A-Za-z0-9_-]+)/.exec(mail!.text)![1]!;
}

it("an address registered first by someone else is confirmed only with its owner's password", async () => {
  const db = await getDb();
  const address = "owner.of.this.mailbox@example.org";
  expect(await signUp({ name: "Someone Else", email: address, password: "the squatter's password" })).toEqual({ ok: true });
  const squattersLink = await newestConfirmationToken(address);
  expect(await signUp({ name: "Real Owner", email: address, password: "the owner's own password" })).toEqual({ ok: true });
  const ownersLink = await newestConfirmationToken(address);

  // The squatter's password is gone; the first link no longer works at all.
  expect(await checkCredentials(db, address, "the squatter's password")).toEqual({ ok: false, reason: "invalid" });
  expect(await confirmEmail({ token: squattersLink, password: "the owner's own password" })).toMatchObject({ ok: false });
  // The owner's link, opened with the wrong password, refuses and stays usable.
  expect(await confirmEmail({ token: ownersLink, password: "the squatter's password" })).toMatchObject({ ok: false, fieldErrors: { password: [expect.any(String)] } });
  expect(await confirmEmail({ token: ownersLink, password: "the owner's own password" })).toEqual({ ok: true });
  expect(await checkCredentials(db, address, "the owner's own password")).toMatchObject({ ok: true });
});

it("a disabled account's confirmation link confirms nothing", async () => {
  const db = await getDb();
  const address = "disabled.before.confirming@example.org";
  await signUp({ name: "Disabled", email: address, password: "a passphrase to confirm" });
  const link = await newestConfirmationToken(address);
  await db.update(users).set({ disabledAt: new Date() }).where(eq(users.email, address));
  expect(await confirmEmail({ token: link, password: "a passphrase to confirm" })).toMatchObject({ ok: false, message: expect.stringContaining("expired") });
  const [user] = await db.select({ emailVerifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.email, address));
  expect(user!.emailVerifiedAt).toBeNull();
});

it("a confirmed account keeps its password whatever sign-up is tried again", async () => {
  const db = await getDb();
  const address = "already.confirmed@example.org";
  await signUp({ name: "First", email: address, password: "the first password" });
  await confirmEmail({ token: await newestConfirmationToken(address), password: "the first password" });
  expect(await signUp({ name: "Second", email: address, password: "a second password" })).toEqual({ ok: true });
  expect(await checkCredentials(db, address, "the first password")).toMatchObject({ ok: true });
  expect(await checkCredentials(db, address, "a second password")).toEqual({ ok: false, reason: "invalid" });
  const [mail] = await db.select({ subject: outbox.subject }).from(outbox).where(eq(outbox.to, address)).orderBy(desc(outbox.id)).limit(1);
  expect(mail!.subject).toBe("You already have an account");
});

it("dates a sign-in by the database's clock", async () => {
  const db = await getDb();
  const address = "clock.check@example.org";
  await signUp({ name: "Clock", email: address, password: "a clock passphrase" });
  await confirmEmail({ token: await newestConfirmationToken(address), password: "a clock passphrase" });
  const check = await checkCredentials(db, address, "a clock passphrase");
  expect(check.ok).toBe(true);
  const checkedAt = (check as { checkedAt: Date }).checkedAt;
  expect(Number.isNaN(checkedAt.getTime())).toBe(false);
  expect(Math.abs(checkedAt.getTime() - Date.now())).toBeLessThan(60_000);
});

it("refuses a guessable new password at sign-up, with the reason next to the field, and creates nothing", async () => {
  const db = await getDb();
  const address = "guessable.password@example.org";
  // Long enough and absent from the short list the browser checks, but in the breached and common lists.
  const refused = await signUp({ name: "Guessable", email: address, password: "letmeinplease" });
  expect(refused).toMatchObject({ ok: false, fieldErrors: { password: [expect.stringMatching(/\S/)] } });
  expect(await db.select({ id: users.id }).from(users).where(eq(users.email, address))).toEqual([]);
  expect(await signUp({ name: "Guessable", email: address, password: "gulls over the breakwater" })).toEqual({ ok: true });
});
