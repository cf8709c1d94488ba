/** Runs once when a server starts: the mail sender starts with it. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startMailWorker } = await import("@/lib/email/worker");
    startMailWorker();
  }
}
