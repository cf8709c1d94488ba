import "server-only";
import { and, asc, count, desc, eq, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { opportunities, responseEvents, responses, users } from "@/db/schema";
import type { OrganizationAccess } from "@/lib/auth/permissions";
import { organizationResponses } from "./delivered";
import type { ResponseFilters } from "./inbox-schemas";
import { pageCountOf, pageOffset } from "@/lib/lists/lists";

/**
 * What a coordinator reads of the responses their organization received
 * (invariant 3). Every query takes the "responses" access the page or the
 * guard was granted (an access for another capability does not compile: the
 * dashboard frame's "view" must not open the volunteers' data of a suspended
 * organization) and scopes every statement by its organization (STYLE.md 4): an id
 * of another organization's response matches no row and reveals nothing.
 */

export const PAGE_SIZE = 25;

/** The organization's responses, and within them the filters. */
export function inboxWhere(access: OrganizationAccess<"responses">, filters: ResponseFilters): SQL {
  const conditions = [organizationResponses(access.organizationId)];
  if (filters.opportunityId !== undefined) conditions.push(eq(responses.opportunityId, filters.opportunityId));
  if (filters.status !== undefined) conditions.push(eq(responses.status, filters.status));
  return and(...conditions)!;
}

/** One page of the inbox, newest first, with the posting each response answered and the total. */
export async function listResponses(access: OrganizationAccess<"responses">, filters: ResponseFilters & { page: number }) {
  const db = await getDb();
  const where = inboxWhere(access, filters);
  const page = Math.max(1, Math.floor(filters.page));
  const [items, [counted]] = await Promise.all([
    db
      .select({
        id: responses.id,
        name: responses.name,
        status: responses.status,
        createdAt: responses.createdAt,
        opportunityId: responses.opportunityId,
        postingTitle: opportunities.title,
      })
      .from(responses)
      .innerJoin(opportunities, eq(opportunities.id, responses.opportunityId))
      .where(where)
      .orderBy(desc(responses.createdAt), desc(responses.id))
      .limit(PAGE_SIZE)
      .offset(pageOffset(page, PAGE_SIZE)),
    db.select({ total: count() }).from(responses).where(where),
  ]);
  const total = counted?.total ?? 0;
  return { items, total, page, pageCount: pageCountOf(total, PAGE_SIZE) };
}

/** One response with its details and its history, oldest first; null when it is not this organization's. */
export async function getResponse(access: OrganizationAccess<"responses">, responseId: number) {
  if (!Number.isSafeInteger(responseId) || responseId <= 0 || responseId > 2_147_483_647) return null;
  const db = await getDb();
  const [response] = await db
    .select({
      id: responses.id,
      name: responses.name,
      email: responses.email,
      phone: responses.phone,
      message: responses.message,
      availability: responses.availability,
      status: responses.status,
      createdAt: responses.createdAt,
      firstStatusChangeAt: responses.firstStatusChangeAt,
      posting: { id: opportunities.id, title: opportunities.title, slug: opportunities.slug },
    })
    .from(responses)
    .innerJoin(opportunities, eq(opportunities.id, responses.opportunityId))
    .where(and(eq(responses.id, responseId), organizationResponses(access.organizationId)))
    .limit(1);
  if (!response) return null;
  const events = await db
    .select({
      id: responseEvents.id,
      kind: responseEvents.kind,
      fromStatus: responseEvents.fromStatus,
      toStatus: responseEvents.toStatus,
      note: responseEvents.note,
      createdAt: responseEvents.createdAt,
      // Null once the member's account is deleted; the page says "A former team member".
      actorName: users.name,
    })
    .from(responseEvents)
    .leftJoin(users, eq(users.id, responseEvents.actorUserId))
    .where(and(eq(responseEvents.responseId, responseId), eq(responseEvents.organizationId, access.organizationId)))
    .orderBy(asc(responseEvents.createdAt), asc(responseEvents.id));
  return { ...response, events };
}

export type InboxResponse = NonNullable<Awaited<ReturnType<typeof getResponse>>>;

/** The organization's postings that received at least one response, for the inbox's filter. */
export async function listPostingsWithResponses(access: OrganizationAccess<"responses">) {
  const db = await getDb();
  return db
    .select({ id: opportunities.id, title: opportunities.title, responses: count() })
    .from(responses)
    .innerJoin(opportunities, eq(opportunities.id, responses.opportunityId))
    .where(organizationResponses(access.organizationId))
    .groupBy(opportunities.id, opportunities.title)
    .orderBy(asc(opportunities.title), asc(opportunities.id));
}
