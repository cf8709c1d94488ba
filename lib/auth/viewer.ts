import "server-only";
import { cache } from "react";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Database } from "@/db/client";
import { endedSessions, memberships, organizations, secondFactors, users } from "@/db/schema";
import { readSession, type SessionClaims } from "./session";

export type Membership = {
  organizationId: number;
  role: (typeof memberships.$inferSelect)["role"];
  organization: {
    id: number;
    slug: string;
    name: string;
    status: (typeof organizations.$inferSelect)["status"];
    statusReason: string | null;
  };
};

declare const loadedFromDatabase: unique symbol;

/**
 * The signed-in user as the database knows them right now. Only `loadViewer`
 * makes one (the brand cannot be written anywhere else), so the access values
 * of lib/auth/permissions.ts, which are made from a viewer, always rest on
 * what the database said, never on the session alone.
 */
export type Viewer = {
  id: number;
  name: string;
  email: string;
  role: (typeof users.$inferSelect)["role"];
  /** Whether a second factor (TOTP) is on: every admin needs one before any admin page or step. */
  secondFactor: boolean;
  memberships: Membership[];
  readonly [loadedFromDatabase]: true;
};

/**
 * Loads the user a session names, with role and memberships, from the
 * database's current state. A disabled user, a session older than the
 * user's cut-off (a password reset, "sign out everywhere"), a session that was
 * signed out, or one without an id (so it could not be signed out) answers
 * null: signed out.
 */
export async function loadViewer(db: Database, claims: SessionClaims): Promise<Viewer | null> {
  if (!claims.sessionId) return null;
  const [user] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      sessionsValidAfter: users.sessionsValidAfter,
      secondFactor: sql<boolean>`exists (select 1 from ${secondFactors} where ${secondFactors.userId} = ${users.id} and ${secondFactors.enabledAt} is not null)`,
    })
    .from(users)
    .where(
      and(
        eq(users.id, claims.userId),
        isNull(users.disabledAt),
        sql`not exists (select 1 from ${endedSessions} where ${endedSessions.sessionId} = ${claims.sessionId})`,
      ),
    )
    .limit(1);
  if (!user) return null;
  if (user.sessionsValidAfter && claims.signedInAt <= user.sessionsValidAfter) return null;

  const rows = await db
    .select({
      organizationId: memberships.organizationId,
      role: memberships.role,
      organization: {
        id: organizations.id,
        slug: organizations.slug,
        name: organizations.name,
        status: organizations.status,
        statusReason: organizations.statusReason,
      },
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(eq(memberships.userId, user.id))
    .orderBy(organizations.name);
  return { id: user.id, name: user.name, email: user.email, role: user.role, secondFactor: Boolean(user.secondFactor), memberships: rows } as Viewer;
}

/** The signed-in user for this request, read once per request; null when signed out. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const claims = await readSession();
  if (!claims) return null;
  return loadViewer(await getDb(), claims);
});
