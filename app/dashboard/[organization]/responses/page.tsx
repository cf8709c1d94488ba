import type { Metadata } from "next";
import Link from "next/link";
import { ListTable } from "@/components/list-table";
import { Pagination } from "@/components/pagination";
import { requireOrganizationAccess } from "@/lib/auth/require";
import { formatDate, plural } from "@/lib/format";
import { listPostingsWithResponses, listResponses } from "@/lib/responses/inbox";
import { ANSWER_WITHIN_DAYS, RESPONSIVENESS_DAYS, responsivenessOf, type Responsiveness } from "@/lib/statistics/statewide";
import { inboxQueryString, parseInboxParams, RESPONSE_STATUSES, responseStatusLabels } from "@/lib/responses/inbox-schemas";

export const metadata: Metadata = { title: "Responses" };

type Props = {
  params: Promise<{ organization: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const select = "mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2";

/** The responses an organization received, newest first, filtered by posting and status. */
export default async function ResponsesPage(props: Props) {
  const { organization: slug } = await props.params;
  const filters = parseInboxParams(await props.searchParams);
  const access = await requireOrganizationAccess(slug, "responses", `/dashboard/${encodeURIComponent(slug)}/responses${inboxQueryString(filters)}`);
  const inbox = `/dashboard/${access.organization.slug}/responses`;
  const [postings, result, speed] = await Promise.all([listPostingsWithResponses(access), listResponses(access, filters), responsivenessOf(access)]);
  const filtered = filters.opportunityId !== undefined || filters.status !== undefined;
  const { opportunityId, status } = filters;

  return (
    <div>
      <h1 className="text-3xl font-bold">Responses</h1>
      <p className="mt-2 max-w-2xl">
        Volunteers who said they are interested in your postings. Their details are for your team only: contact them, then keep the status up to date.
      </p>

      <ResponsivenessSummary speed={speed} />

      <form method="get" action={inbox} aria-label="Filter responses" className="mt-6 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="posting" className="block text-sm font-semibold">
            Posting
          </label>
          <select id="posting" name="posting" defaultValue={opportunityId ?? ""} className={select}>
            <option value="">All postings</option>
            {postings.map((posting) => (
              <option key={posting.id} value={posting.id}>
                {posting.title} ({posting.responses})
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="status" className="block text-sm font-semibold">
            Status
          </label>
          <select id="status" name="status" defaultValue={status ?? ""} className={select}>
            <option value="">All statuses</option>
            {RESPONSE_STATUSES.map((value) => (
              <option key={value} value={value}>
                {responseStatusLabels[value]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button-secondary">
          Filter
        </button>
        {filtered && <Link href={inbox}>Clear filters</Link>}
      </form>

      <div className="mt-8 flex flex-wrap items-baseline justify-between gap-4">
        <h2 className="text-xl font-semibold" data-testid="response-count">
          {result.total} {plural(result.total, "response", "responses")}
          {filtered ? " match these filters" : ""}
        </h2>
        {result.total > 0 && (
          <a href={`${inbox}/export${inboxQueryString({ opportunityId, status })}`} className="button-secondary">
            Export CSV<span className="sr-only"> of {filtered ? "these" : "all"} responses</span>
          </a>
        )}
      </div>

      {result.items.length === 0 ? (
        <EmptyInbox total={result.total} filtered={filtered} inbox={inbox} firstPage={`${inbox}${inboxQueryString({ opportunityId, status })}`} />
      ) : (
        <>
          <ListTable
            caption={<>Responses, newest first{result.pageCount > 1 ? `, page ${result.page} of ${result.pageCount}` : ""}</>}
            rows={result.items}
            rowKey={(response) => response.id}
            rowHeader={{
              heading: "Name",
              cell: (response) => (
                <Link href={`${inbox}/${response.id}`} className="font-semibold">
                  {response.name ?? "Name removed"}
                </Link>
              ),
            }}
            columns={[
              { heading: "Posting", cell: (response) => response.postingTitle },
              { heading: "Received", cell: (response) => <time dateTime={response.createdAt.toISOString()}>{formatDate(response.createdAt)}</time> },
              {
                heading: "Status",
                cell: (response) => (response.status === "new" ? <strong>{responseStatusLabels.new}</strong> : responseStatusLabels[response.status]),
              },
            ]}
          />
          <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => `${inbox}${inboxQueryString({ opportunityId, status, page })}`} />
        </>
      )}
    </div>
  );
}

function EmptyInbox({ total, filtered, inbox, firstPage }: { total: number; filtered: boolean; inbox: string; firstPage: string }) {
  if (total > 0) {
    return (
      <p className="notice mt-4">
        There are no responses on this page. <Link href={firstPage}>Go to the first page</Link>.
      </p>
    );
  }
  if (filtered) {
    return (
      <p className="notice mt-4">
        No responses match these filters. <Link href={inbox}>Show all responses</Link>.
      </p>
    );
  }
  return (
    <div className="notice mt-4 max-w-2xl">
      <p>No responses yet.</p>
      <p className="mt-2">When a volunteer says they are interested in one of your published postings, their response shows here and your team gets an e-mail.</p>
    </div>
  );
}

const percentFormat = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 0 });

/** "Half of your responses got a first answer within 1.5 days": how quickly the team answered over the last 90 days. */
function ResponsivenessSummary({ speed }: { speed: Responsiveness }) {
  if (speed.responses === 0) return null;
  const median = speed.medianDays === null ? null : speed.medianDays < 1 ? `${Math.max(1, Math.round(speed.medianDays * 24))} hours` : `${speed.medianDays.toFixed(1)} days`;
  return (
    <section aria-labelledby="speed-heading" className="mt-4 max-w-2xl rounded border border-slate-300 bg-slate-50 p-4" data-testid="responsiveness">
      <h2 id="speed-heading" className="font-semibold">
        How quickly you answer (last {RESPONSIVENESS_DAYS} days)
      </h2>
      <ul className="mt-2 space-y-1 text-sm">
        <li>Median time to first contact: {median ?? "no response answered yet"}</li>
        <li>
          Answered within {ANSWER_WITHIN_DAYS} days: {speed.answeredInTime === null ? "too early to tell" : percentFormat.format(speed.answeredInTime)}
        </li>
        {speed.leftWaiting > 0 && (
          <li className="font-semibold">
            {speed.leftWaiting} {plural(speed.leftWaiting, "volunteer has", "volunteers have")} waited more than {ANSWER_WITHIN_DAYS} days for a first answer.
          </li>
        )}
      </ul>
    </section>
  );
}
