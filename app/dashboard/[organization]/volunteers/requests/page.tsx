import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/pagination";
import { requireOrganizationAccess } from "@/lib/auth/require";
import { formatDate } from "@/lib/format";
import { listQueryString, parseListPage } from "@/lib/lists/lists";
import { listContactRequestsForOrganization, type OrganizationContactRequest } from "@/lib/volunteers/contact";
import { contactStatusLabels } from "@/lib/volunteers/find-schemas";

export const metadata: Metadata = { title: "Requests to volunteers" };

type Props = {
  params: Promise<{ organization: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * The organization's requests to volunteers, newest first. A volunteer's
 * e-mail address and phone number show only once they accepted: the query
 * does not return them before.
 */
export default async function ContactRequestsPage(props: Props) {
  const { organization: slug } = await props.params;
  const search = await props.searchParams;
  const page = parseListPage(search.page);
  const access = await requireOrganizationAccess(slug, "findVolunteers", `/dashboard/${encodeURIComponent(slug)}/volunteers/requests${listQueryString({ page })}`);
  const base = `/dashboard/${access.organization.slug}/volunteers`;
  const result = await listContactRequestsForOrganization(access, page);

  return (
    <div className="max-w-3xl">
      <p>
        <Link href={base}>Back to Find volunteers</Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold">Requests to volunteers</h1>
      {search.sent === "1" && (
        <p role="status" className="notice-success mt-4">
          Your message was sent. When the volunteer answers, the coordinator who wrote gets an e-mail and the answer shows here.
        </p>
      )}
      <p className="mt-2">
        The messages your team sent through the site. A volunteer&apos;s e-mail address and phone number show here once they accept. Keep them within your team, and use them only
        for what you asked about.
      </p>

      {result.items.length === 0 ? (
        <p className="notice mt-6">
          {result.total > 0 ? (
            <>
              There are no requests on this page. <Link href={`${base}/requests`}>Go to the first page</Link>.
            </>
          ) : (
            <>
              Your team has not written to any volunteer yet. <Link href={base}>Find volunteers</Link>.
            </>
          )}
        </p>
      ) : (
        <>
          <ul className="mt-6 space-y-6">
            {result.items.map((request) => (
              <li key={request.id} className="rounded border border-slate-300 p-4">
                <ContactRequest request={request} />
              </li>
            ))}
          </ul>
          <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(n) => `${base}/requests${listQueryString({ page: n })}`} />
        </>
      )}
    </div>
  );
}

function ContactRequest({ request }: { request: OrganizationContactRequest }) {
  return (
    <article aria-labelledby={`request-${request.id}`}>
      <h2 id={`request-${request.id}`} className="text-lg font-semibold">
        {request.status === "accepted" ? request.fullName : request.firstName || "A volunteer"}
      </h2>
      <p className="text-sm">
        <strong>{contactStatusLabels[request.status]}</strong> · sent {formatDate(request.createdAt)} by {request.senderName ?? "a former team member"}
        {request.respondedAt && ` · answered ${formatDate(request.respondedAt)}`}
      </p>
      {request.status === "accepted" && (
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          <dt className="font-semibold">E-mail</dt>
          <dd className="break-all">{request.email && <a href={`mailto:${request.email}`}>{request.email}</a>}</dd>
          <dt className="font-semibold">Phone</dt>
          <dd>{request.phone ? <a href={`tel:${request.phone.replace(/[^0-9+]/g, "")}`}>{request.phone}</a> : "Not given"}</dd>
        </dl>
      )}
      {request.status === "declined" && <p className="mt-2 text-sm">They decided not to take this further. Please do not contact them another way.</p>}
      {request.status === "withdrawn" && (
        <p className="mt-2 text-sm">
          They stopped sharing their details{request.endedAt && ` on ${formatDate(request.endedAt)}`}. Delete any copy you made of them, and do not contact them
          another way.
        </p>
      )}
      {request.status === "expired" && (
        <p className="mt-2 text-sm">Their details are no longer shown: sharing ends when the retention period is over. You can write to them again.</p>
      )}
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-semibold">Your message</summary>
        <p className="mt-2 whitespace-pre-line">{request.message}</p>
      </details>
    </article>
  );
}
