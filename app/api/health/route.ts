import { checkDatabase } from "@/lib/health";

export const dynamic = "force-dynamic";

/** For load balancers and the e2e web server: answers 200 once the database is reachable. */
export async function GET() {
  const ok = await checkDatabase();
  return Response.json({ ok }, { status: ok ? 200 : 503 });
}
