import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButtonForm } from "@/components/action-button-form";
import { ListTable } from "@/components/list-table";
import { requireOrganizationAccess } from "@/lib/auth/require";
import { formatDate, plural } from "@/lib/format";
import { parseId } from "@/lib/forms/schema-parts";
import { responseStatusLabels } from "@/lib/responses/inbox-schemas";
import { waitlistOf } from "@/lib/responses/waitlist";
import { offerPlaceAction } from "./actions";

export const metadata: Metadata = { title: "Waiting list" };

type Props = { params: Promise<{ organization: string; posting: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A posting's places and the volunteers waiting for one, in the order they joined. */
export default async function WaitlistPage(props: Props) {
  const { organization: slug, posting: postingId } = await props.params;
  const access = await requireOrganizationAccess(slug, "responses", `/dashboard/${slug}/postings/${postingId}/waitlist`);
  const id = parseId(postingId);
  const list = id === null ? null : await waitlistOf(access, id);
  if (!list) notFound();
  const { posting, waiting, offered } = list;
  const base = `/dashboard/${access.organization.slug}`;
  const offeredNow = (await props.searchParams).done === "offered";
  const next = waiting[0];

  return (
    <div>
      <p className="text-sm">
        <Link href={`${base}/postings/${posting.id}`}>Back to “{posting.title}”</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Places and waiting list</h1>
      <p className="mt-1 text-lg">{posting.title}</p>
      {offeredNow && (
        <p role="status" className="notice-success mt-4">
          The place was offered: we e-mailed the volunteer, and their response is back in your inbox for the usual steps.
        </p>
      )}

      <section aria-labelledby="places-heading" className="mt-6 rounded border border-slate-300 bg-slate-50 p-4">
        <h2 id="places-heading" className="font-semibold">
          Places
        </h2>
        {posting.spots === null ? (
          <p className="mt-1">This posting has no limit on volunteers, so nobody waits. Set “Volunteers needed” to have one.</p>
        ) : (
          <p className="mt-1">
            {posting.spots} {plural(posting.spots, "volunteer", "volunteers")} needed: {posting.placesTaken} taken by volunteers scheduled or placed.{" "}
            {posting.full ? "The posting is full: new volunteers join the waiting list." : "Places are open."}
          </p>
        )}
        <p className="mt-1 text-sm text-slate-700">A place frees up when a scheduled or placed volunteer is marked declined or withdraws.</p>
      </section>

      <section aria-labelledby="waiting-heading" className="mt-6">
        <h2 id="waiting-heading" className="text-xl font-semibold">
          Waiting ({waiting.length})
        </h2>
        {waiting.length === 0 ? (
          <p className="mt-2">Nobody is waiting for this posting.</p>
        ) : (
          <>
            <div className="mt-3">
              <ActionButtonForm action={offerPlaceAction} fields={{ organizationId: access.organizationId, opportunityId: posting.id }} pendingLabel="Offering…">
                Offer the next place to {next?.name ?? "the first volunteer"}
              </ActionButtonForm>
            </div>
            <ListTable
              caption="Volunteers waiting, in the order they joined"
              rows={waiting}
              rowKey={(person) => person.id}
              rowHeader={{
                heading: "Volunteer",
                cell: (person) => (
                  <>
                    {waiting.indexOf(person) + 1}. <Link href={`${base}/responses/${person.id}`}>{person.name ?? "A volunteer"}</Link>
                  </>
                ),
              }}
              columns={[
                { heading: "Joined the list", cell: (person) => (person.joinedAt ? formatDate(person.joinedAt) : "") },
                { heading: "Status", cell: (person) => responseStatusLabels[person.status] },
              ]}
            />
          </>
        )}
      </section>

      {offered.length > 0 && (
        <section aria-labelledby="offered-heading" className="mt-8">
          <h2 id="offered-heading" className="text-xl font-semibold">
            Offered a place ({offered.length})
          </h2>
          <ListTable
            caption="Volunteers offered a place"
            rows={offered}
            rowKey={(person) => person.id}
            rowHeader={{ heading: "Volunteer", cell: (person) => <Link href={`${base}/responses/${person.id}`}>{person.name ?? "A volunteer"}</Link> }}
            columns={[
              { heading: "Offered", cell: (person) => (person.offeredAt ? formatDate(person.offeredAt) : "") },
              { heading: "Status", cell: (person) => responseStatusLabels[person.status] },
            ]}
          />
        </section>
      )}
    </div>
  );
}
