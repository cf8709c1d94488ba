import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/pagination";
import { auditQueryString, auditTargetTypeLabels, listAuditActions, listAuditEntries, parseAuditParams, type AuditLogPage } from "@/lib/audit/queries";
import { requireAdmin } from "@/lib/auth/require";
import { formatDateTime, plural } from "@/lib/format";
import { parseId } from "@/lib/forms/schema-parts";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const control = "mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2";
/** Details are counts and ids; anything longer is cut so one entry cannot take over the page. */
const DETAILS_MAX_LENGTH = 300;

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
            {actions.map((value) => (
              <option key={value} value={value}>
                {value}
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
          <div className="mt-4 overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">
                Audit log, newest first{result.pageCount > 1 ? `, page ${result.page} of ${result.pageCount}` : ""}
              </caption>
              <thead>
                <tr className="border-b-2 border-slate-300">
                  <th scope="col" className="py-2 pr-4">Time</th>
                  <th scope="col" className="py-2 pr-4">Actor</th>
                  <th scope="col" className="py-2 pr-4">Action</th>
                  <th scope="col" className="py-2 pr-4">Target</th>
                  <th scope="col" className="py-2 pr-4">Reason</th>
                  <th scope="col" className="py-2">Details</th>
                </tr>
              </thead>
              <tbody>
                {result.items.map((entry) => (
                  <tr key={entry.id} className="border-b border-slate-200 align-top">
                    <td className="py-3 pr-4">
                      <time dateTime={entry.createdAt.toISOString()}>{formatDateTime(entry.createdAt)}</time>
                    </td>
                    <td className="py-3 pr-4 break-all">{entry.actorEmail ? `${entry.actorName} <${entry.actorEmail}>` : "system"}</td>
                    <td className="py-3 pr-4 font-semibold">{entry.action}</td>
                    <td className="py-3 pr-4">
                      <Target entry={entry} />
                    </td>
                    <td className="max-w-xs py-3 pr-4 whitespace-pre-line">{entry.reason ?? ""}</td>
                    <td className="py-3">{entry.details === null ? "" : <code className="text-xs break-all">{detailsText(entry.details)}</code>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => `/admin/audit${auditQueryString({ ...filters, page })}`} />
        </>
      )}
    </div>
  );
}

/** The target's type and id, a link where it has a page an admin can open. */
function Target({ entry }: { entry: AuditLogPage["items"][number] }) {
  const label = Object.hasOwn(auditTargetTypeLabels, entry.targetType) ? auditTargetTypeLabels[entry.targetType as keyof typeof auditTargetTypeLabels] : entry.targetType;
  const text = `${label} ${entry.targetId}`;
  if (entry.targetType === "organization" && entry.organizationSlug) return <Link href={`/organizations/${entry.organizationSlug}`}>{text}</Link>;
  if (entry.targetType === "user" && parseId(entry.targetId) !== null) return <Link href={`/admin/users/${entry.targetId}`}>{text}</Link>;
  return <>{text}</>;
}

function detailsText(details: unknown): string {
  const text = JSON.stringify(details) ?? "";
  return text.length > DETAILS_MAX_LENGTH ? `${text.slice(0, DETAILS_MAX_LENGTH)}…` : text;
}
