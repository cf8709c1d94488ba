import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { AllowRepublishStepForm, ApproveStepForm, DecisionStepForm, ReviewStepForm, UnpublishStepForm } from "@/components/admin-step-form";
import { requireAdmin } from "@/lib/auth/require";
import { formatDate } from "@/lib/format";
import { organizationKindLabels } from "@/lib/vocabulary";
import { VERIFICATION_CHECKS, type VerificationCheck } from "@/lib/organizations/moderation-schemas";
import { ChangeDecision, WaitingChanges } from "@/components/waiting-changes";
import { getOrganizationForAdmin, REVIEW_AFTER_DAYS } from "@/lib/organizations/moderation-queries";
import { waitingChangesOf } from "@/lib/organizations/pending-changes";
import { organizationStatusLabels } from "@/lib/organizations/status";
import { moderateAction } from "../actions";
import { DONE } from "../messages";
import { parseId } from "@/lib/forms/schema-parts";
import { Notice } from "@/components/notice";
import { noticeFor } from "@/lib/notices/notices";

export const metadata: Metadata = { title: "Organization" };

type Props = { params: Promise<{ organization: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminOrganizationPage(props: Props) {
  const { organization: id } = await props.params;
  const admin = await requireAdmin(`/admin/organizations/${id}`);
  const organizationId = parseId(id);
  const organization = organizationId === null ? null : await getOrganizationForAdmin(admin, organizationId);
  if (!organization) notFound();
  const waiting = await waitingChangesOf(admin, organization.id);
  const params = await props.searchParams;
  const done = noticeFor(DONE, params.done);
  // Every form here names the organization and comes back to this page.
  const ids = { organizationId: String(organization.id), from: "detail" };

  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm">
          <Link href={`/admin/organizations?status=${organization.status}`}>{organizationStatusLabels[organization.status]} organizations</Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold">{organization.name}</h1>
        <p className="text-slate-700">
          {organizationKindLabels[organization.kind]} · {organizationStatusLabels[organization.status]} · applied {formatDate(organization.createdAt)}
          {organization.verifiedAt && ` · verified on ${formatDate(organization.verifiedAt)}`}
        </p>
        {organization.dueForReview && (
          <p className="mt-2 rounded border-2 border-amber-600 bg-amber-50 p-3">Verified more than {REVIEW_AFTER_DAYS} days ago: due for another review.</p>
        )}
        <Notice>{done}</Notice>
        {organization.statusReason && (
          <p className="mt-4">
            <strong>Reason given to the organization:</strong> {organization.statusReason}
          </p>
        )}
      </div>

      {waiting.lines.length > 0 && (
        <section aria-labelledby="changes-heading" className="rounded border-2 border-amber-600 bg-amber-50 p-4">
          <h2 id="changes-heading" className="text-xl font-semibold">
            Changes waiting for review
          </h2>
          <p className="mt-1 text-sm">
            Asked {waiting.requestedAt ? formatDate(waiting.requestedAt) : ""}. The public and “Find volunteers” keep the values under “Now” until you decide.
          </p>
          <WaitingChanges lines={waiting.lines} caption={`Changes asked for ${organization.name}`} />
          <ChangeDecision action={moderateAction} organizationId={organization.id} name={organization.name} from="detail" />
        </section>
      )}

      <section aria-labelledby="told-heading">
        <h2 id="told-heading" className="text-xl font-semibold">
          What the organization told us
        </h2>
        <p className="mt-2 whitespace-pre-line">{organization.description}</p>
        <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
          <Item term="Town">
            {organization.town}
            {organization.confidentialLocation ? " (location confidential)" : ""}
          </Item>
          <Item term="Counties">{organization.counties.join(", ") || "None given"}</Item>
          <Item term="Website">
            {organization.website ? (
              <a href={organization.website} rel="noopener noreferrer nofollow" target="_blank">
                {organization.website}
              </a>
            ) : (
              "None given"
            )}
          </Item>
          <Item term="Phone">{organization.phone ?? "None given"}</Item>
          <Item term="Public e-mail">{organization.publicEmail ?? "None given"}</Item>
          <Item term="EIN">{organization.ein ?? "None given"}</Item>
        </dl>
      </section>

      <section aria-labelledby="review-heading">
        <h2 id="review-heading" className="text-xl font-semibold">
          Verification
        </h2>
        <ReviewStepForm
          action={moderateAction}
          ids={ids}
          checks={(Object.entries(VERIFICATION_CHECKS) as [VerificationCheck, string][]).map(([check, label]) => ({ name: check, label, defaultChecked: organization.verificationChecklist[check] === true }))}
          text={{ name: "reviewNotes", id: "reviewNotes", label: "Notes (for admins only)", defaultValue: organization.reviewNotes ?? "", rows: 4 }}
          buttons={[{ step: "review", label: "Save checklist and notes", pendingLabel: "Saving…", className: "button-secondary" }]}
          className="mt-3 space-y-3"
        />
      </section>

      <section aria-labelledby="decide-heading">
        <h2 id="decide-heading" className="text-xl font-semibold">
          Decide
        </h2>
        <div className="mt-3 flex flex-wrap items-start gap-6">
          {(organization.status === "pending" || organization.status === "rejected") && (
            <ApproveStepForm
              action={moderateAction}
              ids={ids}
              buttons={[{ step: "approve", label: `Approve ${organization.name}`, pendingLabel: "Approving…", className: "button" }]}
              className=""
            />
          )}
          {organization.status === "pending" && <ReasonForm step="reject" label="Reason for rejecting (the applicant reads it)" button={`Reject ${organization.name}`} ids={ids} danger />}
          {organization.status === "approved" && (
            <ReasonForm step="reverify" label="What you checked again (for the audit log)" button={`Confirm the verification of ${organization.name}`} ids={ids} />
          )}
          {organization.status === "approved" && (
            <ReasonForm step="suspend" label="Reason for suspending (its coordinators read it)" button={`Suspend ${organization.name}`} ids={ids} danger />
          )}
          {organization.status === "suspended" && <ReasonForm step="reinstate" label="Why it may be reinstated (for the audit log)" button={`Reinstate ${organization.name}`} ids={ids} />}
        </div>
      </section>

      <section aria-labelledby="postings-heading">
        <h2 id="postings-heading" className="text-xl font-semibold">
          Postings
        </h2>
        {organization.postings.length === 0 ? (
          <p className="mt-2">No postings.</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-200 rounded border border-slate-200">
            {organization.postings.map((posting) => (
              <li key={posting.id} className="space-y-2 p-4">
                <p>
                  <strong>{posting.title}</strong> ·{" "}
                  {posting.moderationReason
                    ? "unpublished by an admin"
                    : posting.status === "published" && organization.status !== "approved"
                      ? `published (not public: ${organizationStatusLabels[organization.status].toLowerCase()})`
                      : posting.status}{" "}
                  · until {formatDate(posting.expiresAt)}
                  {posting.status === "published" && organization.status === "approved" && !posting.moderationReason && (
                    <>
                      {" "}
                      · <Link href={`/opportunities/${posting.slug}`}>public page</Link>
                    </>
                  )}
                </p>
                {posting.moderationReason ? (
                  <>
                    <p className="text-sm">Reason given: {posting.moderationReason}</p>
                    <AllowRepublishStepForm
                      action={moderateAction}
                      ids={{ ...ids, opportunityId: String(posting.id) }}
                      text={{ name: "reason", id: `allow-${posting.id}`, label: "Note for the audit log (optional)", rows: 2 }}
                      buttons={[{ step: "allow", label: `Allow “${posting.title}” to be published again`, pendingLabel: "Saving…", className: "button-secondary" }]}
                    />
                  </>
                ) : posting.status === "published" ? (
                  <ReasonForm
                    step="unpublish"
                    label={`Reason for unpublishing “${posting.title}” (its coordinators read it)`}
                    button={`Unpublish “${posting.title}”`}
                    ids={{ ...ids, opportunityId: String(posting.id) }}
                    id={`unpublish-${posting.id}`}
                    danger
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="members-heading">
        <h2 id="members-heading" className="text-xl font-semibold">
          Members
        </h2>
        {organization.members.length === 0 ? (
          <p className="mt-2">No account belongs to this organization, so nobody can sign in to work for it.</p>
        ) : (
          <ul className="mt-2 list-inside list-disc">
            {organization.members.map((member) => (
              <li key={member.id}>
                {member.name} &lt;{member.email}&gt; · {member.role}
                {member.disabledAt ? " · disabled" : ""}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold">{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** A step that needs a reason: reject, suspend, reinstate, confirm a verification, unpublish a posting. */
function ReasonForm({ step, label, button, ids, danger = false, id = step }: { step: string; label: string; button: string; ids: Record<string, string>; danger?: boolean; id?: string }) {
  const StepForm = step === "unpublish" ? UnpublishStepForm : DecisionStepForm;
  return (
    <StepForm
      action={moderateAction}
      ids={ids}
      text={{ name: "reason", id: `reason-${id}`, label }}
      buttons={[{ step, label: button, pendingLabel: "Saving…", className: danger ? "button-danger" : "button" }]}
    />
  );
}
