import Link from "next/link";
import { DecisionStepForm, HandleReportStepForm, UnpublishStepForm } from "@/components/admin-step-form";
import { formatDate, formatDateTime } from "@/lib/format";
import { organizationStatusLabels } from "@/lib/organizations/status";
import type { QueuedReport } from "@/lib/reports/queue";
import { reportReasonLabels, reportStatusLabels, type ReportQueueParams } from "@/lib/reports/schemas";
import { reportStepAction } from "./actions";

/** One report in the queue: what was reported, and for an open one the steps an admin can take. */
export function ReportItem({ report, view }: { report: QueuedReport; view: ReportQueueParams }) {
  const { posting, organization } = report;
  const id = report.id;
  // The queue's filter and page, so the action sends the admin back to the same view.
  const viewFields = { reportId: String(id), view_status: view.status, view_page: String(view.page) };

  return (
    <li id={`report-${id}`} className="rounded border border-slate-300 p-4">
      <h3 className="text-xl font-semibold">
        {posting.isPublic ? <Link href={`/opportunities/${posting.slug}`}>{posting.title}</Link> : posting.title}
      </h3>
      <p className="text-sm text-slate-700">
        {posting.isPublic ? "On the public site" : posting.unpublished ? "Unpublished by an admin" : "Not on the public site"} · report{" "}
        {reportStatusLabels[report.status].toLowerCase()}
      </p>
      <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="font-semibold">Organization</dt>
        <dd>
          {organization.name} ({organizationStatusLabels[organization.status]})
        </dd>
        <dt className="font-semibold">Reason</dt>
        <dd>{reportReasonLabels[report.reason]}</dd>
        <dt className="font-semibold">Details</dt>
        <dd className="whitespace-pre-line">{report.details ?? "None given"}</dd>
        <dt className="font-semibold">Received</dt>
        <dd>
          <time dateTime={report.createdAt.toISOString()}>{formatDate(report.createdAt)}</time>
          {report.status === "open" && ` (waiting ${report.age})`}
        </dd>
        {report.status !== "open" && (
          <>
            <dt className="font-semibold">{reportStatusLabels[report.status]}</dt>
            <dd>
              {report.handledAt ? <time dateTime={report.handledAt.toISOString()}>{formatDateTime(report.handledAt)}</time> : "Date not known"}
              {` by ${report.handledByName ?? "a former admin"}`}
            </dd>
            <dt className="font-semibold">Note</dt>
            <dd className="whitespace-pre-line">{report.resolution ?? "None given"}</dd>
          </>
        )}
      </dl>

      {report.status === "open" && (
        <div className="mt-4 space-y-6">
          <HandleReportStepForm
            action={reportStepAction}
            ids={viewFields}
            text={{ name: "resolution", id: `resolution-${id}`, label: "Note on what you did (optional, for the other admins)", rows: 2 }}
            buttons={[
              { step: "resolve", label: <>Resolve<span className="sr-only"> the report about {posting.title}</span></>, pendingLabel: "Saving…", className: "button" },
              { step: "dismiss", label: <>Dismiss<span className="sr-only"> the report about {posting.title}</span></>, pendingLabel: "Saving…", className: "button-secondary" },
            ]}
            className="space-y-2"
          />

          <div className="flex flex-wrap items-start gap-6">
            {posting.unpublished ? (
              <p className="min-w-64 flex-1 text-sm">This posting is already unpublished.</p>
            ) : (
              <UnpublishStepForm
                action={reportStepAction}
                ids={{ ...viewFields, opportunityId: String(posting.id) }}
                text={{ name: "reason", id: `unpublish-reason-${id}`, label: "Reason for unpublishing (the posting’s coordinators read it)" }}
                buttons={[{ step: "unpublish", label: <>Unpublish this posting<span className="sr-only">: {posting.title}</span></>, pendingLabel: "Unpublishing…", className: "button-danger" }]}
              />
            )}
            {organization.status === "approved" ? (
              <DecisionStepForm
                action={reportStepAction}
                ids={{ ...viewFields, organizationId: String(organization.id) }}
                text={{ name: "reason", id: `suspend-reason-${id}`, label: `Reason for suspending ${organization.name} (its members read it)` }}
                buttons={[{ step: "suspend", label: <>Suspend the organization<span className="sr-only">: {organization.name}</span></>, pendingLabel: "Suspending…", className: "button-danger" }]}
              />
            ) : (
              <p className="min-w-64 flex-1 text-sm">The organization is {organizationStatusLabels[organization.status].toLowerCase()}, so it cannot be suspended.</p>
            )}
          </div>
        </div>
      )}
    </li>
  );
}
