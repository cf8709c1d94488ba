import { cookies } from "next/headers";
import { clientAddress } from "@/lib/actions/guard";
import { knownDeviceCookie, knownDeviceCookieName } from "@/lib/auth/known-device";
import { returnToSchema } from "@/lib/auth/schemas";
import { challengeCookieName } from "@/lib/auth/second-factor/challenge";
import { signInWithCode } from "@/lib/accounts/sign-in";
import { formFields, isSameOrigin, refusal, seeOther, tooManySignIns, wantsJson } from "@/lib/auth/sign-in-http";
import { AFTER_SIGN_IN } from "@/lib/auth/places";

/**
 * The second step of signing in: the code from the app, or a recovery code,
 * against the challenge cookie the password step set. Answers like
 * /signin/password: JSON for the page's script, redirects without JavaScript,
 * 429 with Retry-After past the sign-in limits, which wrong codes count toward.
 */
export async function POST(request: Request) {
  const json = wantsJson(request);
  if (!isSameOrigin(request)) return refusal(403, { message: "Please sign in from this site's sign-in page." });

  const fields = await formFields(request);
  const cookieJar = await cookies();
  const challengeName = challengeCookieName();
  const outcome = await signInWithCode(fields, await clientAddress(), cookieJar.get(knownDeviceCookieName())?.value ?? null, cookieJar.get(challengeName)?.value ?? null);
  const returnTo = returnToSchema.parse(fields.returnTo ?? AFTER_SIGN_IN);
  const again = `/signin/verify?${new URLSearchParams({ returnTo })}`;

  switch (outcome.kind) {
    case "signed-in": {
      cookieJar.delete(challengeName);
      const device = knownDeviceCookie(outcome.knownDevice);
      cookieJar.set(device.name, device.value, device.options);
      return json ? Response.json({ ok: true, returnTo: outcome.returnTo }) : seeOther(outcome.returnTo);
    }
    case "expired": {
      cookieJar.delete(challengeName);
      const start = `/signin?${new URLSearchParams({ returnTo, error: "expired" })}`;
      return json ? refusal(401, { message: outcome.message, restart: start }) : seeOther(start);
    }
    case "invalid-input":
      return json ? refusal(400, { message: "Please correct the highlighted fields.", fieldErrors: outcome.fieldErrors }) : seeOther(`${again}&error=invalid`);
    case "refused":
      return json ? refusal(401, { message: outcome.message }) : seeOther(`${again}&error=wrong-code`);
    case "rate-limited":
      return tooManySignIns(outcome.retryAfterSeconds, json, again);
    case "second-factor":
      // Only the password step issues a challenge.
      return refusal(400, { message: "Please sign in again." });
  }
}
