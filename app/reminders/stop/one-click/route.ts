import { NextResponse, type NextRequest } from "next/server";
import { stopReminders } from "@/lib/reminders/opt-out-actions";
import { INVALID_STOP_LINK } from "@/lib/reminders/schemas";

/**
 * RFC 8058 one-click unsubscribe from an event reminder's List-Unsubscribe
 * header. The signed token is the authorization; a scanner's GET changes nothing.
 */
export async function POST(request: NextRequest) {
  const result = await stopReminders({ token: request.nextUrl.searchParams.get("token") });
  if (result?.ok) return answer("Unsubscribed.", 200);
  if (!result || result.fieldErrors.token || result.message === INVALID_STOP_LINK) return answer(INVALID_STOP_LINK, 400);
  // Too many tries from one address, or a failure on our side: the mail program may try again later.
  return answer(result.message, /^Too many attempts/.test(result.message) ? 429 : 503);
}

function answer(text: string, status: number) {
  return new NextResponse(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/** Opened in a browser: the page that asks, with its button. */
export function GET(request: NextRequest) {
  const url = new URL("/reminders/stop", request.url);
  const token = request.nextUrl.searchParams.get("token");
  if (token) url.searchParams.set("token", token);
  return NextResponse.redirect(url, 303);
}
