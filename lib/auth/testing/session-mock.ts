/**
 * Stands in for the session cookie in integration tests:
 *   vi.mock("@/lib/auth/session", () => import("@/lib/auth/testing/session-mock"));
 * Only who is signed in is faked; role, memberships and disabled state are
 * still read from the database by the real code.
 */
import type { SessionClaims } from "../session";

let claims: SessionClaims | null = null;

/** The user the next requests come from, in a session of their own (or the one named); null signs out. */
export function signInAs(userId: number | null, signedInAt = new Date(), sessionId: string = crypto.randomUUID()): void {
  claims = userId === null ? null : { userId, signedInAt, sessionId };
}

export async function readSession(): Promise<SessionClaims | null> {
  return claims;
}
