import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ListTable } from "@/components/list-table";
import { RecordHoursForm } from "@/components/record-hours-form";
import { requireOrganizationAccess } from "@/lib/auth/require";
import { formatDay, plural } from "@/lib/format";
import { parseId } from "@/lib/forms/schema-parts";
import { hoursOfPosting, todayInMaine } from "@/lib/hours/hours";
import { hoursInWords, hoursStatusLabels } from "@/lib/hours/schemas";
import { recordHoursAction } from "./actions";

export const metadata: Metadata = { title: "Hours given" };

type Props = { params: Promise<{ organization: string; posting: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A posting's hours: recorded for its placed volunteers, one or a whole event at once, with the volunteers' answers. */
export default async function PostingHoursPage(props: Props) {
  const { organization: slug, posting: postingId } = await props.params;
  const access = await requireOrganizationAccess(slug, "responses", `/dashboard/${slug}/postings/${postingId}/hours`);
  const id = parseId(postingId);
  const hours = id === null ? null : await hoursOfPosting(access, id);
  if (!hours) notFound();
  const { posting, placed, entries, totalMinutes } = hours;
  const base = `/dashboard/${access.organization.slug}`;
  const recorded = Number((await props.searchParams).recorded);
  const today = todayInMaine();
  const eventDay = posting.startsAt ? todayInMaine(posting.startsAt) : null;

  return (
    <div className="max-w-4xl">
      <p className="text-sm">
        <Link href={`${base}/postings/${posting.id}`}>Back to “{posting.title}”</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Hours given</h1>
      <p className="mt-1 text-lg">{posting.title}</p>
      {Number.isInteger(recorded) && recorded > 0 && (
        <p role="status" className="notice-success mt-4">
          Recorded for {recorded} {plural(recorded, "volunteer", "volunteers")}. Those with an account are asked to confirm them.
        </p>
      )}

      <section aria-labelledby="record-heading" className="mt-6">
        <h2 id="record-heading" className="text-xl font-semibold">
          Record hours
        </h2>
        {placed.length === 0 ? (
          <p className="notice mt-2">
            Nobody is placed on this posting yet. Mark a volunteer “Placed” on their response, then record the hours they give here.
          </p>
        ) : (
          <div className="mt-3">
            <RecordHoursForm
              action={recordHoursAction}
              organizationId={access.organizationId}
              opportunityId={posting.id}
              volunteers={placed.map((volunteer) => ({ id: volunteer.id, name: volunteer.name ?? "A former volunteer" }))}
              defaultDay={eventDay && eventDay <= today ? eventDay : today}
            />
          </div>
        )}
      </section>

      <section aria-labelledby="recorded-heading" className="mt-10">
        <h2 id="recorded-heading" className="text-xl font-semibold">
          Recorded ({hoursInWords(totalMinutes)}, disputed ones aside)
        </h2>
        {entries.length === 0 ? (
          <p className="mt-2">No hours recorded yet.</p>
        ) : (
          <ListTable
            caption="Hours recorded for this posting, newest first"
            rows={entries}
            rowKey={(entry) => entry.id}
            rowHeader={{ heading: "Volunteer", cell: (entry) => <Link href={`${base}/responses/${entry.responseId}`}>{entry.name ?? "A former volunteer"}</Link> }}
            columns={[
              { heading: "Day", cell: (entry) => formatDay(entry.servedOn) },
              { heading: "Hours", cell: (entry) => hoursInWords(entry.minutes) },
              { heading: "What they did", cell: (entry) => entry.description ?? "" },
              {
                heading: "Volunteer's answer",
                cell: (entry) => (
                  <>
                    {hoursStatusLabels[entry.status]}
                    {entry.disputeNote && <span className="block text-slate-700">“{entry.disputeNote}”</span>}
                  </>
                ),
              },
            ]}
          />
        )}
      </section>
    </div>
  );
}
