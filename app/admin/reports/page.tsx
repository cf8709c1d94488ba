import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/pagination";
import { requireAdmin } from "@/lib/auth/require";
import { plural } from "@/lib/format";
import { listReports } from "@/lib/reports/queue";
import { parseReportQueueParams, REPORT_FILTERS, reportQueueQueryString, type ReportFilter } from "@/lib/reports/schemas";
import { ReportItem } from "./report-item";
import { Notice } from "@/components/notice";
import { noticeFor } from "@/lib/notices/notices";

export const metadata: Metadata = { title: "Reports about listings" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const FILTER_LABELS: Record<ReportFilter, string> = { open: "Open", resolved: "Resolved", dismissed: "Dismissed", all: "All reports" };
const COUNT_WORDS: Record<ReportFilter, [string, string]> = {
  open: ["open report", "open reports"],
  resolved: ["resolved report", "resolved reports"],
  dismissed: ["dismissed report", "dismissed reports"],
  all: ["report", "reports"],
};

const DONE = {
  resolve: "The report is resolved.",
  dismiss: "The report is dismissed.",
  unpublish: "The posting is unpublished and its coordinators have been told why. Resolve the report when you are done with it.",
  suspend: "The organization is suspended: its postings have left the public site and its members have been told why. Resolve the report when you are done with it.",
} as const;

const select = "mt-1 block rounded border border-slate-500 bg-white px-3 py-2";

/** The reports the public sent about listings: open ones first, oldest first, each with the steps an admin can take. */
export default async function AdminReportsPage(props: Props) {
  const admin = await requireAdmin("/admin/reports");
  const params = await props.searchParams;
  const view = parseReportQueueParams(params);
  const result = await listReports(admin, view);
  const done = noticeFor(DONE, params.done);
  const [singular, many] = COUNT_WORDS[view.status];

  return (
    <div>
      <h1 className="text-3xl font-bold">Reports about listings</h1>
      <p className="mt-2 max-w-2xl">
        What members of the public reported about postings. Nothing about who reported is kept. Take the posting down or suspend the
        organization if needed, then resolve the report; dismiss it if nothing needs doing.
      </p>
      <Notice>{done}</Notice>

      <form method="get" action="/admin/reports" aria-label="Filter reports" className="mt-6 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="status" className="block text-sm font-semibold">
            Status
          </label>
          <select id="status" name="status" defaultValue={view.status} className={select}>
            {REPORT_FILTERS.map((value) => (
              <option key={value} value={value}>
                {FILTER_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button-secondary">
          Show
        </button>
      </form>

      <h2 className="mt-8 text-xl font-semibold" data-testid="report-count">
        {result.total} {plural(result.total, singular, many)}
      </h2>

      {result.items.length === 0 ? (
        <p className="notice mt-4">
          {result.total > 0 ? (
            <>
              There are no reports on this page. <Link href={`/admin/reports${reportQueueQueryString({ status: view.status })}`}>Go to the first page</Link>.
            </>
          ) : view.status === "open" ? (
            "No reports are waiting."
          ) : (
            `There are no ${many}.`
          )}
        </p>
      ) : (
        <>
          <ol className="mt-4 space-y-8">
            {result.items.map((report) => (
              <ReportItem key={report.id} report={report} view={view} />
            ))}
          </ol>
          <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => `/admin/reports${reportQueueQueryString({ status: view.status, page })}`} />
        </>
      )}
    </div>
  );
}
