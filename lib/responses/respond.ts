import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { opportunities, organizations, responses, users } from "@/db/schema";
import { ActionError, guardedAction } from "@/lib/actions/guard";
import { getViewer } from "@/lib/auth/viewer";
import { enqueueMail } from "@/lib/email/outbox";
import { hashToken } from "@/lib/auth/tokens";
import { HOTLINE_LINE, site, siteUrl } from "@/lib/site";
import { isFull, isPublicOpportunity } from "@/lib/public-postings";
import { hitRateLimit } from "@/lib/rate-limit/rate-limit";
import { parseSlug } from "@/lib/slug";
import { interestSchema } from "./schemas";
import { enabledMemberAddresses } from "@/lib/organizations/team-queries";
import { CONFIRMATION_SUBJECT, UNCONFIRMED_RESPONSE_DAYS } from "./delivered";

/** Per client address; the unique index stops the same e-mail twice on one posting. */
const RESPONSES_PER_ADDRESS = { name: "respond", limit: 10, windowSeconds: 60 * 60 };
/** Per recipient: nobody can make the site mail one address over and over. */
const RESPONSES_PER_EMAIL = { name: "respond-email", limit: 10, windowSeconds: 24 * 60 * 60 };

/**
 * - "passed-on": the organization has the details (the volunteer is signed in with that address, confirmed).
 * - "to-confirm": a mail to the address says what happens next: usually a link to confirm, until which
 *   the organization sees nothing. Anyone not signed in with the address gets this answer, also when
 *   it had already answered the posting (the mail says so): the page never tells whether it had.
 * - "already": the signed-in volunteer had already answered the posting; the organization has it.
 */
export type RespondResult = { ok: true; outcome: "passed-on" | "to-confirm" | "already" };


type Posting = { id: number; title: string; organizationId: number; organizationName: string; organizationSlug: string };

/**
 * "I'm interested". Anyone can type anyone's address, so the details reach
 * the organization only once the address's owner agrees: at once when they
 * are signed in with that address (confirmed), otherwise from the link in a
 * mail to it (lib/responses/confirm.ts). The response, and the mails that go
 * with it, are written in one transaction. Neither mail's subject carries
 * personal data, the coordinators' notice carries none at all, and the
 * name typed never appears in a mail (it could be a link to anywhere).
 */
export function respondToOpportunity(slug: string) {
  return guardedAction({ kind: "public", rateLimit: RESPONSES_PER_ADDRESS }, interestSchema, async (input): Promise<RespondResult> => {
    // A filled honeypot is a bot: answer as if all went well, write nothing.
    if (input.leave_blank) return { ok: true, outcome: "to-confirm" };

    const perEmail = await hitRateLimit(RESPONSES_PER_EMAIL, input.email);
    if (!perEmail.ok) throw new ActionError("This e-mail address has answered many postings today. Please try again tomorrow.");
    if (!parseSlug(slug)) throw new ActionError(NOT_OPEN);
    const db = await getDb();
    const [posting] = await db
      .select({ id: opportunities.id, title: opportunities.title, organizationId: organizations.id, organizationName: organizations.name, organizationSlug: organizations.slug })
      .from(opportunities)
      .innerJoin(organizations, eq(organizations.id, opportunities.organizationId))
      .where(and(eq(opportunities.slug, slug), isPublicOpportunity))
      .limit(1);
    if (!posting) throw new ActionError(NOT_OPEN);
    // The account from the database, not the cookie alone: a disabled account links nothing.
    const viewer = await getViewer();
    const ownAddress = viewer !== null && viewer.email.toLowerCase() === input.email.toLowerCase();
    const ownConfirmedAddress = ownAddress && (await hasConfirmedAddress(viewer.id));

    return db.transaction(async (tx) => {
      const token = ownConfirmedAddress ? null : randomBytes(32).toString("base64url");
      const details = {
        name: input.name,
        phone: input.phone,
        message: input.message,
        availability: input.availability,
        consentedAt: new Date(),
        // Linked only when the address typed is the account's own: a response for someone else stays theirs.
        userId: ownAddress ? viewer.id : null,
        confirmedAt: ownConfirmedAddress ? new Date() : null,
        confirmationTokenHash: token ? hashToken(token) : null,
      };
      const inserted = await tx
        .insert(responses)
        .values({ opportunityId: posting.id, organizationId: posting.organizationId, email: input.email, ...details })
        .onConflictDoNothing()
        .returning({ id: responses.id });
      let responseId = inserted[0]?.id;
      if (inserted.length === 0) {
        const [earlier] = await tx
          .select({ id: responses.id, confirmedAt: responses.confirmedAt })
          .from(responses)
          .where(and(eq(responses.opportunityId, posting.id), sql`lower(${responses.email}) = lower(${input.email})`))
          .for("update");
        if (earlier?.confirmedAt) {
          // Told by mail, never on the page: whether an address already answered is nobody else's business.
          await enqueueMail(tx, {
            to: input.email,
            subject: ALREADY_SUBJECT,
            text: `${posting.organizationName} already has your details for "${posting.title}", so we did not send them again. They will contact you.`,
          });
          return { ok: true, outcome: ownConfirmedAddress ? "already" : "to-confirm" } as const;
        }
        // Still unconfirmed: the newest details replace the earlier ones, only the newest link works, and its days start now.
        if (earlier) await tx.update(responses).set({ ...details, createdAt: sql`now()`, updatedAt: sql`now()` }).where(eq(responses.id, earlier.id));
        responseId = earlier?.id;
      }
      if (token) {
        await enqueueMail(tx, { to: input.email, subject: CONFIRMATION_SUBJECT, text: confirmationRequestText(posting, token) });
        return { ok: true, outcome: "to-confirm" } as const;
      }
      if (responseId === undefined) throw new ActionError(NOT_OPEN);
      await passOn(tx, posting, input.email, responseId);
      return { ok: true, outcome: "passed-on" } as const;
    });
  });
}

export const ALREADY_SUBJECT = "You had already said you are interested";
export const PASSED_ON_SUBJECT = "We passed on your interest";
export const COORDINATOR_SUBJECT = "A volunteer responded to one of your postings";
export const WAITLISTED_SUBJECT = "You are on the waiting list";
export const COORDINATOR_WAITLIST_SUBJECT = "A volunteer joined the waiting list of one of your postings";

const NOT_OPEN = "This opportunity is no longer open, so it cannot take responses.";

async function hasConfirmedAddress(userId: number): Promise<boolean> {
  const db = await getDb();
  const [user] = await db.select({ verifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.id, userId)).limit(1);
  return Boolean(user?.verifiedAt);
}

/**
 * The organization has a new response: its coordinators are told where to read it, the volunteer that it went.
 * When every place of the posting is taken, the response joins the posting's waiting list, in order, and both
 * mails say so: a coordinator offers a place from there when one frees up (lib/responses/waitlist.ts).
 */
export async function passOn(tx: Transaction, posting: Posting, email: string, responseId: number): Promise<void> {
  const [state] = await tx.select({ full: isFull }).from(opportunities).where(eq(opportunities.id, posting.id));
  const waitlisted = state?.full === true;
  if (waitlisted) await tx.update(responses).set({ waitlistedAt: sql`now()` }).where(eq(responses.id, responseId));
  const coordinators = await enabledMemberAddresses(tx, posting.organizationId);
  const dashboard = `${siteUrl()}/dashboard/${posting.organizationSlug}/responses`;
  await enqueueMail(tx, [
    {
      to: email,
      subject: waitlisted ? WAITLISTED_SUBJECT : PASSED_ON_SUBJECT,
      text: waitlisted ? waitlistedText(posting) : passedOnText(posting),
    },
    ...coordinators.map((coordinator) => ({
      to: coordinator.email,
      subject: waitlisted ? COORDINATOR_WAITLIST_SUBJECT : COORDINATOR_SUBJECT,
      text: waitlisted
        ? `Every place of "${posting.title}" is taken, so a volunteer who said they are interested joined its waiting list.\n\nWhen a place frees up, offer it from your dashboard, in the order people joined: ${dashboard}\n\nFor the volunteer's privacy, their details are only on the dashboard.`
        : `A volunteer said they are interested in "${posting.title}".\n\nRead the response on your dashboard: ${dashboard}\n\nFor the volunteer's privacy, their details are only on the dashboard.`,
    })),
  ]);
}


function confirmationRequestText(posting: Posting, token: string): string {
  return [
    "Hello,",
    "",
    `Someone, we hope you, said on the ${site.name} that this address is interested in "${posting.title}" with ${posting.organizationName}.`,
    "",
    `Nothing has been sent to ${posting.organizationName} yet. To send them the details that were typed, open this link, check them, and press the button:`,
    `${siteUrl()}/responses/confirm/${token}`,
    "",
    `If this was not you, ignore this message: nothing will be sent, and what was typed is deleted within ${UNCONFIRMED_RESPONSE_DAYS} days.`,
    "",
    HOTLINE_LINE,
  ].join("\n");
}

function waitlistedText(posting: Posting): string {
  return [
    "Hello,",
    "",
    `Thank you for your interest in "${posting.title}". Every place is taken for now, so you are on its waiting list: we passed your details to ${posting.organizationName}, and they will write to you, in the order people joined, if a place frees up.`,
    "",
    "If you change your mind, reply to them, or withdraw the response from your account if you have one.",
    "",
    HOTLINE_LINE,
  ].join("\n");
}

function passedOnText(posting: Posting): string {
  return [
    "Hello,",
    "",
    `Thank you for your interest in "${posting.title}". We passed your details to ${posting.organizationName}; they usually reply within a few days, by e-mail or phone.`,
    "",
    "If you change your mind, reply to them, or withdraw the response from your account if you have one.",
    "",
    HOTLINE_LINE,
  ].join("\n");
}
