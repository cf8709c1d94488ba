import { cookies } from "next/headers";
import { clientAddress } from "@/lib/actions/guard";
import { knownDeviceCookie, knownDeviceCookieName } from "@/lib/auth/known-device";
import { returnToSchema } from "@/lib/auth/schemas";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { AFTER_SIGN_IN } from "@/lib/auth/places";

/**
 * Sign-in with e-mail and password. The page's form posts here: with
 * JavaScript it asks for JSON and stays on the page; without, it follows the
 * redirect. Refusals name no field that would tell whether an account exists;
 * too many attempts answer 429 with Retry-After.
 */
export async function POST(request: Request) {
  const wantsJson = request.headers.get("accept")?.includes("application/json") ?? false;
  if (!isSameOrigin(request)) return answer(403, { message: "Please sign in from this site's sign-in page." });

  const form = await request.formData().catch(() => null);
  const fields = form ? Object.fromEntries([...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string")) : {};
  const cookieJar = await cookies();
  const outcome = await signInWithPassword(fields, await clientAddress(), cookieJar.get(knownDeviceCookieName())?.value ?? null);
  const back = `/signin?${new URLSearchParams({ returnTo: returnToSchema.parse(fields.returnTo ?? AFTER_SIGN_IN) })}`;

  switch (outcome.kind) {
    case "signed-in": {
      // This browser now counts as the account's own: strangers' failed attempts cannot lock it out (lib/auth/known-device.ts).
      const device = knownDeviceCookie(outcome.knownDevice);
      cookieJar.set(device.name, device.value, device.options);
      return wantsJson ? Response.json({ ok: true, returnTo: outcome.returnTo }) : seeOther(outcome.returnTo);
    }
    case "invalid-input":
      return wantsJson ? answer(400, { message: "Please correct the highlighted fields.", fieldErrors: outcome.fieldErrors }) : seeOther(`${back}&error=invalid`);
    case "refused":
      return wantsJson ? answer(401, { message: outcome.message }) : seeOther(`${back}&error=${outcome.reason}`);
    case "rate-limited": {
      const minutes = Math.ceil(outcome.retryAfterSeconds / 60);
      const message = `Too many attempts to sign in. Please try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
      const headers = { "Retry-After": String(outcome.retryAfterSeconds) };
      if (wantsJson) return answer(429, { message }, headers);
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Please wait</title></head><body><main><h1>Please wait</h1><p>${message}</p><p><a href="/signin">Back to sign in</a></p></main></body></html>`;
      return new Response(html, { status: 429, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
    }
  }
}

/** Browsers send Origin with every form post; one from another site is refused (login CSRF). */
function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path } });
}

function answer(status: number, body: { message: string; fieldErrors?: Record<string, string[] | undefined> }, headers: Record<string, string> = {}): Response {
  return Response.json({ ok: false, ...body }, { status, headers });
}
