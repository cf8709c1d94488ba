import { NextResponse, type NextRequest } from "next/server";

/**
 * Refuses an address that cannot be decoded (such as `/opportunities/%FF`)
 * with a 400, before routing would fail on it with a 500.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse("This address is not valid.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return NextResponse.next();
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
