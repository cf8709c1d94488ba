import { feedStylesheet } from "@/lib/feeds/stylesheet";
import { quickExitUrl } from "@/lib/site";

// Read per request: the quick-exit address is a setting of the running server (QUICK_EXIT_URL).
export const dynamic = "force-dynamic";

/** The stylesheet that shows /feed.xml as a readable page in a browser. */
export function GET() {
  return new Response(feedStylesheet(quickExitUrl()), {
    headers: { "Content-Type": "text/xsl; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
