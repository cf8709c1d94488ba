import { cookies } from "next/headers";
import { clientAddress } from "@/lib/actions/guard";
import { knownDeviceCookie, knownDeviceCookieName } from "@/lib/auth/known-device";
import { returnToSchema } from "@/lib/auth/schemas";
import { challengeCookie } from "@/lib/auth/second-factor/challenge";
import { signInWithPassword } from "@/lib/accounts/sign-in";
import { formFields, isSameOrigin, refusal, seeOther, tooManySignIns, wantsJson } from "@/lib/auth/sign-in-http";
import { AFTER_SIGN_IN } from "@/lib/auth/places";

/**
 * Sign-in with e-mail and password. The page's form posts here: with
 * JavaScript it asks for JSON and stays on the page; without, it follows the
 * redirect. Refusals name no field that would tell whether an account exists;
 * too many attempts answer 429 with Retry-After. An account with a second
 * factor gets no session here: the browser is given a challenge (a cookie of
 * five minutes) and sent on to give its code (/signin/verify).
 */
export async function POST(request: Request) {
  const json = wantsJson(request);
  if (!isSameOrigin(request)) return refusal(403, { message: "Please sign in from this site's sign-in page." });

  const fields = await formFields(request);
  const cookieJar = await cookies();
  const outcome = await signInWithPassword(fields, await clientAddress(), cookieJar.get(knownDeviceCookieName())?.value ?? null);
  const back = `/signin?${new URLSearchParams({ returnTo: returnToSchema.parse(fields.returnTo ?? AFTER_SIGN_IN) })}`;

  switch (outcome.kind) {
    case "signed-in": {
      // This browser now counts as the account's own: strangers' failed attempts cannot lock it out (lib/auth/known-device.ts).
      const device = knownDeviceCookie(outcome.knownDevice);
      cookieJar.set(device.name, device.value, device.options);
      return json ? Response.json({ ok: true, returnTo: outcome.returnTo }) : seeOther(outcome.returnTo);
    }
    case "second-factor": {
      const challenge = challengeCookie(outcome.challenge);
      cookieJar.set(challenge.name, challenge.value, challenge.options);
      const next = `/signin/verify?${new URLSearchParams({ returnTo: outcome.returnTo })}`;
      return json ? Response.json({ ok: true, secondFactor: true, returnTo: next }) : seeOther(next);
    }
    case "invalid-input":
      return json ? refusal(400, { message: "Please correct the highlighted fields.", fieldErrors: outcome.fieldErrors }) : seeOther(`${back}&error=invalid`);
    case "refused":
    case "expired":
      return json ? refusal(401, { message: outcome.message }) : seeOther(`${back}&error=${outcome.kind === "refused" ? outcome.reason : "expired"}`);
    case "rate-limited":
      return tooManySignIns(outcome.retryAfterSeconds, json, "/signin");
  }
}
