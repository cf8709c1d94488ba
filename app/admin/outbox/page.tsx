import type { Metadata } from "next";
import Link from "next/link";
import { ListTable } from "@/components/list-table";
import type { ReactNode } from "react";
import { AdminStatusTag } from "@/components/admin-status-tag";
import { Pagination } from "@/components/pagination";
import { requireAdmin } from "@/lib/auth/require";
import { listOutboxMail, OUTBOX_STATUSES, outboxQueryString, outboxStatusLabels, parseOutboxParams, type OutboxStatus } from "@/lib/email/admin";
import { MAX_ATTEMPTS } from "@/lib/email/sender";
import { mailServerConfigured } from "@/lib/email/transport";
import { formatDateTime, plural } from "@/lib/format";
import { retryMailAction } from "./actions";

export const metadata: Metadata = { title: "Outbox" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const TONES: Record<OutboxStatus, "neutral" | "good" | "danger"> = { pending: "neutral", sent: "good", failed: "danger" };

/**
 * The mail the site has queued, newest first: who it goes to, its subject and
 * how delivery went. Never the body, which can hold a volunteer's details.
 */
export default async function OutboxPage(props: Props) {
  const admin = await requireAdmin("/admin/outbox");
  const params = await props.searchParams;
  const filters = parseOutboxParams(params);
  const result = await listOutboxMail(admin, filters);
  const retried = params.done === "retried";
  const canSend = mailServerConfigured();
  const now = new Date();

  return (
    <div>
      <h1 className="text-3xl font-bold">Outbox</h1>
      <p className="mt-2 max-w-2xl">
        Every mail is queued here with the change that caused it, then sent with retries. After {MAX_ATTEMPTS} failed attempts a mail stops as failed; send it again once the cause is fixed.
      </p>
      {!canSend && (
        <div role="alert" className="mt-4 rounded border-2 border-red-700 bg-red-50 p-3" data-testid="no-mail-server">
          <p className="font-semibold">No mail server is set, so no mail leaves the site.</p>
          <p className="mt-1">
            Volunteers, coordinators and applicants receive nothing until the server runs with <code>SMTP_URL</code> (see the README&rsquo;s settings).
            Mail waits here meanwhile, and goes out once one is set.
          </p>
        </div>
      )}
      {retried && (
        <p role="status" className="notice-success mt-4">
          The mail is queued again, due now. Its attempts start again from 0.
        </p>
      )}
      {params.error === "retry" && (
        <p role="alert" className="mt-4 rounded border-2 border-red-700 bg-red-50 p-3">
          That mail was not sent again: only a mail that failed can be. It may have been retried already.
        </p>
      )}

      <nav aria-label="Filter by status" className="mt-6">
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          <li>
            <FilterLink href="/admin/outbox" current={filters.status === undefined}>
              All ({result.counts.pending + result.counts.sent + result.counts.failed})
            </FilterLink>
          </li>
          {OUTBOX_STATUSES.map((status) => (
            <li key={status}>
              <FilterLink href={`/admin/outbox${outboxQueryString({ status })}`} current={filters.status === status}>
                {outboxStatusLabels[status]} ({result.counts[status]})
              </FilterLink>
            </li>
          ))}
        </ul>
      </nav>

      <h2 className="mt-8 text-xl font-semibold" data-testid="outbox-count">
        {result.total} {plural(result.total, "mail", "mails")}
        {filters.status ? ` ${outboxStatusLabels[filters.status].toLowerCase()}` : ""}
      </h2>

      {result.items.length === 0 ? (
        <p className="notice mt-4">
          {result.total > 0 ? (
            <>
              There are no mails on this page. <Link href={`/admin/outbox${outboxQueryString({ status: filters.status })}`}>Go to the first page</Link>.
            </>
          ) : (
            "No mail here."
          )}
        </p>
      ) : (
        <>
          <ListTable
            caption={<>Mail, newest first{result.pageCount > 1 ? `, page ${result.page} of ${result.pageCount}` : ""}</>}
            rows={result.items}
            rowKey={(mail) => mail.id}
            rowId={(mail) => `mail-${mail.id}`}
            rowHeader={{ heading: "Subject", cell: (mail) => mail.subject, className: "font-semibold" }}
            columns={[
              { heading: "To", cell: (mail) => mail.to, className: "break-all" },
              { heading: "Status", cell: (mail) => <AdminStatusTag tone={TONES[mail.status]}>{outboxStatusLabels[mail.status]}</AdminStatusTag> },
              { heading: "Attempts", cell: (mail) => mail.attempts },
              { heading: "Queued", cell: (mail) => <Time date={mail.createdAt} /> },
              {
                heading: "Next attempt",
                cell: (mail) => (mail.status !== "pending" ? "" : !canSend ? "When a mail server is set" : mail.nextAttemptAt <= now ? "Due now" : <Time date={mail.nextAttemptAt} />),
              },
              { heading: "Sent", cell: (mail) => (mail.sentAt ? <Time date={mail.sentAt} /> : "") },
              { heading: "Last error", cell: (mail) => mail.lastError ?? "" },
              {
                heading: "Actions",
                headingHidden: true,
                cell: (mail) =>
                  mail.status === "failed" && (
                    <form action={retryMailAction}>
                      <input type="hidden" name="mailId" value={mail.id} />
                      {filters.status && <input type="hidden" name="status" value={filters.status} />}
                      {filters.page > 1 && <input type="hidden" name="page" value={filters.page} />}
                      <button type="submit" className="button-secondary whitespace-nowrap">
                        Send again<span className="sr-only">: {mail.subject}</span>
                      </button>
                    </form>
                  ),
              },
            ]}
          />
          <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => `/admin/outbox${outboxQueryString({ status: filters.status, page })}`} />
        </>
      )}
    </div>
  );
}

function FilterLink({ href, current, children }: { href: string; current: boolean; children: ReactNode }) {
  return current ? (
    <span aria-current="page" className="font-semibold">
      {children}
    </span>
  ) : (
    <Link href={href}>{children}</Link>
  );
}

function Time({ date }: { date: Date }) {
  return <time dateTime={date.toISOString()}>{formatDateTime(date)}</time>;
}
