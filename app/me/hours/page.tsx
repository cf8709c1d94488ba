import type { Metadata } from "next";
import Link from "next/link";
import { ActionButtonForm } from "@/components/action-button-form";
import { DisputeHoursForm } from "@/components/dispute-hours-form";
import { ListTable } from "@/components/list-table";
import { requireViewer } from "@/lib/auth/require";
import { formatDay } from "@/lib/format";
import { myHours } from "@/lib/hours/hours";
import { hoursInWords, hoursStatusLabels } from "@/lib/hours/schemas";
import { answerHoursAction } from "./actions";

export const metadata: Metadata = { title: "My hours" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The hours organizations recorded for the volunteer: each confirmed or disputed here, the confirmed ones printed as a letter. */
export default async function MyHoursPage(props: Props) {
  const viewer = await requireViewer("/me/hours");
  const [entries, { answered }] = await Promise.all([myHours(viewer), props.searchParams]);
  const confirmedMinutes = entries.filter((entry) => entry.status === "confirmed").reduce((sum, entry) => sum + entry.minutes, 0);
  const waiting = entries.filter((entry) => entry.status === "recorded").length;

  return (
    <div className="max-w-4xl">
      <h1 className="text-3xl font-bold">My hours</h1>
      <p className="mt-2">The hours organizations recorded for you. Confirm each one that is right; a letter of service lists the confirmed ones.</p>
      {answered === "confirm" && (
        <p role="status" className="notice-success mt-4">
          Confirmed. Thank you for your time.
        </p>
      )}
      {answered === "dispute" && (
        <p role="status" className="notice-success mt-4">
          Disputed. The organization sees your note and can record the hours again.
        </p>
      )}

      {entries.length === 0 ? (
        <div className="notice mt-6">
          <p>No hours are recorded for you yet.</p>
          <p className="mt-2">When an organization places you and records the time you give, it shows here for you to confirm.</p>
        </div>
      ) : (
        <>
          <p className="mt-6 text-lg">
            <strong>{hoursInWords(confirmedMinutes)}</strong> confirmed{waiting > 0 && <>, and {waiting} waiting for your answer</>}.{" "}
            {confirmedMinutes > 0 && <Link href="/me/hours/letter">Your letter of service</Link>}
          </p>
          <ListTable
            caption="Hours recorded for you, newest first"
            rows={entries}
            rowKey={(entry) => entry.id}
            rowHeader={{ heading: "Opportunity", cell: (entry) => <>{entry.postingTitle}<span className="block text-slate-700">{entry.organizationName}</span></> }}
            columns={[
              { heading: "Day", cell: (entry) => formatDay(entry.servedOn) },
              { heading: "Hours", cell: (entry) => hoursInWords(entry.minutes) },
              { heading: "What you did", cell: (entry) => entry.description ?? "" },
              {
                heading: "Your answer",
                cell: (entry) =>
                  entry.status === "recorded" ? (
                    <div className="space-y-2">
                      <ActionButtonForm action={answerHoursAction} fields={{ hoursId: entry.id, answer: "confirm" }} pendingLabel="Confirming…">
                        Confirm
                      </ActionButtonForm>
                      <DisputeHoursForm action={answerHoursAction} hoursId={entry.id} />
                    </div>
                  ) : (
                    hoursStatusLabels[entry.status]
                  ),
              },
            ]}
          />
        </>
      )}
    </div>
  );
}
