import { rawSetting } from "@/settings.mjs";

/**
 * The flags of the cookies that carry a sign-in. In production they are
 * Secure (sent over HTTPS only), with the `__Secure-` prefix, so that no
 * plain-http page or sibling host can set or overwrite them; HttpOnly, so no
 * script can read them; SameSite=Lax, so another site's form post does not
 * carry them. Only a production server whose SITE_URL is a plain-http address
 * on this very machine (a local test run) leaves Secure off, since a browser
 * would not send such a cookie back over http.
 */
/** Eight hours: a coordinator's working day; permissions are read afresh on every request anyway. */
export const SESSION_SECONDS = 8 * 60 * 60;

export type CookieFlags = { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean };

type CookieEnvironment = { NODE_ENV?: string; SITE_URL?: string };

/** NODE_ENV and SITE_URL as set: an unset SITE_URL counts as a public address here, not as its default. */
const currentEnvironment = (): CookieEnvironment => ({ NODE_ENV: rawSetting("NODE_ENV"), SITE_URL: rawSetting("SITE_URL") });

export function secureCookies(env: CookieEnvironment = currentEnvironment()): boolean {
  if (env.NODE_ENV !== "production") return false;
  return !/^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/.test(env.SITE_URL ?? "");
}

export function cookieFlags(env: CookieEnvironment = currentEnvironment()): CookieFlags {
  return { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies(env) };
}

/** The session cookie as Auth.js is told to write it (its `cookies.sessionToken`). */
export function sessionCookie(env: CookieEnvironment = currentEnvironment()): { name: string; options: CookieFlags } {
  const options = cookieFlags(env);
  return { name: `${options.secure ? "__Secure-" : ""}authjs.session-token`, options };
}
