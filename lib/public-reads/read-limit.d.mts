import type { IncomingMessage, ServerResponse } from "node:http";

export type ReadLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };
export function createReadLimit(options: { perMinute: number; now?: () => number; maxClients?: number }): { hit(client: string): ReadLimitResult };
export function isPublicRead(method: string | undefined, url: string | undefined): boolean;
/** A public read a client made (not Next's own hop to the search page behind a rewrite). */
export function countsAsPublicRead(req: IncomingMessage): boolean;
export function refuseRead(req: IncomingMessage, res: ServerResponse, retryAfterSeconds: number): void;
