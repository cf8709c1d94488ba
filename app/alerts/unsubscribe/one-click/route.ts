import { NextResponse, type NextRequest } from "next/server";
import { unsubscribeAlert } from "@/lib/alerts/alerts";

/**
 * RFC 8058 one-click unsubscribe: a mail program posts here from the digest's
 * List-Unsubscribe header. The signed token names the one saved search it may
 * delete, so no session and no form are needed; a scanner's GET changes nothing.
 */
export async function POST(request: NextRequest) {
  const outcome = await unsubscribeAlert(request.nextUrl.searchParams.get("token"));
  return new NextResponse(outcome === "unsubscribed" ? "Unsubscribed." : "This link is not valid.", {
    status: outcome === "unsubscribed" ? 200 : 400,
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
