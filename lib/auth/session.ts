import "server-only";
import { auth } from "./config";

export type SessionClaims = { userId: number; signedInAt: Date };

/**
 * Who the session cookie says is signed in, and since when; null when nobody
 * is. It proves identity only: what that user may do is read from the
 * database (viewer.ts).
 */
export async function readSession(): Promise<SessionClaims | null> {
  const session = (await auth()) as { user?: { id?: string }; signedInAt?: number } | null;
  const userId = Number(session?.user?.id);
  if (!Number.isSafeInteger(userId) || userId <= 0) return null;
  return { userId, signedInAt: new Date(session?.signedInAt ?? 0) };
}
