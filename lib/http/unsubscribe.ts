import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { redirect } from "next/navigation";
import { refusalCode } from "@/lib/actions/refusal";
import type { FormState } from "@/lib/actions/result";

/**
 * The two ends of a mail's "stop these" link, shared by the alert digests
 * (/alerts/unsubscribe) and the event reminders (/reminders/stop). The link
 * opens a page that asks (mail scanners open every link, so opening stops
 * nothing) whose button posts the signed token; the mail's List-Unsubscribe
 * header (RFC 8058) posts the same token to `<page>/one-click`. `stop` is the
 * guarded mutation that checks the token and stops what it names.
 */
type Stop = (input: { token: unknown }) => Promise<FormState>;

/** Worth trying again later: too many tries from one address, or a failure on our side. */
const passing = (state: FormState) => ["rate-limited", "database-away", "failed"].includes(refusalCode(state) ?? "");

/**
 * The page's button: done, back to the button saying it did not work this time, or the page's "not valid".
 * `done` names what was done; with `keepToken` the page that says so still holds the link, so it can offer to undo it.
 */
export async function stopFromPage(form: FormData, stop: Stop, page: string, { done = "1", keepToken = false }: { done?: string; keepToken?: boolean } = {}): Promise<never> {
  const token = form.get("token");
  const result = await stop({ token });
  if (result?.ok) redirect(`${page}?${new URLSearchParams(keepToken && typeof token === "string" ? { token, done } : { done })}`);
  redirect(passing(result) && typeof token === "string" ? `${page}?${new URLSearchParams({ token, failed: "1" })}` : page);
}

/** The route handlers of `<page>/one-click`: POST stops; GET (a browser, a scanner) goes to the page that asks. */
export function oneClickStop(stop: Stop, page: string, invalidLink: string) {
  return {
    async POST(request: NextRequest): Promise<NextResponse> {
      const result = await stop({ token: request.nextUrl.searchParams.get("token") });
      if (result?.ok) return answer("Unsubscribed.", 200);
      if (!passing(result)) return answer(invalidLink, 400);
      // The mail program may try again later.
      return answer(result!.message, refusalCode(result) === "rate-limited" ? 429 : 503);
    },
    GET(request: NextRequest): NextResponse {
      const url = new URL(page, request.url);
      const token = request.nextUrl.searchParams.get("token");
      if (token) url.searchParams.set("token", token);
      return NextResponse.redirect(url, 303);
    },
  };
}

function answer(text: string, status: number): NextResponse {
  return new NextResponse(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
