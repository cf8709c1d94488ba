import { placesOf } from "@/lib/auth/places";
import { getViewer } from "@/lib/auth/viewer";

export const dynamic = "force-dynamic";

/**
 * Whether the visitor is signed in, and the places that are theirs (Admin,
 * Dashboard, My account), for the parts of cached public pages that differ
 * per visitor (the header, "Alert me"). Names nobody: the page already knows
 * who it is talking to, and nothing else may learn it.
 */
export async function GET() {
  const viewer = await getViewer();
  return Response.json(
    { signedIn: viewer !== null, places: viewer ? placesOf(viewer) : [] },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
