import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { checkCredentials } from "./credentials";
import { signInSchema } from "./schemas";
import { authSecret } from "./secret";
import { secureCookies, sessionCookie, SESSION_SECONDS } from "./cookies";

/** Why a sign-in was refused, as `code` on the error signIn() throws. */
export class SignInRefused extends CredentialsSignin {
  constructor(readonly code: "invalid" | "unconfirmed") {
    super();
  }
}

/**
 * Auth.js, with e-mail and password. Sessions are signed, encrypted cookies
 * (JWT) holding the user's id, when they signed in and the session's own id
 * (so that signing out can end it: lib/auth/sign-out.ts), nothing more: role,
 * memberships and disabled state are read from the database on each request
 * (lib/auth/viewer.ts). Auth.js's own route handlers are not mounted: the
 * only way to sign in is the rate-limited handler at /signin/password.
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
        return { id: String(check.userId), signedInAt: check.checkedAt.getTime() };
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
