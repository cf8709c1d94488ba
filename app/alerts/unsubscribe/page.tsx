import type { Metadata } from "next";
import Link from "next/link";
import { verifyUnsubscribeToken } from "@/lib/alerts/unsubscribe-token";
import { unsubscribeAction } from "./actions";

// The address carries the token: keep it out of search engines (the site's Referrer-Policy keeps it on this site).
export const metadata: Metadata = { title: "Stop an e-mail alert", robots: { index: false, follow: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The link at the foot of every alert mail. It works signed out: the signed
 * token names the one saved search it may delete. Opening the link only asks;
 * the button stops the alert, because mail scanners open every link in a
 * message and would otherwise stop alerts nobody meant to stop.
 */
export default async function UnsubscribePage(props: Props) {
  const { token, done, failed } = await props.searchParams;
  const valid = typeof token === "string" && verifyUnsubscribeToken(token) !== null;
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">Stop an e-mail alert</h1>
      {valid ? (
        <form action={unsubscribeAction} className="mt-6">
          {failed === "1" && (
            <p role="alert" className="notice mb-4">
              The alert could not be stopped just now. Please try again later, or sign in to delete it from your alerts.
            </p>
          )}
          <input type="hidden" name="token" value={token} />
          <p>You will get no more e-mails for this saved search. Your other alerts are not affected.</p>
          <button type="submit" className="button mt-4">
            Stop this alert
          </button>
        </form>
      ) : done === "1" ? (
        <>
          <p role="status" className="notice-success mt-6">
            You will get no more e-mails for this saved search.
          </p>
          <p className="mt-4">
            Your other alerts, if you have any, are not affected. <Link href="/me/alerts">See your alerts</Link> or{" "}
            <Link href="/opportunities">search for opportunities</Link>.
          </p>
        </>
      ) : (
        <div role="alert" className="notice mt-6">
          <p>This link is not valid. It may have been cut short when it was copied from the e-mail.</p>
          <p className="mt-2">
            Open the link from the e-mail again, or <Link href="/me/alerts">sign in to see and delete your alerts</Link>.
          </p>
        </div>
      )}
    </div>
  );
}
