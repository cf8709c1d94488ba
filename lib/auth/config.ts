import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { checkCredentials } from "./credentials";
import { signInSchema } from "./schemas";
import { answerChallenge } from "./second-factor/challenge";
import { signInCodeSchema } from "./second-factor/schemas";
import { authSecret } from "./secret";
import { secureCookies, sessionCookie, SESSION_SECONDS } from "./cookies";

/** Why a sign-in was refused, as `code` on the error signIn() throws. */
export class SignInRefused extends CredentialsSignin {
  /**
   * `second-factor`: the password was right, and the account (`userId`) must
   * give a code before any session exists (lib/auth/sign-in.ts).
   */
  constructor(
    readonly code: "invalid" | "unconfirmed" | "second-factor" | "wrong-code" | "expired",
    readonly userId: number | null = null,
  ) {
    super();
  }
}

/**
 * Auth.js, with e-mail and password. Sessions are signed, encrypted cookies
 * (JWT) holding the user's id, when they signed in and the session's own id
 * (so that signing out can end it: lib/auth/sign-out.ts), nothing more: role,
 * memberships and disabled state are read from the database on each request
 * (lib/auth/viewer.ts). Auth.js's own route handlers are not mounted: the
 * only ways to sign in are the rate-limited handlers at /signin/password and,
 * for an account with a second factor, /signin/code.
 *
 * The configuration is built per request, so `next build` never needs the secret.
 */
export const { auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  // Host and protocol come from the proxy in front; links in mail use SITE_URL, never the request.
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_SECONDS },
  useSecureCookies: secureCookies(),
  cookies: { sessionToken: sessionCookie() },
  pages: { signIn: "/signin" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) throw new SignInRefused("invalid");
        const check = await checkCredentials(await getDb(), parsed.data.email, parsed.data.password);
        if (!check.ok) throw new SignInRefused(check.reason);
        // A right password alone makes no session for an account with a second factor.
        if (check.secondFactor) throw new SignInRefused("second-factor", check.userId);
        return { id: String(check.userId), signedInAt: check.checkedAt.getTime() };
      },
    }),
    // The second step: the challenge the password step issued, answered with a code.
    Credentials({
      id: "second-factor",
      credentials: { challenge: {}, code: {} },
      async authorize(raw) {
        const parsed = signInCodeSchema.safeParse({ code: raw?.code });
        const challenge = typeof raw?.challenge === "string" ? raw.challenge : "";
        if (!parsed.success) throw new SignInRefused("wrong-code");
        const answer = await answerChallenge(await getDb(), challenge, parsed.data.code);
        if (!answer.ok) throw new SignInRefused(answer.reason);
        return { id: String(answer.userId), signedInAt: answer.signedInAt.getTime() };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      // Only at sign-in: the moment a password reset or a disable can cut this session off.
      if (user) return { sub: user.id, signedInAt: (user as { signedInAt?: number }).signedInAt ?? Date.now(), sid: crypto.randomUUID() };
      return token;
    },
    session({ session, token }) {
      return { ...session, user: { id: token.sub ?? "" }, signedInAt: Number(token.signedInAt ?? 0), sessionId: typeof token.sid === "string" ? token.sid : null } as unknown as typeof session;
    },
  },
  logger: {
    // The error's kind only (its `type`, which survives minification, unlike its class name):
    // nothing a visitor typed reaches the log.
    error: (error) => console.error(`[auth] ${"type" in error && typeof error.type === "string" ? error.type : error.name}`),
    warn: () => {},
    debug: () => {},
  },
}));
