import type { IncomingMessage, ServerResponse } from "node:http";

export const PUBLIC_PAGE_CACHE_CONTROL: string;
/** The response header by which proxy.ts marks a page rendered per request as the same for every visitor. */
export const PUBLIC_PAGE_HEADER: string;
export function createFrontCache(options: { maxBytes: number }): {
  /** Answers from the cache when it can; true when it did. */
  serve(req: IncomingMessage, res: ServerResponse): boolean;
  /** Watches the answer to `req`, and keeps it when it may be served again. */
  record(req: IncomingMessage, res: ServerResponse): void;
};
