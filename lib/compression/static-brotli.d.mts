import type { IncomingMessage, ServerResponse } from "node:http";

export function createStaticBrotli(options: { buildDir: string; production: boolean }): {
  /** Answers a build file in brotli from memory and returns true, or returns false and lets Next answer. */
  serve(req: IncomingMessage, res: ServerResponse): boolean;
  /** Compresses every build file, one after another; resolves when all are ready. */
  warm(): Promise<void>;
};
