import { getViewer } from "@/lib/auth/viewer";

export const dynamic = "force-dynamic";

/**
 * Whether the visitor is signed in, for the parts of cached public pages that
 * differ per visitor (the header's account links, "Alert me"). Names nobody:
 * the page already knows who it is talking to, and nothing else may learn it.
 */
export async function GET() {
  const viewer = await getViewer();
  return Response.json({ signedIn: viewer !== null }, { headers: { "Cache-Control": "private, no-store" } });
}
