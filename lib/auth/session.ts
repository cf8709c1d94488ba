import "server-only";
import { auth } from "./config";

/** `sessionId` names this one session, so that signing out can end it; null in a cookie made before sessions had one. */
export type SessionClaims = { userId: number; signedInAt: Date; sessionId: string | null };

/**
 * Who the session cookie says is signed in, and since when; null when nobody
 * is. It proves identity only: what that user may do is read from the
 * database (viewer.ts).
 */
export async function readSession(): Promise<SessionClaims | null> {
  const session = (await auth()) as { user?: { id?: string }; signedInAt?: number; sessionId?: string | null } | null;
  const userId = Number(session?.user?.id);
  if (!Number.isSafeInteger(userId) || userId <= 0) return null;
  return { userId, signedInAt: new Date(session?.signedInAt ?? 0), sessionId: session?.sessionId ?? null };
}
