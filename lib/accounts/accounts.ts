import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb, rowsOf, type Transaction } from "@/db/client";
import { passwordResetRequests, users } from "@/db/schema";
import { ActionError, guardedAction } from "@/lib/actions/guard";
import { enqueueMail } from "@/lib/email/outbox";
import { hitRateLimit } from "@/lib/rate-limit/rate-limit";
import { site, siteUrl } from "@/lib/site";
import { decoyPasswordHash, hashPassword, verifyPassword } from "@/lib/auth/password";
import { confirmEmailSchema, requestResetSchema } from "@/lib/auth/schemas";
import { resetPasswordServerSchema, signUpServerSchema } from "@/lib/auth/server-schemas";
import { consumeToken, issueToken, peekToken, TOKEN_LIFETIME_MINUTES } from "@/lib/auth/tokens";
import { sameAddress } from "@/lib/text-match";
import { AFTER_SIGN_IN } from "@/lib/auth/places";

const SIGN_UPS_PER_ADDRESS = { name: "sign-up", limit: 10, windowSeconds: 60 * 60 };
const RESETS_PER_ADDRESS = { name: "reset", limit: 10, windowSeconds: 60 * 60 };
const TOKEN_USES_PER_ADDRESS = { name: "token", limit: 30, windowSeconds: 60 * 60 };
/** Nobody can make the site mail one address over and over. */
const MAILS_PER_ACCOUNT_ADDRESS = { name: "account-mail", limit: 5, windowSeconds: 60 * 60 };

const byEmail = (email: string) => sameAddress(users.email, email);

/**
 * Creates an account and mails a link to confirm the address. An address that
 * already has an account gets a mail saying so instead, and the page answers
 * the same either way: nobody learns from sign-up who has an account.
 */
export const signUp = guardedAction({ kind: "public", rateLimit: SIGN_UPS_PER_ADDRESS }, signUpServerSchema, async (input) => {
  // Hashed whether or not it is used, so both answers take as long.
  const passwordHash = await hashPassword(input.password);
  if (!(await hitRateLimit(MAILS_PER_ACCOUNT_ADDRESS, input.email)).ok) return { ok: true } as const;
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({ name: input.name, email: input.email, passwordHash })
      .onConflictDoNothing()
      .returning({ id: users.id });
    if (created) {
      await sendConfirmation(tx, created.id, input.email, input.returnTo);
      return;
    }
    const [existing] = await tx.select({ id: users.id, emailVerifiedAt: users.emailVerifiedAt }).from(users).where(byEmail(input.email)).limit(1);
    if (existing && !existing.emailVerifiedAt) {
      // Nobody has proved this mailbox yet: the newest sign-up's name and password win, and any
      // session of an earlier one ends, so whoever registered the address first gains nothing.
      await tx
        .update(users)
        .set({ name: input.name, passwordHash, sessionsValidAfter: sql`now()`, updatedAt: sql`now()` })
        .where(eq(users.id, existing.id));
      await sendConfirmation(tx, existing.id, input.email, input.returnTo);
      return;
    }
    await enqueueMail(tx, {
      to: input.email,
      subject: "You already have an account",
      text: [
        `Someone, probably you, tried to create an account on the ${site.name} with this address, which already has one.`,
        "",
        `Sign in: ${siteUrl()}/signin`,
        `Forgotten your password? Choose a new one: ${siteUrl()}/forgot-password`,
        "",
        "If it was not you, you can ignore this message: nothing has changed.",
      ].join("\n"),
    });
  });
  return { ok: true } as const;
});

/** Queues the mail with a fresh link to confirm the address (used at sign-up and when an unconfirmed account signs in). */
async function sendConfirmation(tx: Transaction, userId: number, email: string, returnTo?: string): Promise<void> {
  const token = await issueToken(tx, userId, "verify_email");
  const next = returnTo && returnTo !== AFTER_SIGN_IN ? `&${new URLSearchParams({ returnTo })}` : "";
  await enqueueMail(tx, {
    to: email,
    subject: "Confirm your e-mail address",
    text: [
      "Please confirm your e-mail address to finish creating your account:",
      "",
      `${siteUrl()}/confirm-email?token=${token}${next}`,
      "",
      `The link works once, for ${TOKEN_LIFETIME_MINUTES.verify_email / 60} hours. If you did not create an account, ignore this message.`,
    ].join("\n"),
  });
}

/** Mails a new confirmation link to an unconfirmed account (after the right password), within the mail limit. */
export async function resendConfirmation(email: string): Promise<void> {
  if (!(await hitRateLimit(MAILS_PER_ACCOUNT_ADDRESS, email)).ok) return;
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(and(byEmail(email), isNull(users.emailVerifiedAt), isNull(users.disabledAt))).limit(1);
    if (user) await sendConfirmation(tx, user.id, email);
  });
}

/**
 * Follows a confirmation link. The link proves the mailbox; the password
 * proves it is the same person who chose it, so someone who registered
 * another person's address first can never have it confirmed for them.
 */
export const confirmEmail = guardedAction({ kind: "public", rateLimit: TOKEN_USES_PER_ADDRESS }, confirmEmailSchema, async (input) => {
  const db = await getDb();
  const userId = await peekToken(db, input.token, "verify_email");
  // A disabled account's link is spent like an expired one, as its reset and resent links are.
  const [user] = userId === null ? [] : await db.select({ passwordHash: users.passwordHash }).from(users).where(and(eq(users.id, userId), isNull(users.disabledAt))).limit(1);
  const matches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);
  if (!user) throw new ActionError("This link has expired or was already used. Sign in to get a new one.");
  if (!matches) throw new ActionError("Please correct the highlighted fields.", { password: ["That is not the password you chose for this account."] });
  const confirmed = await db.transaction(async (tx) => {
    const consumed = await consumeToken(tx, input.token, "verify_email");
    if (consumed === null || consumed !== userId) return false;
    await tx.update(users).set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`, updatedAt: sql`now()` }).where(eq(users.id, consumed));
    return true;
  });
  if (!confirmed) throw new ActionError("This link has expired or was already used. Sign in to get a new one.");
  return { ok: true } as const;
});

/**
 * Takes a "forgotten password" request. The same answer, and the same work,
 * whether or not the address has an account: the request is only queued, and
 * the mail worker (processPasswordResetRequests) looks the address up later.
 * So neither the answer nor its timing tells who has an account.
 */
export const requestPasswordReset = guardedAction({ kind: "public", rateLimit: RESETS_PER_ADDRESS }, requestResetSchema, async (input) => {
  if (!(await hitRateLimit(MAILS_PER_ACCOUNT_ADDRESS, input.email)).ok) return { ok: true } as const;
  const db = await getDb();
  await db.insert(passwordResetRequests).values({ email: input.email });
  return { ok: true } as const;
});

/** How many queued requests one round of the worker takes; the rest wait for the next round. */
const RESET_REQUESTS_PER_ROUND = 100;

/**
 * For the mail worker: takes the queued "forgotten password" requests and,
 * for each address with an enabled account, issues a reset link and queues
 * the mail, in the transaction that removes the request. Safe on several
 * servers at once (each request is claimed by one). Returns how many were taken.
 */
export async function processPasswordResetRequests(): Promise<number> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const claimed = rowsOf<{ email: string }>(
      await tx.execute(sql`
        delete from ${passwordResetRequests} where ${passwordResetRequests.id} in (
          select ${passwordResetRequests.id} from ${passwordResetRequests} order by ${passwordResetRequests.id}
          limit ${RESET_REQUESTS_PER_ROUND} for update skip locked)
        returning ${passwordResetRequests.email} as email`),
    );
    for (const { email } of claimed) {
      const [user] = await tx.select({ id: users.id }).from(users).where(and(byEmail(email), isNull(users.disabledAt))).limit(1);
      if (!user) continue;
      const token = await issueToken(tx, user.id, "reset_password");
      await enqueueMail(tx, {
        to: email,
        subject: "Reset your password",
        text: [
          "Someone asked to reset the password of your account. To choose a new one, open:",
          "",
          `${siteUrl()}/reset-password?token=${token}`,
          "",
          `The link works once, for ${TOKEN_LIFETIME_MINUTES.reset_password} minutes. If you did not ask, ignore this message: your password has not changed.`,
        ].join("\n"),
      });
    }
    return claimed.length;
  });
}

/**
 * Sets a new password from a reset link. Every session that began before it
 * ends, and the address counts as confirmed: the link reached its mailbox.
 */
export const resetPassword = guardedAction({ kind: "public", rateLimit: TOKEN_USES_PER_ADDRESS }, resetPasswordServerSchema, async (input) => {
  const passwordHash = await hashPassword(input.password);
  const db = await getDb();
  const email = await db.transaction(async (tx) => {
    const userId = await consumeToken(tx, input.token, "reset_password");
    if (userId === null) return null;
    const [user] = await tx
      .update(users)
      .set({ passwordHash, sessionsValidAfter: sql`now()`, emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`, updatedAt: sql`now()` })
      .where(and(eq(users.id, userId), isNull(users.disabledAt)))
      .returning({ email: users.email });
    if (!user) return null;
    await enqueueMail(tx, {
      to: user.email,
      subject: "Your password was changed",
      text: `The password of your account was just changed, and every device that was signed in has been signed out.\n\nIf you did not do this, choose a new password at once: ${siteUrl()}/forgot-password`,
    });
    return user.email;
  });
  if (!email) throw new ActionError("This link has expired or was already used. Ask for a new one.", {});
  return { ok: true } as const;
});
