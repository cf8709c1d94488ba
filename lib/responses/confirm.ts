import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { z } from "@/lib/zod";
import { getDb } from "@/db/client";
import { opportunities, organizations, responses } from "@/db/schema";
import { ActionError, guardedAction } from "@/lib/actions/guard";
import { hashToken } from "@/lib/auth/tokens";
import { isPublicOpportunity } from "@/lib/public-postings";
import { UNCONFIRMED_RESPONSE_DAYS } from "./delivered";
import { passOn } from "./respond";

/** The token in a confirmation link: 32 random bytes, base64url. */
const confirmationTokenSchema = z.string().min(20).max(100).regex(/^[A-Za-z0-9_-]+$/);
const confirmSchema = z.object({ token: confirmationTokenSchema });

/** Per client address: the tokens cannot be guessed, this only keeps a script from hammering the page. */
const CONFIRMATIONS_PER_ADDRESS = { name: "confirm-response", limit: 30, windowSeconds: 60 * 60 };

export const UNUSABLE_LINK = "This link cannot be used any more.";

/** A response still waiting for its owner's word, for a posting that still takes responses. */
function awaitingConfirmation(token: string) {
  return and(
    eq(responses.confirmationTokenHash, hashToken(token)),
    isNull(responses.confirmedAt),
    gt(responses.createdAt, sql`now() - make_interval(days => ${UNCONFIRMED_RESPONSE_DAYS})`),
    isPublicOpportunity,
  )!;
}

export type AwaitingResponse = {
  postingTitle: string;
  postingSlug: string;
  organizationName: string;
  name: string;
  email: string;
  /** Only the last two digits: the page may be opened by someone the address was mistyped for. */
  phoneEnding: string | null;
  hasMessage: boolean;
  hasAvailability: boolean;
};

/** What the confirmation page shows. Reading changes nothing: mail scanners open every link. */
export async function responseAwaitingConfirmation(token: string): Promise<AwaitingResponse | null> {
  const parsed = confirmationTokenSchema.safeParse(token);
  if (!parsed.success) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      postingTitle: opportunities.title,
      postingSlug: opportunities.slug,
      organizationName: organizations.name,
      name: responses.name,
      email: responses.email,
      phone: responses.phone,
      message: responses.message,
      availability: responses.availability,
    })
    .from(responses)
    .innerJoin(opportunities, eq(opportunities.id, responses.opportunityId))
    .innerJoin(organizations, eq(organizations.id, opportunities.organizationId))
    .where(awaitingConfirmation(parsed.data))
    .limit(1);
  if (!row || !row.email) return null;
  const digits = row.phone?.replace(/\D/g, "") ?? "";
  return {
    postingTitle: row.postingTitle,
    postingSlug: row.postingSlug,
    organizationName: row.organizationName,
    name: row.name ?? "",
    email: row.email,
    phoneEnding: digits.length >= 2 ? digits.slice(-2) : null,
    hasMessage: Boolean(row.message),
    hasAvailability: Boolean(row.availability),
  };
}

/**
 * The button on the confirmation page: the address's owner agrees, and only
 * now does the organization get the response and its coordinators a notice.
 * A link works once, for UNCONFIRMED_RESPONSE_DAYS, and only while the
 * posting still takes responses.
 */
export const confirmResponse = guardedAction(
  { kind: "public", rateLimit: CONFIRMATIONS_PER_ADDRESS },
  confirmSchema,
  async ({ token }): Promise<{ ok: true; slug: string }> => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      const [row] = await tx
        .select({
          id: responses.id,
          email: responses.email,
          posting: {
            id: opportunities.id,
            slug: opportunities.slug,
            title: opportunities.title,
            organizationId: organizations.id,
            organizationName: organizations.name,
            organizationSlug: organizations.slug,
          },
        })
        .from(responses)
        .innerJoin(opportunities, eq(opportunities.id, responses.opportunityId))
        .innerJoin(organizations, eq(organizations.id, opportunities.organizationId))
        .where(awaitingConfirmation(token))
        .for("update", { of: responses })
        .limit(1);
      if (!row?.email) throw new ActionError(UNUSABLE_LINK);
      // The organization's inbox dates a response from when it reached them.
      await tx
        .update(responses)
        .set({ confirmedAt: sql`now()`, confirmationTokenHash: null, createdAt: sql`now()`, updatedAt: sql`now()` })
        .where(eq(responses.id, row.id));
      await passOn(tx, row.posting, row.email, row.id);
      return { ok: true, slug: row.posting.slug };
    });
  },
);
