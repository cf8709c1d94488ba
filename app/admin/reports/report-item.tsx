import Link from "next/link";
import { formatDate, formatDateTime } from "@/lib/format";
import { organizationStatusLabels } from "@/lib/organizations/status";
import type { QueuedReport } from "@/lib/reports/queue";
import { reportReasonLabels, reportStatusLabels, type ReportQueueParams } from "@/lib/reports/schemas";
import { reportStepAction } from "./actions";

const textarea = "mt-1 block w-full rounded border border-slate-500 px-3 py-2";

/** One report in the queue: what was reported, and for an open one the steps an admin can take. */
export function ReportItem({ report, view, error }: { report: QueuedReport; view: ReportQueueParams; error?: string }) {
  const { posting, organization } = report;
  const id = report.id;
  // The queue's filter and page, so the action sends the admin back to the same view.
  const viewFields = (
    <>
      <input type="hidden" name="view_status" value={view.status} />
      <input type="hidden" name="view_page" value={view.page} />
    </>
  );

  return (
    <li id={`report-${id}`} className="rounded border border-slate-300 p-4">
      <h3 className="text-xl font-semibold">
        {posting.isPublic ? <Link href={`/opportunities/${posting.slug}`}>{posting.title}</Link> : posting.title}
      </h3>
      <p className="text-sm text-slate-700">
        {posting.isPublic ? "On the public site" : posting.unpublished ? "Unpublished by an admin" : "Not on the public site"} · report{" "}
        {reportStatusLabels[report.status].toLowerCase()}
      </p>
      {error && (
        <p role="alert" className="mt-3 rounded border-2 border-red-700 bg-red-50 p-3">
          {error}
        </p>
      )}
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
          <form action={reportStepAction} className="space-y-2">
            <input type="hidden" name="reportId" value={id} />
            {viewFields}
            <label htmlFor={`resolution-${id}`} className="block text-sm font-semibold">
              Note on what you did (optional, for the other admins)
            </label>
            <textarea id={`resolution-${id}`} name="resolution" rows={2} maxLength={1000} className={textarea} />
            <div className="flex flex-wrap gap-4">
              <button type="submit" name="step" value="resolve" className="button">
                Resolve<span className="sr-only"> the report about {posting.title}</span>
              </button>
              <button type="submit" name="step" value="dismiss" className="button-secondary">
                Dismiss<span className="sr-only"> the report about {posting.title}</span>
              </button>
            </div>
          </form>

          <div className="flex flex-wrap items-start gap-6">
            {posting.unpublished ? (
              <p className="min-w-64 flex-1 text-sm">This posting is already unpublished.</p>
            ) : (
              <form action={reportStepAction} className="min-w-64 flex-1 space-y-2">
                <input type="hidden" name="reportId" value={id} />
                <input type="hidden" name="opportunityId" value={posting.id} />
                {viewFields}
                <label htmlFor={`unpublish-reason-${id}`} className="block text-sm font-semibold">
                  Reason for unpublishing (the posting’s coordinators read it)
                </label>
                <textarea id={`unpublish-reason-${id}`} name="reason" rows={3} maxLength={1000} className={textarea} />
                <button type="submit" name="step" value="unpublish" className="button-danger">
                  Unpublish this posting<span className="sr-only">: {posting.title}</span>
                </button>
              </form>
            )}
            {organization.status === "approved" ? (
              <form action={reportStepAction} className="min-w-64 flex-1 space-y-2">
                <input type="hidden" name="reportId" value={id} />
                <input type="hidden" name="organizationId" value={organization.id} />
                {viewFields}
                <label htmlFor={`suspend-reason-${id}`} className="block text-sm font-semibold">
                  Reason for suspending {organization.name} (its members read it)
                </label>
                <textarea id={`suspend-reason-${id}`} name="reason" rows={3} maxLength={1000} className={textarea} />
                <button type="submit" name="step" value="suspend" className="button-danger">
                  Suspend the organization<span className="sr-only">: {organization.name}</span>
                </button>
              </form>
            ) : (
              <p className="min-w-64 flex-1 text-sm">The organization is {organizationStatusLabels[organization.status].toLowerCase()}, so it cannot be suspended.</p>
            )}
          </div>
        </div>
      )}
    </li>
  );
}
