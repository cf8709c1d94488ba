import type { IncomingMessage, ServerResponse } from "node:http";

/** The sentence a visitor reads while the database is away, on the 503 page and in a form. */
export const DATABASE_AWAY_MESSAGE: string;
/** Whether an error means the database could not be reached or went away mid-query, rather than refusing one query. */
export function isDatabaseAway(error: unknown): boolean;
/** Remembers `error` when it says the database is away; answers whether it did. */
export function noteIfDatabaseAway(error: unknown): boolean;
/** Whether this process saw the database away within the last few seconds. */
export function databaseAwayLately(now?: number): boolean;
/** Turns an error answer begun while the database is away into the plain 503 page (see the .mjs). */
export function answerWhileDatabaseAway(req: IncomingMessage, res: ServerResponse, options?: { answerWithinMs?: number }): void;
