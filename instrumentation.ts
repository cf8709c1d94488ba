import type { Instrumentation } from "next";
import { noteIfDatabaseAway } from "@/lib/database-away/database-away.mjs";
import { errorSummary, newRequestId } from "@/lib/logging/error-summary";

/**
 * Every error a page, route handler or server action did not handle: logged
 * with a request id, the route's pattern, and the error's name and code only.
 * Never the message, the stack or the address asked for: a database error's
 * message quotes its SQL parameters (e-mail addresses among them), and an
 * address can carry what a visitor typed. `npm start` runs Next quietly
 * (scripts/serve.mjs), so this is the only record of such an error.
 *
 * An error that says the database is away is also remembered, before Next
 * answers: `npm start` then sends the plain 503 page instead of the error page
 * (lib/database-away).
 */
export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  noteIfDatabaseAway(error);
  console.error(`[request] ${newRequestId()} ${request.method} ${context.routePath} failed: ${errorSummary(error)}`);
};

/** Runs once when a server starts: checks the settings it cannot run without and, in production, that the database holds no demo account, then starts the mail sender, the listener that keeps cached public pages current, and the taking of the search's kept lists. */
export async function register() {
  // Next's own flag, replaced when it builds each runtime's bundle: not a setting of the site.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { authSecret } = await import("@/lib/auth/secret");
    const { checkSettings, setting, settingWarnings } = await import("@/lib/settings");
    const { stampSocketAddresses } = await import("@/lib/client-address/socket-address");
    stampSocketAddresses();
    try {
      checkSettings();
      authSecret();
    } catch (error) {
      // A server with a setting it cannot use (AUTH_SECRET missing in production, a TRUSTED_PROXIES it cannot trust…) stops at once and says why, rather than answer 500s.
      console.error(`[start] ${error instanceof Error ? error.message : "The server's settings are incomplete."}`);
      process.exit(1);
    }
    for (const warning of settingWarnings()) console.warn(`[start] ${warning}`);
    const { loadDemoDataIfWanted, refuseDemoAccountsInProduction } = await import("@/lib/demo/demo-data");
    await loadDemoDataIfWanted();
    if (setting("NODE_ENV") === "production" && setting("DEMO_DATA") !== "on") {
      const { getDb } = await import("@/db/client");
      try {
        await refuseDemoAccountsInProduction(await getDb());
      } catch (error) {
        // Demo accounts share a published password: a server that holds them stops and says why.
        // A database it cannot read at all stops it too, since the check could not be made.
        const reason = error instanceof Error && error.name === "DemoAccountsFound" ? error.message : `The database could not be checked for demo accounts (${error instanceof Error ? error.name : "unknown error"}).`;
        console.error(`[start] ${reason}`);
        process.exit(1);
      }
    }
    const { startMailWorker } = await import("@/lib/worker/worker");
    startMailWorker();
    const { startListingsVersion } = await import("@/lib/public-cache/listings-version");
    void startListingsVersion();
    // The search's lists of matches kept for every server, and those of the words most postings
    // hold, taken or read beside the first requests (the warm-up's, lib/warm-up).
    const { readListsAtFirstSearch } = await import("@/lib/search/known-matches");
    readListsAtFirstSearch();
  }
}
