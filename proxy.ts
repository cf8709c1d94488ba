import { NextResponse, type NextRequest } from "next/server";

/** Every form of the site fits in far less; a bigger post is refused before Next's 1 MB limit answers 500. */
const MAX_POST_BYTES = 64 * 1024;

/**
 * Refuses, before routing would fail on them with a 500: an address that
 * cannot be decoded (such as `/opportunities/%FF`), with a 400, and a post
 * larger than any form of ours, with a 413.
 */
export function proxy(request: NextRequest) {
  if (request.method === "POST" && Number(request.headers.get("content-length") ?? 0) > MAX_POST_BYTES) {
    return new NextResponse("This form is too large to send.", { status: 413, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse("This address is not valid.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return NextResponse.next();
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
