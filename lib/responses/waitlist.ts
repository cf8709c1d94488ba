import "server-only";
import { and, asc, eq, inArray, isNotNull, isNull, notInArray, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { opportunities, organizations, responseEvents, responses } from "@/db/schema";
import { ActionError, guardedAction } from "@/lib/actions/guard";
import type { OrganizationAccess } from "@/lib/auth/permissions";
import { enqueueMail } from "@/lib/email/outbox";
import { isFull } from "@/lib/public-postings";
import { siteUrl } from "@/lib/site";
import { organizationResponses } from "./delivered";
import { offerPlaceSchema } from "./inbox-schemas";

/**
 * A full posting's waiting list. A response joins it when it reaches the
 * organization while every place is taken (passOn in respond.ts); a place is
 * taken by a response scheduled or placed (the database counts them, migration
 * 0017), and freed when one of those is declined or withdrawn. A coordinator
 * then offers the freed place to the next person, in the order they joined:
 * the site mails them, and the response leaves the list for the team's usual
 * steps (contacted, scheduled, placed).
 */

/** Still waiting: joined, not yet offered a place, not declined or withdrawn, and still reachable. */
function waiting(organizationId: number, opportunityId: number): SQL {
  return and(
    organizationResponses(organizationId),
    eq(responses.opportunityId, opportunityId),
    isNotNull(responses.waitlistedAt),
    isNull(responses.placeOfferedAt),
    notInArray(responses.status, ["declined", "withdrawn"]),
    isNotNull(responses.email),
  )!;
}

/** A posting of the organization with its places and its waiting list in order; null when it is not theirs. */
export async function waitlistOf(access: OrganizationAccess<"responses">, opportunityId: number) {
  if (!Number.isSafeInteger(opportunityId) || opportunityId <= 0 || opportunityId > 2_147_483_647) return null;
  const db = await getDb();
  const [posting] = await db
    .select({ id: opportunities.id, title: opportunities.title, slug: opportunities.slug, spots: opportunities.spots, placesTaken: opportunities.placesTaken, full: isFull })
    .from(opportunities)
    .where(and(eq(opportunities.id, opportunityId), eq(opportunities.organizationId, access.organizationId)))
    .limit(1);
  if (!posting) return null;
  const people = await db
    .select({ id: responses.id, name: responses.name, status: responses.status, joinedAt: responses.waitlistedAt, offeredAt: responses.placeOfferedAt })
    .from(responses)
    .where(and(organizationResponses(access.organizationId), eq(responses.opportunityId, opportunityId), isNotNull(responses.waitlistedAt)))
    .orderBy(asc(responses.waitlistedAt), asc(responses.id));
  const isWaiting = (person: (typeof people)[number]) => person.offeredAt === null && person.status !== "declined" && person.status !== "withdrawn";
  return {
    posting,
    waiting: people.filter(isWaiting),
    offered: people.filter((person) => person.offeredAt !== null),
  };
}

export const PLACE_OFFERED_SUBJECT = "A place is open for you";
export const STILL_FULL = "Every place is still taken. Mark a volunteer who will not come as declined first, or raise the number of volunteers needed.";
export const NOBODY_WAITING = "Nobody is waiting for this posting.";

/**
 * Offers a free place to the first person on the waiting list: the response
 * leaves the list, the team's history notes it, and the volunteer is mailed.
 * Only while a place is free, so two coordinators cannot offer one place twice
 * (the posting's row is locked while it is decided).
 */
export const offerNextPlace = guardedAction({ kind: "member", capability: "responses" }, offerPlaceSchema, async (input, { viewer, access }) => {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [posting] = await tx
      .select({ id: opportunities.id, title: opportunities.title, slug: opportunities.slug, spots: opportunities.spots, placesTaken: opportunities.placesTaken, organizationName: organizations.name })
      .from(opportunities)
      .innerJoin(organizations, eq(organizations.id, opportunities.organizationId))
      .where(and(eq(opportunities.id, input.opportunityId), eq(opportunities.organizationId, access.organizationId)))
      .for("update", { of: opportunities })
      .limit(1);
    if (!posting) throw new ActionError(NOBODY_WAITING);
    // Places already offered and not yet answered count as taken too: one free place, one offer.
    const [pending] = await tx
      .select({ offers: sql<number>`count(*)::int` })
      .from(responses)
      .where(
        and(
          eq(responses.opportunityId, posting.id),
          isNotNull(responses.placeOfferedAt),
          inArray(responses.status, ["new", "contacted"]),
        ),
      );
    if (posting.spots !== null && posting.placesTaken + (pending?.offers ?? 0) >= posting.spots) throw new ActionError(STILL_FULL);
    const [next] = await tx
      .select({ id: responses.id, email: responses.email })
      .from(responses)
      .where(waiting(access.organizationId, posting.id))
      .orderBy(asc(responses.waitlistedAt), asc(responses.id))
      .limit(1)
      .for("update");
    if (!next?.email) throw new ActionError(NOBODY_WAITING);
    await tx.update(responses).set({ placeOfferedAt: sql`now()`, updatedAt: sql`now()` }).where(eq(responses.id, next.id));
    await tx.insert(responseEvents).values({
      responseId: next.id,
      organizationId: access.organizationId,
      actorUserId: viewer.id,
      kind: "note",
      note: "Offered a place from the waiting list; the site mailed the volunteer.",
    });
    await enqueueMail(tx, {
      to: next.email,
      subject: PLACE_OFFERED_SUBJECT,
      text: [
        "Hello,",
        "",
        `A place has opened in "${posting.title}", and you were next on its waiting list. ${posting.organizationName} will contact you to arrange it, by e-mail or by phone if you gave one.`,
        "",
        `The posting: ${siteUrl()}/opportunities/${posting.slug}`,
        "",
        "If you are no longer interested, reply to them, or withdraw the response from your account if you have one, so the place goes to the next person.",
      ].join("\n"),
    });
    return { ok: true as const, responseId: next.id, organizationSlug: access.organization.slug, opportunityId: posting.id };
  });
});
