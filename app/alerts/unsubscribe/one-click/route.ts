import { NextResponse, type NextRequest } from "next/server";
import { unsubscribeAlert } from "@/lib/alerts/alerts";
import { INVALID_UNSUBSCRIBE_LINK } from "@/lib/alerts/schemas";

/**
 * RFC 8058 one-click unsubscribe: a mail program posts here from the digest's
 * List-Unsubscribe header. The signed token names the one saved search it may
 * delete, so no session and no form are needed; a scanner's GET changes nothing.
 */
export async function POST(request: NextRequest) {
  const result = await unsubscribeAlert({ token: request.nextUrl.searchParams.get("token") });
  if (result?.ok) return answer("Unsubscribed.", 200);
  if (!result || result.fieldErrors.token || result.message === INVALID_UNSUBSCRIBE_LINK) return answer(INVALID_UNSUBSCRIBE_LINK, 400);
  // Too many tries from one address, or a failure on our side: the mail program may try again later.
  return answer(result.message, /^Too many attempts/.test(result.message) ? 429 : 503);
}

function answer(text: string, status: number) {
  return new NextResponse(text, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** Opened in a browser: the page that asks, with its button. */
export function GET(request: NextRequest) {
  const url = new URL("/alerts/unsubscribe", request.url);
  const token = request.nextUrl.searchParams.get("token");
  if (token) url.searchParams.set("token", token);
  return NextResponse.redirect(url, 303);
}
