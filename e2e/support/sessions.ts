import { expect, request as playwrightRequest, type APIRequestContext, type APIResponse } from "@playwright/test";
import { signInSteps } from "./second-factor";
import { BASE_URL } from "./urls";

let address = 100;

/**
 * A client of its own (its own cookies, its own address for the rate limits),
 * signed in with e-mail and password through the real sign-in handler (and a
 * code, for an account with a second factor), or signed out when `account` is null.
 */
export async function sessionFor(account: { email: string; password: string } | null): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({
    baseURL: BASE_URL,
    extraHTTPHeaders: { Origin: BASE_URL, "X-Forwarded-For": `198.51.100.${++address}` },
  });
  if (!account) return context;
  await signInSteps(account.email, async (code) => {
    const answer = await context.post("/signin/password", { form: account, headers: { Accept: "application/json" } });
    expect(answer.status(), `sign-in of ${account.email}`).toBe(200);
    if (((await answer.json()) as { secondFactor?: boolean }).secondFactor) {
      // The password was right; the account's app gives the code (e2e/support/second-factor.ts).
      if (!code) throw new Error(`${account.email} asks for a second factor, and no spec knows its secret.`);
      const second = await context.post("/signin/code", { form: { code }, headers: { Accept: "application/json" } });
      expect(second.status(), `second factor of ${account.email}`).toBe(200);
    }
  });
  return context;
}

/** A GET that does not follow redirects: its status and, for a redirect, where it points. */
export async function answerTo(context: APIRequestContext, path: string): Promise<string> {
  return describeAnswer(await context.get(path, { maxRedirects: 0 }));
}

/** A form POST that asks for JSON and does not follow redirects, described as `answerTo` does. */
export async function answerToPost(context: APIRequestContext, path: string, form: Record<string, string>): Promise<string> {
  return describeAnswer(await context.post(path, { form, headers: { Accept: "application/json" }, maxRedirects: 0 }));
}

function describeAnswer(response: APIResponse): string {
  const status = response.status();
  if (status >= 300 && status < 400) {
    const location = new URL(response.headers().location ?? "", BASE_URL);
    return `redirect ${location.pathname}`;
  }
  return String(status);
}
