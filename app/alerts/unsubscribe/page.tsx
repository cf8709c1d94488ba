import type { Metadata } from "next";
import Link from "next/link";
import { unsubscribeAlert } from "@/lib/alerts/alerts";

// The address carries the token: keep it out of search engines and out of the Referer of any link followed from here.
export const metadata: Metadata = { title: "Stop an e-mail alert", robots: { index: false, follow: false }, referrer: "no-referrer" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The one-click link at the foot of every alert mail. It works signed out:
 * the signed token names the one saved search it may delete.
 */
export default async function UnsubscribePage(props: Props) {
  const { token } = await props.searchParams;
  const outcome = await unsubscribeAlert(typeof token === "string" ? token : null);
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">Stop an e-mail alert</h1>
      {outcome === "unsubscribed" ? (
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
