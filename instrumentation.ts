/** Runs once when a server starts: checks the settings it cannot run without, then starts the mail sender and the listener that keeps cached public pages current. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { authSecret } = await import("@/lib/auth/secret");
    try {
      authSecret();
    } catch (error) {
      // A production server without its secret stops at once and says why, rather than answer 500s.
      console.error(`[start] ${error instanceof Error ? error.message : "The server's settings are incomplete."}`);
      process.exit(1);
    }
    const { startMailWorker } = await import("@/lib/email/worker");
    startMailWorker();
    const { startListingsVersion } = await import("@/lib/public-cache/listings-version");
    void startListingsVersion();
  }
}
