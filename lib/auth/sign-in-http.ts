import "server-only";

/**
 * What the two sign-in handlers (/signin/password, /signin/code) share: the
 * same-origin check, and their answers with and without JavaScript.
 */

/** Browsers send Origin with every form post; one from another site is refused (login CSRF). */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function wantsJson(request: Request): boolean {
  return request.headers.get("accept")?.includes("application/json") ?? false;
}

/** The posted form's text fields; files and an unreadable body give nothing. */
export async function formFields(request: Request): Promise<Record<string, string>> {
  const form = await request.formData().catch(() => null);
  return form ? Object.fromEntries([...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string")) : {};
}

export function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path } });
}

export function refusal(status: number, body: { message: string; fieldErrors?: Record<string, string[] | undefined>; restart?: string }, headers: Record<string, string> = {}): Response {
  return Response.json({ ok: false, ...body }, { status, headers });
}

/** 429 with Retry-After: JSON for the page's script, a plain page without JavaScript. */
export function tooManySignIns(retryAfterSeconds: number, json: boolean, back: string): Response {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const message = `Too many attempts to sign in. Please try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
  const headers = { "Retry-After": String(retryAfterSeconds) };
  if (json) return refusal(429, { message }, headers);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Please wait</title></head><body><main><h1>Please wait</h1><p>${message}</p><p><a href="${back}">Back to sign in</a></p></main></body></html>`;
  return new Response(html, { status: 429, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}
