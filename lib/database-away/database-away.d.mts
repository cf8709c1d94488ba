import type { IncomingMessage, ServerResponse } from "node:http";

/** The sentence a visitor reads while the database is away, on the 503 page and in a form. */
export const DATABASE_AWAY_MESSAGE: string;
/** Seconds a client is asked to wait (Retry-After) before asking again. */
export const RETRY_AFTER_SECONDS: number;
/** A request whose answer has not begun this long after a fault was seen is answered with the 503 page. */
export const ANSWER_WITHIN_MS: number;
/** Whether an error means the database could not be reached or went away mid-query, rather than refusing one query. */
export function isDatabaseAway(error: unknown): boolean;
/** Remembers `error` when it says the database is away; answers whether it did. */
export function noteIfDatabaseAway(error: unknown): boolean;
/** Whether this process saw the database away within the last few seconds. */
export function databaseAwayLately(now?: number): boolean;
/** Turns an error answer begun while the database is away into the plain 503 page (see the .mjs). */
export function answerWhileDatabaseAway(req: IncomingMessage, res: ServerResponse, options?: { answerWithinMs?: number }): void;
