/** Runs once when a server starts: checks the settings it cannot run without, then starts the mail sender. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { authSecret } = await import("@/lib/auth/secret");
    // Throws in production without AUTH_SECRET, so the server stops at once and says why.
    authSecret();
    const { startMailWorker } = await import("@/lib/email/worker");
    startMailWorker();
  }
}
