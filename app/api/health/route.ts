import { checkDatabase } from "@/lib/health";

export const dynamic = "force-dynamic";

/**
 * For load balancers and the e2e web server: 200 with `{ database: "ok" }`
 * once the database answers, 503 with `{ database: "unreachable" }` while it
 * does not. Never more: why it failed goes to the log (name and code only).
 */
export async function GET() {
  const ok = await checkDatabase();
  return Response.json({ database: ok ? "ok" : "unreachable" }, { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
