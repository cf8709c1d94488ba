import type { IncomingMessage, ServerResponse } from "node:http";

/** The largest request body the site takes (64 KB). */
export const MAX_POST_BYTES: number;
export const TOO_LARGE_MESSAGE: string;
/** Calls `proceed` once the body is known to fit in `limit` bytes, or answers 413 and never calls it. */
export function whenBodyFits(req: IncomingMessage, res: ServerResponse, proceed: () => void, limit?: number): void;
