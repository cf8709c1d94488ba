import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InterestForm } from "@/components/interest-form";
import { PostingView } from "@/components/posting-view";
import { isPublicPosting, PostingStateTag } from "@/components/posting-state-tag";
import { allows } from "@/lib/auth/permissions";
import { requireOrganizationAccess } from "@/lib/auth/require";
import { formatDate } from "@/lib/format";
import { commandsFor, expiresSoon, postingCommandDone, postingCommandLabels, RENEW_WITHIN_DAYS } from "@/lib/opportunities/commands";
import { getOrganizationPosting } from "@/lib/opportunities/organization-queries";
import { postingWarnings } from "@/lib/opportunities/warnings";
import { postingCommandAction } from "../actions";
import { parseId } from "@/lib/forms/schema-parts";

export const metadata: Metadata = { title: "Posting" };

type Props = { params: Promise<{ organization: string; posting: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const FAILED: Record<string, string> = {
  publish: "This posting could not be published. Only a draft or a closed posting that has not expired can be; renew an expired one.",
  close: "This posting could not be closed: only a published posting can be.",
  reopen: "This posting could not be reopened: only a closed posting that has not expired can be.",
  renew: `This posting could not be renewed: only an expired posting, or a published one in its last ${RENEW_WITHIN_DAYS} days, can be.`,
  duplicate: "This posting could not be copied. Please try again.",
  unknown: "That did not work. Please try again.",
};

export default async function PostingPage(props: Props) {
  const { organization: slug, posting: postingId } = await props.params;
  const access = await requireOrganizationAccess(slug, "draft", `/dashboard/${slug}/postings/${postingId}`);
  const id = parseId(postingId);
  const posting = id === null ? null : await getOrganizationPosting(access, id);
  if (!posting) notFound();
  const params = await props.searchParams;
  const done = typeof params.done === "string" && Object.hasOwn(postingCommandDone, params.done) ? postingCommandDone[params.done as keyof typeof postingCommandDone] : params.saved === "1" ? "Saved." : undefined;
  const failed = typeof params.error === "string" ? (FAILED[params.error] ?? FAILED.unknown) : undefined;
  const canPublish = allows(access, "publish");
  const commands = commandsFor(posting, canPublish);
  const base = `/dashboard/${access.organization.slug}`;
  const warnings = postingWarnings(posting, posting.organizationCounties);

  return (
    <div>
      <p className="text-sm">
        <Link href={base}>All postings</Link>
      </p>
      {done && (
        <p role="status" className="notice-success mt-4">
          {done}
        </p>
      )}
      {failed && (
        <p role="alert" className="mt-4 rounded border-2 border-red-700 bg-red-50 p-4">
          {failed}
        </p>
      )}
      {warnings.length > 0 && (
        <section aria-labelledby="warnings-heading" className="mt-4 rounded border-2 border-amber-500 bg-amber-50 p-4" data-testid="posting-warnings">
          <h2 id="warnings-heading" className="font-semibold">
            Please check {warnings.length === 1 ? "this" : "these"} before you publish
          </h2>
          <ul className="mt-2 list-disc space-y-2 pl-5">
            {warnings.map((warning) => (
              <li key={warning.field}>{warning.message}</li>
            ))}
          </ul>
          <p className="mt-2">
            <Link href={`${base}/postings/${posting.id}/edit`}>Edit the posting</Link>
          </p>
        </section>
      )}
      <section aria-label="Manage this posting" className="mt-4 flex flex-wrap items-center gap-3 rounded border border-slate-300 bg-slate-50 p-4">
        <span>
          <PostingStateTag state={posting.state} organizationStatus={access.organization.status} /> · shown until {formatDate(posting.expiresAt)}
          {expiresSoon(posting.state, posting.expiresAt) && isPublicPosting(posting.state, access.organization.status) && <strong> · leaves the public site soon: renew it if you still need volunteers</strong>}
        </span>
        <Link href={`${base}/postings/${posting.id}/edit`} className="button-secondary">
          Edit
        </Link>
        {commands.map((command) => (
          <form key={command} action={postingCommandAction.bind(null, access.organization.slug)}>
            <input type="hidden" name="organizationId" value={access.organizationId} />
            <input type="hidden" name="opportunityId" value={posting.id} />
            <button type="submit" name="command" value={command} className={command === "duplicate" ? "button-secondary" : "button"}>
              {postingCommandLabels[command]}
            </button>
          </form>
        ))}
        {isPublicPosting(posting.state, access.organization.status) && <Link href={`/opportunities/${posting.slug}`}>See it on the public site</Link>}
        {posting.spots !== null && <Link href={`${base}/postings/${posting.id}/waitlist`}>Places and waiting list</Link>}
        {posting.state !== "draft" && <Link href={`${base}/postings/${posting.id}/hours`}>Hours given</Link>}
      </section>
      {posting.moderationReason && (
        <div role="alert" className="mt-4 rounded border-2 border-red-700 bg-red-50 p-4">
          <p>An admin took this posting off the public site. You can edit it; it can be published again once an admin allows it.</p>
          <p className="mt-2">
            <strong>Reason given:</strong> {posting.moderationReason}
          </p>
        </div>
      )}
      {!canPublish && posting.state === "draft" && (
        <p className="notice mt-4">You can publish once a person on our team has approved the organization.</p>
      )}
      <section aria-labelledby="preview-heading" className="mt-6">
        <h2 id="preview-heading" className="text-sm font-semibold tracking-wide text-slate-700 uppercase">
          Preview: the public page as volunteers will see it
        </h2>
        <div className="mt-2 rounded border-2 border-dashed border-slate-300 p-4">
          <PostingView
            preview
            opportunity={{ ...posting, town: posting.publicTown }}
            organization={posting.organization}
            interestForm={<InterestForm preview organizationName={posting.organization.name} />}
          />
        </div>
      </section>
    </div>
  );
}
