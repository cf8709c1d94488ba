import type { Metadata } from "next";
import Link from "next/link";
import { ListTable } from "@/components/list-table";
import { Pagination } from "@/components/pagination";
import { auditActionLabel } from "@/lib/audit/describe";
import { auditQueryString, auditTargetTypeLabels, listAuditActions, listAuditEntries, parseAuditParams, type AuditLogPage } from "@/lib/audit/queries";
import { requireAdmin } from "@/lib/auth/require";
import { formatDateTime, plural } from "@/lib/format";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const control = "mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2";

/** Who did what to which, newest first, filtered by action, target, actor and dates. */
export default async function AuditLogPage(props: Props) {
  const admin = await requireAdmin("/admin/audit");
  const filters = parseAuditParams(await props.searchParams);
  const [actions, result] = await Promise.all([listAuditActions(admin), listAuditEntries(admin, filters)]);
  const { action, target, actor, from, to } = filters;
  const filtered = Boolean(action || target || actor || from || to);

  return (
    <div>
      <h1 className="text-3xl font-bold">Audit log</h1>
      <p className="mt-2 max-w-2xl">Every moderation step and every change to an account, with who made it, when, and why.</p>

      <form method="get" action="/admin/audit" aria-label="Filter the audit log" className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <div>
          <label htmlFor="action" className="block text-sm font-semibold">
            Action
          </label>
          <select id="action" name="action" defaultValue={action ?? ""} className={control}>
            <option value="">All actions</option>
            {actions
              .map((value) => ({ value, label: auditActionLabel(value) }))
              .sort((a, b) => a.label.localeCompare(b.label))
              .map(({ value, label }) => (
              <option key={value} value={value}>
                  {label}
                </option>
              ))}
          </select>
        </div>
        <div>
          <label htmlFor="target" className="block text-sm font-semibold">
            Target
          </label>
          <select id="target" name="target" defaultValue={target ?? ""} className={control}>
            <option value="">All targets</option>
            {Object.entries(auditTargetTypeLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="actor" className="block text-sm font-semibold">
            Actor&apos;s e-mail address
          </label>
          <input id="actor" name="actor" type="search" defaultValue={actor ?? ""} maxLength={254} className={control} />
        </div>
        <div>
          <label htmlFor="from" className="block text-sm font-semibold">
            From
          </label>
          <input id="from" name="from" type="date" defaultValue={from ?? ""} className={control} />
        </div>
        <div>
          <label htmlFor="to" className="block text-sm font-semibold">
            To (including that day)
          </label>
          <input id="to" name="to" type="date" defaultValue={to ?? ""} className={control} />
        </div>
        <div className="flex items-end gap-4">
          <button type="submit" className="button-secondary">
            Filter
          </button>
          {filtered && <Link href="/admin/audit">Clear filters</Link>}
        </div>
      </form>

      <h2 className="mt-8 text-xl font-semibold" data-testid="audit-count">
        {result.total} {plural(result.total, "entry", "entries")}
        {filtered ? " match these filters" : ""}
      </h2>

      {result.items.length === 0 ? (
        <p className="notice mt-4">
          {result.total > 0 ? (
            <>
              There are no entries on this page. <Link href={`/admin/audit${auditQueryString({ ...filters, page: 1 })}`}>Go to the first page</Link>.
            </>
          ) : filtered ? (
            "No entry matches these filters."
          ) : (
            "Nothing has been recorded yet."
          )}
        </p>
      ) : (
        <>
          <ListTable
            caption={<>Audit log, newest first{result.pageCount > 1 ? `, page ${result.page} of ${result.pageCount}` : ""}</>}
            rows={result.items}
            rowKey={(entry) => entry.id}
            rowHeader={{ heading: "When", cell: (entry) => <time dateTime={entry.createdAt.toISOString()}>{formatDateTime(entry.createdAt)}</time>, className: "whitespace-nowrap" }}
            columns={[{ heading: "What happened", cell: (entry) => <Entry entry={entry} /> }]}
          />
          <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => `/admin/audit${auditQueryString({ ...filters, page })}`} />
        </>
      )}
    </div>
  );
}

/** The entry as a sentence, with its reason after it as the admin wrote it. */
function Entry({ entry }: { entry: AuditLogPage["items"][number] }) {
  return (
    <>
      <p>
        {entry.sentence.map((part, index) =>
          typeof part === "string" ? (
            part
          ) : part.href ? (
            <Link key={index} href={part.href} className={index === 0 ? "font-semibold" : undefined}>
              {part.name}
            </Link>
          ) : (
            <em key={index}>{part.name}</em>
          ),
        )}
        {entry.reason ? ":" : "."}
      </p>
      {entry.reason && <p className="mt-1 max-w-prose border-l-4 border-slate-300 pl-3 whitespace-pre-line">{entry.reason}</p>}
    </>
  );
}
