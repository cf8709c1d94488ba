import "server-only";
import { and, desc, eq, inArray, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { z } from "@/lib/zod";
import { getDb } from "@/db/client";
import { opportunities, organizations, responseEvents, responses, users } from "@/db/schema";
import { ActionError, guardedAction, NO_ACCESS } from "@/lib/actions/guard";
import type { Viewer } from "@/lib/auth/viewer";
import { enqueueMail } from "@/lib/email/outbox";
import { idSchema } from "@/lib/forms/schema-parts";
import { isPublicOpportunity } from "@/lib/public-postings";
import { responseStatusLabels, type ResponseStatus } from "@/lib/responses/inbox-schemas";
import { siteUrl } from "@/lib/site";
import { sameAddress } from "@/lib/text-match";
import { isConfirmed } from "@/lib/responses/delivered";
import { enabledMemberAddresses } from "@/lib/organizations/team-queries";

/**
 * "My responses": what a volunteer said they are interested in, and where
 * each one stands as the organization set it. Every read and write is scoped
 * by the viewer's id in the WHERE clause (STYLE.md 4). Responses made with the
 * viewer's address before they had an account are shown, and can be claimed,
 * only once that address is confirmed: otherwise anyone could sign up with
 * somebody else's address and read where that person offered to help.
 */

/** Where the volunteer may still step back; after placed, declined or withdrawn they talk to the organization. */
const WITHDRAWABLE_STATUSES = ["new", "contacted", "scheduled"] as const satisfies readonly ResponseStatus[];

export function canWithdraw(status: ResponseStatus): boolean {
  return (WITHDRAWABLE_STATUSES as readonly ResponseStatus[]).includes(status);
}

export type MyResponse = {
  id: number;
  status: ResponseStatus;
  createdAt: Date;
  postingTitle: string;
  postingSlug: string;
  /** A closed or expired posting has no public page to link to. */
  postingIsPublic: boolean;
  organizationName: string;
};

export type MyResponses = {
  /** The responses linked to the account. */
  mine: MyResponse[];
  /** Made with the account's confirmed address before it existed (or while signed out); empty when the address is not confirmed. */
  earlier: MyResponse[];
  emailConfirmed: boolean;
};

const myResponseColumns = {
  id: responses.id,
  status: responses.status,
  createdAt: responses.createdAt,
  postingTitle: opportunities.title,
  postingSlug: opportunities.slug,
  postingIsPublic: sql<boolean>`(${isPublicOpportunity})`,
  organizationName: organizations.name,
};

async function selectResponses(where: SQL): Promise<MyResponse[]> {
  const db = await getDb();
  const rows = await db
    .select(myResponseColumns)
    .from(responses)
    .innerJoin(opportunities, eq(opportunities.id, responses.opportunityId))
    .innerJoin(organizations, eq(organizations.id, responses.organizationId))
    .where(where)
    .orderBy(desc(responses.createdAt), desc(responses.id));
  // Both drivers answer a boolean; coerced anyway so a page never prints "f".
  return rows.map((row) => ({ ...row, postingIsPublic: row.postingIsPublic === true }));
}

/** The account's address, if it is confirmed: read from the database on every call, never from the session. */
async function confirmedAddressOf(userId: number): Promise<string | null> {
  const db = await getDb();
  const [user] = await db
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.id, userId), isNotNull(users.emailVerifiedAt)))
    .limit(1);
  return user ? user.email.toLowerCase() : null;
}

/**
 * Not yet linked to any account, made with this (lower-cased) address, and
 * confirmed by its owner: what someone else typed with it and nobody
 * confirmed is not the account's to see.
 */
const unlinkedWithAddress = (address: string) => and(isNull(responses.userId), sameAddress(responses.email, address), isConfirmed)!;

export async function listMyResponses(viewer: Pick<Viewer, "id">): Promise<MyResponses> {
  const address = await confirmedAddressOf(viewer.id);
  const [mine, earlier] = await Promise.all([
    selectResponses(eq(responses.userId, viewer.id)),
    address ? selectResponses(unlinkedWithAddress(address)) : Promise.resolve([]),
  ]);
  return { mine, earlier, emailConfirmed: address !== null };
}

/** One of the viewer's own responses, for the page that asks before withdrawing; null for anyone else's. */
export async function getMyResponse(viewer: Pick<Viewer, "id">, responseId: number): Promise<MyResponse | null> {
  const [response] = await selectResponses(and(eq(responses.id, responseId), eq(responses.userId, viewer.id))!);
  return response ?? null;
}

/** Nothing to fill in: the button claims every earlier response with the confirmed address. */
const linkEarlierResponsesSchema = z.object({});

/**
 * Adds the responses made with the viewer's confirmed address, and not yet
 * linked to anyone, to their account. The address check is in the same
 * statement as the write.
 */
export const linkMyEarlierResponses = guardedAction({ kind: "signed-in" }, linkEarlierResponsesSchema, async (_input, { viewer }) => {
  const address = await confirmedAddressOf(viewer.id);
  if (!address) throw new ActionError("Confirm your e-mail address first. Then you can add the responses you made with it to your account.");
  const db = await getDb();
  const confirmedAddress = db
    .select({ email: sql`lower(${users.email})` })
    .from(users)
    .where(and(eq(users.id, viewer.id), isNotNull(users.emailVerifiedAt)));
  const linked = await db
    .update(responses)
    .set({ userId: viewer.id, updatedAt: sql`now()` })
    .where(and(isNull(responses.userId), eq(sql`lower(${responses.email})`, confirmedAddress), isConfirmed))
    .returning({ id: responses.id });
  return { ok: true, linked: linked.length } as const;
});

const withdrawResponseSchema = z.object({ responseId: idSchema });

/**
 * The volunteer withdraws one of their own responses, while the organization
 * is still working on it. The change is recorded in the response's history,
 * and its coordinators are told by mail in the same transaction. Anyone
 * else's response id answers the guard's own refusal and changes nothing.
 */
export const withdrawMyResponse = guardedAction({ kind: "signed-in" }, withdrawResponseSchema, async (input, { viewer }) => {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const own = and(eq(responses.id, input.responseId), eq(responses.userId, viewer.id))!;
    // Locked: a coordinator changing the status at the same moment waits, or this waits for them.
    const [current] = await tx
      .select({ status: responses.status, organizationId: responses.organizationId, opportunityId: responses.opportunityId })
      .from(responses)
      .where(own)
      .limit(1)
      .for("update");
    if (!current) throw new ActionError(NO_ACCESS);
    if (!canWithdraw(current.status)) {
      throw new ActionError(
        current.status === "withdrawn"
          ? "You have already withdrawn this response."
          : `This response is marked ${responseStatusLabels[current.status]}, so it can no longer be withdrawn here. Please tell the organization directly.`,
      );
    }
    await tx
      .update(responses)
      .set({ status: "withdrawn", firstStatusChangeAt: sql`coalesce(${responses.firstStatusChangeAt}, now())`, updatedAt: sql`now()` })
      .where(and(own, inArray(responses.status, WITHDRAWABLE_STATUSES)));
    await tx.insert(responseEvents).values({
      responseId: input.responseId,
      organizationId: current.organizationId,
      actorUserId: viewer.id,
      kind: "status",
      fromStatus: current.status,
      toStatus: "withdrawn",
    });

    const [posting] = await tx
      .select({ title: opportunities.title, organizationSlug: organizations.slug })
      .from(opportunities)
      .innerJoin(organizations, eq(organizations.id, opportunities.organizationId))
      .where(eq(opportunities.id, current.opportunityId))
      .limit(1);
    const coordinators = await enabledMemberAddresses(tx, current.organizationId);
    // Nothing about the volunteer in the mail: their details stay on the dashboard.
    await enqueueMail(
      tx,
      coordinators.map((coordinator) => ({
        to: coordinator.email,
        subject: "A volunteer withdrew a response",
        text: [
          `A volunteer withdrew their response to "${posting!.title}". It is now marked Withdrawn.`,
          "",
          `See the response on your dashboard: ${siteUrl()}/dashboard/${posting!.organizationSlug}/responses/${input.responseId}`,
          "",
          "For the volunteer's privacy, their details are only on the dashboard.",
        ].join("\n"),
      })),
    );
  });
  return { ok: true, responseId: input.responseId } as const;
});
