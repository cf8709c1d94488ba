import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { opportunities, organizations, responses } from "@/db/schema";
import { ActionError, guardedAction } from "@/lib/actions/guard";
import { getViewer } from "@/lib/auth/viewer";
import { enqueueMail } from "@/lib/email/outbox";
import { siteUrl } from "@/lib/site";
import { isPublicOpportunity } from "@/lib/opportunities/public";
import { hitRateLimit } from "@/lib/rate-limit/rate-limit";
import { parseSlug } from "@/lib/slug";
import { interestSchema } from "./schemas";
import { enabledMemberAddresses } from "@/lib/organizations/team-queries";

/** Per client address; the unique index stops the same e-mail twice on one posting. */
const RESPONSES_PER_ADDRESS = { name: "respond", limit: 10, windowSeconds: 60 * 60 };
/** Per recipient: nobody can make the site mail one address over and over. */
const RESPONSES_PER_EMAIL = { name: "respond-email", limit: 10, windowSeconds: 24 * 60 * 60 };

export type RespondResult = { ok: true; outcome: "received" | "already" };

/**
 * "I'm interested": records a volunteer's response to a public posting, and
 * in the same transaction queues the volunteer's confirmation and a notice to
 * each coordinator of the organization. Neither mail's subject carries
 * personal data; the coordinators' notice carries none at all. A volunteer
 * who is signed in finds the response under "My responses" (/me).
 */
export function respondToOpportunity(slug: string) {
  return guardedAction({ kind: "public", rateLimit: RESPONSES_PER_ADDRESS }, interestSchema, async (input): Promise<RespondResult> => {
    // A filled honeypot is a bot: answer as if all went well, write nothing.
    if (input.leave_blank) return { ok: true, outcome: "received" };

    const perEmail = await hitRateLimit(RESPONSES_PER_EMAIL, input.email);
    if (!perEmail.ok) throw new ActionError("This e-mail address has answered many postings today. Please try again tomorrow.");
    if (!parseSlug(slug)) throw new ActionError("This opportunity is no longer open, so it cannot take responses.");
    const db = await getDb();
    const [posting] = await db
      .select({ id: opportunities.id, title: opportunities.title, organizationId: organizations.id, organizationName: organizations.name, organizationSlug: organizations.slug })
      .from(opportunities)
      .innerJoin(organizations, eq(organizations.id, opportunities.organizationId))
      .where(and(eq(opportunities.slug, slug), isPublicOpportunity))
      .limit(1);
    if (!posting) throw new ActionError("This opportunity is no longer open, so it cannot take responses.");
    // The account from the database, not the cookie alone: a disabled account links nothing.
    const viewer = await getViewer();

    return db.transaction(async (tx) => {
      const inserted = await tx
        .insert(responses)
        .values({
          opportunityId: posting.id,
          organizationId: posting.organizationId,
          // Linked only when the address typed is the account's own: a response for someone else stays theirs.
          userId: viewer && viewer.email.toLowerCase() === input.email.toLowerCase() ? viewer.id : null,
          name: input.name,
          email: input.email,
          phone: input.phone,
          message: input.message,
          availability: input.availability,
          consentedAt: new Date(),
        })
        .onConflictDoNothing()
        .returning({ id: responses.id });
      if (inserted.length === 0) {
        // Told by mail, never on the page: whether an address already answered is nobody else's business.
        await enqueueMail(tx, {
          to: input.email,
          subject: "You had already said you are interested",
          text: `${posting.organizationName} already has your details for "${posting.title}", so we did not send them again. They will contact you.`,
        });
        return { ok: true, outcome: "already" } as const;
      }

      const coordinators = await enabledMemberAddresses(tx, posting.organizationId);

      await enqueueMail(tx, [
        {
          to: input.email,
          subject: "We passed on your interest",
          text: confirmationText(input.name, posting.title, posting.organizationName),
        },
        ...coordinators.map((coordinator) => ({
          to: coordinator.email,
          subject: "A volunteer responded to one of your postings",
          text: `A volunteer said they are interested in "${posting.title}".\n\nRead the response on your dashboard: ${siteUrl()}/dashboard/${posting.organizationSlug}/responses\n\nFor the volunteer's privacy, their details are only on the dashboard.`,
        })),
      ]);
      return { ok: true, outcome: "received" } as const;
    });
  });
}

function confirmationText(name: string, title: string, organization: string): string {
  return [
    `Hello ${name},`,
    "",
    `Thank you for your interest in "${title}". We passed your details to ${organization}, and they will contact you.`,
    "",
    "If you did not ask for this, you can ignore this message: nobody else will contact you.",
    "",
    "Need help now? National Human Trafficking Hotline: call 1-888-373-7888 or text 233733.",
  ].join("\n");
}
