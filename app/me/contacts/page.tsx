import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/require";
import { formatDate } from "@/lib/format";
import { listMyContactRequests, type MyContactRequest } from "@/lib/volunteers/contact";
import { contactStatusLabels } from "@/lib/volunteers/find-schemas";
import { answerContactAction, withdrawContactAction } from "./actions";

export const metadata: Metadata = { title: "Requests from organizations" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const ANSWERED: Record<string, string> = {
  accept: "You accepted. The organization can now see your e-mail address and phone number, and will contact you directly.",
  decline: "You declined. The organization will not see your details, and we let them know politely.",
  withdrawn: "You stopped sharing your details. The organization no longer sees them, was asked to delete any copy, and will not ask you again.",
};

const PROBLEMS: Record<string, string> = {
  "not-found": "That request was not found.",
  answered: "You already answered that request.",
  "not-shared": "You are not sharing your details through that request.",
  unavailable: "That organization cannot take new contacts at the moment, so the request cannot be accepted. You can still decline it.",
  limit: "You have answered many requests in a short time. Please try again in an hour.",
  error: "Something went wrong on our side. Please try again.",
};

/**
 * The vetted organizations that wrote to the signed-in volunteer through the
 * site. Nothing about the volunteer is shared until they accept a request.
 */
export default async function MyContactRequestsPage(props: Props) {
  const viewer = await requireViewer("/me/contacts");
  const search = await props.searchParams;
  const requests = await listMyContactRequests(viewer);
  const answered = typeof search.answered === "string" ? ANSWERED[search.answered] : undefined;
  const problem = typeof search.problem === "string" ? (Object.hasOwn(PROBLEMS, search.problem) ? PROBLEMS[search.problem] : PROBLEMS.error) : undefined;

  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">Requests from organizations</h1>
      <p className="mt-2">
        Vetted organizations in your counties can write to you through the site when you let them find you. They do not see your e-mail address or phone number unless you accept their
        request.
      </p>
      {answered && (
        <p role="status" className="notice-success mt-4">
          {answered}
        </p>
      )}
      {problem && (
        <p role="alert" className="mt-4 rounded border-2 border-red-700 bg-red-50 p-4 font-semibold text-red-800">
          {problem}
        </p>
      )}

      {requests.length === 0 ? (
        <p className="notice mt-6">No organization has written to you yet.</p>
      ) : (
        <ul className="mt-6 space-y-6">
          {requests.map((request) => (
            <li key={request.id} className="rounded border border-slate-300 p-4">
              <ContactRequest request={request} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ContactRequest({ request }: { request: MyContactRequest }) {
  const organization = request.organization;
  return (
    <article aria-labelledby={`request-${request.id}`}>
      <h2 id={`request-${request.id}`} className="text-lg font-semibold">
        {organization.status === "approved" ? <Link href={`/organizations/${organization.slug}`}>{organization.name}</Link> : organization.name}
      </h2>
      <p className="text-sm">
        Sent {formatDate(request.createdAt)} · <strong>{contactStatusLabels[request.status]}</strong>
        {request.respondedAt && ` · you answered ${formatDate(request.respondedAt)}`}
      </p>
      <p className="mt-3 whitespace-pre-line">{request.message}</p>
      {request.status === "pending" ? (
        <form action={answerContactAction} className="mt-4 flex flex-wrap gap-3">
          <input type="hidden" name="requestId" value={request.id} />
          <button type="submit" name="answer" value="accept" className="button">
            Accept<span className="sr-only"> the request from {organization.name}</span>
          </button>
          <button type="submit" name="answer" value="decline" className="button-secondary">
            Decline<span className="sr-only"> the request from {organization.name}</span>
          </button>
        </form>
      ) : request.status === "accepted" ? (
        <form action={withdrawContactAction} className="mt-3">
          <input type="hidden" name="requestId" value={request.id} />
          <p className="text-sm">
            {organization.name} can see your e-mail address and phone number. You can stop that at any time: they will no longer see them, and will not
            ask you again.
          </p>
          <button type="submit" className="button-secondary mt-2">
            Stop sharing my details<span className="sr-only"> with {organization.name}</span>
          </button>
        </form>
      ) : request.status === "withdrawn" ? (
        <p className="mt-3 text-sm">
          You stopped sharing your details{request.endedAt && ` on ${formatDate(request.endedAt)}`}: {organization.name} no longer sees them.
        </p>
      ) : request.status === "expired" ? (
        <p className="mt-3 text-sm">Sharing ended when the time we keep such details was over: {organization.name} no longer sees them.</p>
      ) : (
        <p className="mt-3 text-sm">You declined: {organization.name} does not see your details.</p>
      )}
      {request.status === "pending" && <p className="mt-2 text-sm text-slate-700">If you accept, {organization.name} will see your e-mail address and phone number.</p>}
    </article>
  );
}
