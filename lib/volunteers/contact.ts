import "server-only";
import { and, asc, count, desc, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type Transaction } from "@/db/client";
import { contactRequests, memberships, organizations, users, volunteerProfiles } from "@/db/schema";
import { ActionError, guardedAction, tooManyAttempts } from "@/lib/actions/guard";
import type { OrganizationAccess } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { writeAudit } from "@/lib/audit/audit";
import { enqueueMail } from "@/lib/email/outbox";
import { formatDate } from "@/lib/format";
import { hitRateLimit } from "@/lib/rate-limit/rate-limit";
import { site, siteUrl } from "@/lib/site";
import { answerContactSchema, contactSchema, withdrawContactSchema } from "./find-schemas";
import { findableBy } from "./find";
import { pageCountOf, pageOffset } from "@/lib/lists/lists";

/**
 * Contact through the site: a coordinator of an approved organization writes
 * to a volunteer who asked to be found; the site mails the message on. The
 * organization never holds the volunteer's e-mail or phone until the
 * volunteer accepts, and then reads them on its dashboard only, never in a mail.
 */

/** Per coordinator: one account cannot be used to write to the whole databank. */
const CONTACTS_PER_USER = { name: "contact-volunteer", limit: 10, windowSeconds: 24 * 60 * 60 };
/** Per organization: a team of many cannot add up to a flood either. */
const CONTACTS_PER_ORGANIZATION = { name: "contact-volunteer-organization", limit: 30, windowSeconds: 24 * 60 * 60 };
const ANSWERS_PER_USER = { name: "answer-contact", limit: 60, windowSeconds: 60 * 60 };

/** The same words for an unknown id and for a volunteer who cannot be contacted, so a guess learns nothing. */
export const VOLUNTEER_NOT_FOUND = "This volunteer is not in the databank, or is no longer taking requests.";
export const ALREADY_DECLINED = "This volunteer declined your organization's request. Please respect their choice: they will not be asked again.";
export const ALREADY_WAITING = "Your organization already sent this volunteer a request. Please wait for their answer.";
export const ALREADY_ACCEPTED = "This volunteer already accepted your organization's request. Their details are on the requests page.";
export const REQUEST_NOT_FOUND = "This request was not found.";
export const ALREADY_ANSWERED = "You already answered this request.";
export const WITHDRAWN = "This volunteer stopped sharing their details with your organization. Please respect their choice: they will not be asked again.";
export const NOT_SHARED = "You are not sharing your details through this request.";
export const ORGANIZATION_UNAVAILABLE = "This organization cannot take new contacts at the moment, so the request cannot be accepted. You can still decline it.";

type ContactResult = { ok: true; requestId: number; organizationSlug: string };
type AnswerResult = { ok: true; answer: "accept" | "decline" };

/**
 * Sends a coordinator's message to a volunteer who can be found, as a
 * request the volunteer accepts or declines. One request per organization
 * and volunteer waits at a time; the request, its audit row and the mail are
 * written together.
 */
export const contactVolunteer = guardedAction({ kind: "member", capability: "findVolunteers", rateLimit: CONTACTS_PER_USER }, contactSchema, async (input, { viewer, access }) => {
  const perOrganization = await hitRateLimit(CONTACTS_PER_ORGANIZATION, `organization:${access.organizationId}`);
  if (!perOrganization.ok) throw new ActionError(`Your organization has sent many requests today. ${tooManyAttempts(perOrganization.retryAfterSeconds)}`, {}, "rate-limited");
  const db = await getDb();
  const requestId = await db.transaction(async (tx) => {
    // Locked: two coordinators writing at the same moment wait for each other, so only one request waits.
    const [volunteer] = await tx
      .select({ id: volunteerProfiles.userId, email: users.email })
      .from(volunteerProfiles)
      .innerJoin(users, eq(users.id, volunteerProfiles.userId))
      .where(and(eq(volunteerProfiles.userId, input.volunteerId), findableBy(access.organizationId)))
      .limit(1)
      .for("update", { of: volunteerProfiles });
    if (!volunteer) throw new ActionError(VOLUNTEER_NOT_FOUND, {}, "not-found");

    const [open] = await tx
      .select({ status: contactRequests.status })
      .from(contactRequests)
      .where(and(eq(contactRequests.organizationId, access.organizationId), eq(contactRequests.volunteerUserId, volunteer.id)))
      .orderBy(desc(contactRequests.createdAt))
      .limit(1);
    // A volunteer who said no, or stopped sharing, is not asked again by the same organization; one whose sharing expired may be.
    if (open && open.status !== "expired") throw new ActionError(REFUSALS[open.status], {}, "conflict");

    const [request] = await tx
      .insert(contactRequests)
      .values({ organizationId: access.organizationId, volunteerUserId: volunteer.id, senderUserId: viewer.id, message: input.message })
      .returning({ id: contactRequests.id });
    await writeAudit(tx, {
      actorUserId: viewer.id,
      action: "volunteer.contact",
      targetType: "user",
      targetId: volunteer.id,
      details: { organizationId: access.organizationId, requestId: request!.id },
    });
    await enqueueMail(tx, {
      to: volunteer.email,
      subject: "An organization would like to contact you",
      text: requestMailText(access.organization.name, input.message),
    });
    return request!.id;
  });
  return { ok: true, requestId, organizationSlug: access.organization.slug } satisfies ContactResult;
});

const REFUSALS = { accepted: ALREADY_ACCEPTED, declined: ALREADY_DECLINED, withdrawn: WITHDRAWN, pending: ALREADY_WAITING } as const;

function requestMailText(organization: string, message: string): string {
  return [
    "Hello,",
    "",
    `${organization}, a vetted organization on the ${site.name}, found your profile and sent you this message:`,
    "",
    "----",
    message,
    "----",
    "",
    "They do not have your e-mail address or phone number. If you accept, they will see both on their dashboard and can contact you directly. If you decline, they will not, and we will let them know politely.",
    "",
    `Accept or decline: ${siteUrl()}/me/contacts`,
    "",
    `You received this because you asked to be found by vetted organizations in your counties. You can turn this off in your databank profile at any time: ${siteUrl()}/me/profile`,
  ].join("\n");
}

/**
 * The volunteer's answer to a request of their own that still waits. Accepting
 * shows their e-mail and phone to that organization, on its dashboard only;
 * the coordinator who wrote is told by mail, without the details.
 */
export const answerContactRequest = guardedAction({ kind: "signed-in", rateLimit: ANSWERS_PER_USER }, answerContactSchema, async (input, { viewer }) => {
  const db = await getDb();
  await db.transaction(async (tx) => {
    // Scoped to the viewer: someone else's request id matches no row and answers the same as an unknown one.
    const [request] = await tx
      .select({
        id: contactRequests.id,
        status: contactRequests.status,
        createdAt: contactRequests.createdAt,
        senderUserId: contactRequests.senderUserId,
        organizationId: organizations.id,
        organizationSlug: organizations.slug,
        organizationStatus: organizations.status,
      })
      .from(contactRequests)
      .innerJoin(organizations, eq(organizations.id, contactRequests.organizationId))
      .where(and(eq(contactRequests.id, input.requestId), eq(contactRequests.volunteerUserId, viewer.id)))
      .limit(1)
      .for("update", { of: contactRequests });
    if (!request) throw new ActionError(REQUEST_NOT_FOUND, {}, "not-found");
    if (request.status !== "pending") throw new ActionError(ALREADY_ANSWERED, {}, "conflict");
    // A suspended organization could read the details the day it is reinstated: it cannot be accepted meanwhile.
    if (input.answer === "accept" && request.organizationStatus !== "approved") throw new ActionError(ORGANIZATION_UNAVAILABLE, {}, "unavailable");

    const status = input.answer === "accept" ? "accepted" : "declined";
    await tx
      .update(contactRequests)
      .set({ status, respondedAt: sql`now()` })
      .where(and(eq(contactRequests.id, request.id), eq(contactRequests.volunteerUserId, viewer.id), eq(contactRequests.status, "pending")));
    await writeAudit(tx, {
      actorUserId: viewer.id,
      action: "volunteer.contact_answer",
      targetType: "user",
      targetId: viewer.id,
      details: { organizationId: request.organizationId, requestId: request.id, answer: status },
    });

    const sender = await senderStillOnTeam(tx, request.organizationId, request.senderUserId);
    if (!sender) return;
    const sent = formatDate(request.createdAt);
    await enqueueMail(
      tx,
      status === "accepted"
        ? {
            to: sender.email,
            subject: "A volunteer accepted your request",
            text: [
              `The volunteer you wrote to on ${sent} through the ${site.name} accepted your request.`,
              "",
              `Their e-mail address and phone number are on your dashboard: ${siteUrl()}/dashboard/${request.organizationSlug}/volunteers/requests`,
              "",
              "For the volunteer's privacy, their details are only on the dashboard.",
            ].join("\n"),
          }
        : {
            to: sender.email,
            subject: "A volunteer answered your request",
            text: [
              `Thank you for reaching out through the ${site.name}. The volunteer you wrote to on ${sent} has decided not to take it further at this time.`,
              "",
              "Please respect their choice. Many other volunteers are looking for a way to help: you can find them on your dashboard.",
              "",
              `${siteUrl()}/dashboard/${request.organizationSlug}/volunteers`,
            ].join("\n"),
          },
    );
  });
  return { ok: true, answer: input.answer } satisfies AnswerResult;
});

/**
 * "Stop sharing my details": consent given can be taken back. The
 * organization stops seeing the volunteer's e-mail and phone at once (the
 * list selects them only while a request is accepted), is not able to ask
 * again, and the coordinator who wrote is told, without details.
 */
export const withdrawContactConsent = guardedAction({ kind: "signed-in", rateLimit: ANSWERS_PER_USER }, withdrawContactSchema, async (input, { viewer }) => {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [request] = await tx
      .update(contactRequests)
      .set({ status: "withdrawn", endedAt: sql`now()` })
      .where(and(eq(contactRequests.id, input.requestId), eq(contactRequests.volunteerUserId, viewer.id), eq(contactRequests.status, "accepted")))
      .returning({ id: contactRequests.id, organizationId: contactRequests.organizationId, senderUserId: contactRequests.senderUserId });
    // Someone else's request, one never accepted, or one already ended: the same answer for all.
    if (!request) throw new ActionError(NOT_SHARED, {}, "not-found");
    await writeAudit(tx, {
      actorUserId: viewer.id,
      action: "volunteer.contact_withdraw",
      targetType: "user",
      targetId: viewer.id,
      details: { organizationId: request.organizationId, requestId: request.id },
    });
    const sender = await senderStillOnTeam(tx, request.organizationId, request.senderUserId);
    if (!sender) return;
    await enqueueMail(tx, {
      to: sender.email,
      subject: "A volunteer stopped sharing their details",
      text: [
        `A volunteer who had accepted your organization's request on the ${site.name} has stopped sharing their e-mail address and phone number.`,
        "",
        "Please delete any copy you made of their details and do not contact them again, by any means. They will not be asked again through the site.",
      ].join("\n"),
    });
  });
  return { ok: true, withdrawn: true } as const;
});

/** The coordinator who wrote a request, only while still on the team with a working account: a former member hears nothing more. */
async function senderStillOnTeam(tx: Transaction, organizationId: number, senderUserId: number | null): Promise<{ email: string } | null> {
  if (senderUserId === null) return null;
  const [sender] = await tx
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, senderUserId), isNull(users.disabledAt)))
    .limit(1);
  return sender ?? null;
}

const REQUESTS_PAGE_SIZE = 25;

const volunteer = alias(users, "volunteer");
const sender = alias(users, "sender");
const accepted = sql`${contactRequests.status} = 'accepted'`;

/**
 * The organization's requests, newest first, with their status. The
 * volunteer's full name, e-mail and phone are selected only for the requests
 * they accepted: for the others the database answers null, so no page can
 * show them by mistake.
 */
export async function listContactRequestsForOrganization(access: OrganizationAccess<"findVolunteers">, page = 1) {
  const db = await getDb();
  const where = eq(contactRequests.organizationId, access.organizationId);
  const current = Math.max(1, Math.floor(page));
  const [items, [counted]] = await Promise.all([
    db
      .select({
        id: contactRequests.id,
        status: contactRequests.status,
        message: contactRequests.message,
        createdAt: contactRequests.createdAt,
        respondedAt: contactRequests.respondedAt,
        endedAt: contactRequests.endedAt,
        // Null once the member's account is deleted; the page says "A former team member".
        senderName: sender.name,
        firstName: sql<string>`split_part(btrim(${volunteer.name}), ' ', 1)`,
        fullName: sql<string | null>`case when ${accepted} then ${volunteer.name} end`,
        email: sql<string | null>`case when ${accepted} then ${volunteer.email} end`,
        phone: sql<string | null>`case when ${accepted} then ${volunteerProfiles.phone} end`,
      })
      .from(contactRequests)
      .innerJoin(volunteer, eq(volunteer.id, contactRequests.volunteerUserId))
      .leftJoin(sender, eq(sender.id, contactRequests.senderUserId))
      .leftJoin(volunteerProfiles, eq(volunteerProfiles.userId, contactRequests.volunteerUserId))
      .where(where)
      .orderBy(desc(contactRequests.createdAt), desc(contactRequests.id))
      .limit(REQUESTS_PAGE_SIZE)
      .offset(pageOffset(current, REQUESTS_PAGE_SIZE)),
    db.select({ total: count() }).from(contactRequests).where(where),
  ]);
  const total = counted?.total ?? 0;
  return { items, total, page: current, pageCount: pageCountOf(total, REQUESTS_PAGE_SIZE) };
}

export type OrganizationContactRequest = Awaited<ReturnType<typeof listContactRequestsForOrganization>>["items"][number];

/** The signed-in volunteer's requests: the ones waiting first, then the newest. */
export async function listMyContactRequests(viewer: Pick<Viewer, "id">) {
  const db = await getDb();
  return db
    .select({
      id: contactRequests.id,
      status: contactRequests.status,
      message: contactRequests.message,
      createdAt: contactRequests.createdAt,
      respondedAt: contactRequests.respondedAt,
      endedAt: contactRequests.endedAt,
      organization: { name: organizations.name, slug: organizations.slug, status: organizations.status },
    })
    .from(contactRequests)
    .innerJoin(organizations, eq(organizations.id, contactRequests.organizationId))
    .where(eq(contactRequests.volunteerUserId, viewer.id))
    .orderBy(asc(sql`${contactRequests.status} <> 'pending'`), desc(contactRequests.createdAt), desc(contactRequests.id))
    .limit(200);
}

export type MyContactRequest = Awaited<ReturnType<typeof listMyContactRequests>>[number];
