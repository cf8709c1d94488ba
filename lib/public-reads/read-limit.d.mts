import type { IncomingMessage, ServerResponse } from "node:http";

export const DEFAULT_READS_PER_MINUTE: number;
/** PUBLIC_READS_PER_MINUTE (default 120; 0 turns the limit off); throws, saying why, on a value that is not a whole number. */
export function readsPerMinute(value?: string | undefined): number;
export type ReadLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };
export function createReadLimit(options: { perMinute: number; now?: () => number; maxClients?: number }): { hit(client: string): ReadLimitResult };
export function isPublicRead(method: string | undefined, url: string | undefined): boolean;
/** A public read a client made (not Next's own hop to the search page behind a rewrite). */
export function countsAsPublicRead(req: IncomingMessage): boolean;
export function refuseRead(req: IncomingMessage, res: ServerResponse, retryAfterSeconds: number): void;
