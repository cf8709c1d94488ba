import { getViewer } from "@/lib/auth/viewer";
import { exportMyData } from "@/lib/volunteers/my-data";

/** Everything the databank holds about the signed-in person, as a JSON file. Never cached. */
export async function GET() {
  const viewer = await getViewer();
  if (!viewer) return new Response(null, { status: 303, headers: { Location: "/signin?returnTo=%2Fme%2Fdata" } });
  const data = await exportMyData(viewer);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="my-volunteer-databank-data-${new Date().toISOString().slice(0, 10)}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
