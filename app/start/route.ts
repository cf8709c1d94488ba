import { redirect } from "next/navigation";
import { homeOf } from "@/lib/auth/places";
import { getViewer } from "@/lib/auth/viewer";

export const dynamic = "force-dynamic";

/** Where signing in leads when no page asked for it: each person to where they work. */
export async function GET() {
  const viewer = await getViewer();
  redirect(viewer ? homeOf(viewer) : "/signin");
}
