import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { responseEvents, responses } from "@/db/schema";
import { ActionError, guardedAction, NO_ACCESS } from "@/lib/actions/guard";
import type { OrganizationAccess } from "@/lib/auth/permissions";
import { organizationResponses } from "./delivered";
import { canMoveTo, noteSchema, ONLY_THE_VOLUNTEER_WITHDRAWS, responseStatusLabels, responseStatusSchema } from "./inbox-schemas";

/**
 * A coordinator's work on a response: moving it along and noting what
 * happened. Each write is scoped by the organization the guard granted AND
 * the response id (STYLE.md 4). Another organization's response answers the
 * guard's own refusal, word for word, so a guessed id cannot tell "exists
 * elsewhere" from "does not exist".
 */

type ResponseWorkResult = { ok: true; responseId: number; organizationSlug: string };

/** Moves a response to its next status, if the table allows it, with its event; the first move is timed. */
export const changeResponseStatus = guardedAction({ kind: "member", capability: "responses" }, responseStatusSchema, async (input, { viewer, access }) => {
  const db = await getDb();
  await db.transaction(async (tx) => {
    // Locked: a second coordinator at the same moment waits, then is checked against the status the first one left.
    const current = await lockOwnResponse(tx, access, input.responseId, "update");
    if (!canMoveTo(current.status, input.status)) {
      const message =
        current.status === input.status
          ? `This response is already marked ${responseStatusLabels[input.status]}.`
          : input.status === "withdrawn"
            ? ONLY_THE_VOLUNTEER_WITHDRAWS
            : `A response marked ${responseStatusLabels[current.status]} cannot be changed to ${responseStatusLabels[input.status]}.`;
      throw new ActionError(message, { status: [message] });
    }
    await tx
      .update(responses)
      .set({ status: input.status, firstStatusChangeAt: sql`coalesce(${responses.firstStatusChangeAt}, now())`, updatedAt: sql`now()` })
      .where(ownResponse(access, input.responseId));
    await tx.insert(responseEvents).values({
      responseId: input.responseId,
      organizationId: access.organizationId,
      actorUserId: viewer.id,
      kind: "status",
      fromStatus: current.status,
      toStatus: input.status,
    });
  });
  return { ok: true, responseId: input.responseId, organizationSlug: access.organization.slug } satisfies ResponseWorkResult;
});

/** A note for the team about a response: a call made, a message left. */
export const addResponseNote = guardedAction({ kind: "member", capability: "responses" }, noteSchema, async (input, { viewer, access }) => {
  const db = await getDb();
  await db.transaction(async (tx) => {
    // Shared: notes do not race each other, only the response being deleted.
    await lockOwnResponse(tx, access, input.responseId, "share");
    await tx.insert(responseEvents).values({
      responseId: input.responseId,
      organizationId: access.organizationId,
      actorUserId: viewer.id,
      kind: "note",
      note: input.note,
    });
  });
  return { ok: true, responseId: input.responseId, organizationSlug: access.organization.slug } satisfies ResponseWorkResult;
});

function ownResponse(access: OrganizationAccess, responseId: number) {
  return and(eq(responses.id, responseId), organizationResponses(access.organizationId))!;
}

async function lockOwnResponse(tx: Transaction, access: OrganizationAccess, responseId: number, strength: "update" | "share") {
  const [row] = await tx.select({ status: responses.status }).from(responses).where(ownResponse(access, responseId)).limit(1).for(strength);
  if (!row) throw new ActionError(NO_ACCESS);
  return row;
}
