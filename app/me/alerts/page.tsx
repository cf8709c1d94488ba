import type { Metadata } from "next";
import Link from "next/link";
import { ActionButtonForm } from "@/components/action-button-form";
import { AlertForm } from "@/components/alert-form";
import { saveAlertAction } from "@/app/opportunities/alert-actions";
import { listMyAlerts } from "@/lib/alerts/alerts";
import { alertFrequencyLabels, MAX_ALERT_QUERY_LENGTH, MAX_ALERTS_PER_USER } from "@/lib/alerts/schemas";
import { requireViewer } from "@/lib/auth/require";
import { formatDate } from "@/lib/format";
import { deleteAlertAction } from "./actions";
import { Notice } from "@/components/notice";
import { noticeFor } from "@/lib/notices/notices";

export const metadata: Metadata = { title: "Your e-mail alerts" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const DONE = {
  saved: "Your alert is saved. We will e-mail you when new opportunities match this search.",
  updated: "You already had an alert for this search; its frequency is updated.",
  deleted: "The alert is deleted. You will get no more e-mails for that search.",
} as const;

/** The signed-in volunteer's saved searches: what each one finds, how often it mails, and a delete button. */
export default async function MyAlertsPage(props: Props) {
  const viewer = await requireViewer("/me/alerts");
  const [alerts, params] = await Promise.all([listMyAlerts(viewer), props.searchParams]);
  const done = noticeFor(DONE, params.done);
  // "Get e-mail alerts for this search" on a results page, followed without JavaScript or before signing in.
  const toSave = typeof params.save === "string" && /^(\?|$)/.test(params.save) && params.save.length <= MAX_ALERT_QUERY_LENGTH ? params.save : undefined;

  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">Your e-mail alerts</h1>
      <Notice>{done}</Notice>
      <p className="mt-4 text-slate-700">
        Each alert e-mails you the new opportunities that match a search. To add one, <Link href="/opportunities">search</Link> and choose
        “Alert me” under the results. You can keep up to {MAX_ALERTS_PER_USER}.
      </p>

      {toSave !== undefined && (
        <section aria-labelledby="save-heading" className="mt-6 rounded border border-slate-200 p-4">
          <h2 id="save-heading" className="text-xl font-semibold">
            Alert me to this search
          </h2>
          <p className="mt-1 text-sm">
            <Link href={`/opportunities${toSave}`}>The search</Link> is saved with the frequency you choose.
          </p>
          <AlertForm action={saveAlertAction} query={toSave} />
        </section>
      )}

      {alerts.length === 0 ? (
        <p className="mt-6">You have no alerts.</p>
      ) : (
        <ul className="mt-6 divide-y divide-slate-200 border-y border-slate-200">
          {alerts.map((alert) => (
            <li key={alert.id} className="flex flex-wrap items-start justify-between gap-4 py-4">
              <div>
                <p className="font-semibold">{alert.description}</p>
                <p className="mt-1 text-sm text-slate-700">
                  {alertFrequencyLabels[alert.frequency]} · {alert.lastSentAt ? `last e-mail ${formatDate(alert.lastSentAt)}` : "no e-mail yet"} · saved{" "}
                  {formatDate(alert.createdAt)}
                </p>
                <p className="mt-1 text-sm">
                  <Link href={alert.href}>
                    See the results<span className="sr-only"> of the search “{alert.description}”</span>
                  </Link>
                </p>
              </div>
              <ActionButtonForm action={deleteAlertAction} fields={{ alertId: alert.id }} className="button-secondary" pendingLabel="Deleting…">
                Delete<span className="sr-only"> the alert for the search “{alert.description}”</span>
              </ActionButtonForm>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
