import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ResponseNoteForm } from "@/components/response-note-form";
import { ResponseStatusForm } from "@/components/response-status-form";
import { requireOrganizationAccess } from "@/lib/auth/require";
import { idSchema } from "@/lib/forms/schema-parts";
import { formatDateTime } from "@/lib/format";
import { getResponse, type InboxResponse } from "@/lib/responses/inbox";
import { inboxQueryString, RESPONSE_TRANSITIONS, responseStatusLabels } from "@/lib/responses/inbox-schemas";
import { addNoteAction, changeStatusAction } from "../actions";
import { Notice } from "@/components/notice";
import { noticeFor } from "@/lib/notices/notices";

// The volunteer's name stays out of the title: titles end up in browser history and shared screens.
export const metadata: Metadata = { title: "Response" };

type Props = {
  params: Promise<{ organization: string; response: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const DONE = { status: "The status was changed.", note: "Your note was added." } as const;

/** One response: the volunteer's details, the status and note forms, and what happened so far. */
export default async function ResponsePage(props: Props) {
  const { organization: slug, response: rawId } = await props.params;
  const { done } = await props.searchParams;
  const access = await requireOrganizationAccess(slug, "responses", `/dashboard/${encodeURIComponent(slug)}/responses/${encodeURIComponent(rawId)}`);
  const id = idSchema.safeParse(rawId);
  if (!id.success) notFound();
  const response = await getResponse(access, id.data);
  if (!response) notFound();

  const inbox = `/dashboard/${access.organization.slug}/responses`;
  const doneMessage = noticeFor(DONE, done);
  const nextStatuses = RESPONSE_TRANSITIONS[response.status];

  return (
    <div className="max-w-3xl">
      <p>
        <Link href={inbox}>Back to all responses</Link>
      </p>
      <Notice>{doneMessage}</Notice>
      <h1 className="mt-4 text-3xl font-bold">{response.name ?? "Name removed"}</h1>
      <p className="mt-2">
        Interested in <strong>{response.posting.title}</strong> · received {formatDateTime(response.createdAt)}
      </p>
      <p className="mt-1">
        Status: <strong>{responseStatusLabels[response.status]}</strong>
      </p>
      <p className="mt-1 text-sm">
        <Link href={`${inbox}${inboxQueryString({ opportunityId: response.posting.id })}`}>All responses to this posting</Link>
      </p>

      <section aria-labelledby="details-heading" className="mt-8">
        <h2 id="details-heading" className="text-xl font-semibold">
          Contact details
        </h2>
        <Details response={response} />
      </section>

      <section aria-labelledby="status-heading" className="mt-8">
        <h2 id="status-heading" className="text-xl font-semibold">
          Change the status
        </h2>
        {nextStatuses.length > 0 ? (
          <div className="mt-3">
            {/* A new key after each change: the form starts again from the new status. */}
            <ResponseStatusForm key={response.status} action={changeStatusAction} organizationId={access.organizationId} responseId={response.id} status={response.status} />
          </div>
        ) : (
          <p className="mt-3">This response is {responseStatusLabels[response.status]}, so its status cannot change any more.</p>
        )}
      </section>

      <section aria-labelledby="note-heading" className="mt-8">
        <h2 id="note-heading" className="text-xl font-semibold">
          Add a note
        </h2>
        <div className="mt-3">
          {/* A new key after each note: the box is empty again for the next one. */}
          <ResponseNoteForm key={response.events.length} action={addNoteAction} organizationId={access.organizationId} responseId={response.id} />
        </div>
      </section>

      <section aria-labelledby="history-heading" className="mt-8">
        <h2 id="history-heading" className="text-xl font-semibold">
          History
        </h2>
        <History response={response} />
      </section>
    </div>
  );
}

function Details({ response }: { response: InboxResponse }) {
  const row = "grid gap-1 border-b border-slate-200 py-3 sm:grid-cols-[10rem_1fr]";
  return (
    <dl className="mt-3">
      <div className={row}>
        <dt className="font-semibold">E-mail</dt>
        <dd>{response.email ? <a href={`mailto:${encodeURIComponent(response.email).replaceAll("%40", "@")}`}>{response.email}</a> : "Removed"}</dd>
      </div>
      <div className={row}>
        <dt className="font-semibold">Phone</dt>
        <dd>{response.phone ? <a href={`tel:${response.phone.replace(/[^0-9+]/g, "")}`}>{response.phone}</a> : "Not given"}</dd>
      </div>
      <div className={row}>
        <dt className="font-semibold">Availability</dt>
        <dd className="whitespace-pre-line">{response.availability ?? "Not given"}</dd>
      </div>
      <div className={row}>
        <dt className="font-semibold">Message</dt>
        <dd className="whitespace-pre-line">{response.message ?? "No message"}</dd>
      </div>
    </dl>
  );
}

function History({ response }: { response: InboxResponse }) {
  return (
    <ol className="mt-3 space-y-4 border-l-2 border-slate-300 pl-4">
      <li>
        <p className="font-semibold">Response received</p>
        <Time date={response.createdAt} />
      </li>
      {response.events.map((event) => {
        const actor = event.actorName ?? "A former team member";
        return (
          <li key={event.id}>
            {event.kind === "status" ? (
              <p className="font-semibold">
                {actor} changed the status
                {event.fromStatus ? ` from ${responseStatusLabels[event.fromStatus]}` : ""}
                {event.toStatus ? ` to ${responseStatusLabels[event.toStatus]}` : ""}
              </p>
            ) : (
              <>
                <p className="font-semibold">{actor} added a note</p>
                <p className="mt-1 whitespace-pre-line">{event.note ?? "(note removed)"}</p>
              </>
            )}
            <Time date={event.createdAt} />
          </li>
        );
      })}
    </ol>
  );
}

function Time({ date }: { date: Date }) {
  return (
    <p className="text-sm text-slate-700">
      <time dateTime={date.toISOString()}>{formatDateTime(date)}</time>
    </p>
  );
}
