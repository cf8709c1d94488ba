import type { Metadata } from "next";
import Link from "next/link";
import { verifyOptOutToken } from "@/lib/reminders/opt-out";
import { stopRemindersAction } from "./actions";

// The address carries the token: keep it out of search engines.
export const metadata: Metadata = { title: "Stop event reminders", robots: { index: false, follow: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The link at the foot of every event reminder. It works signed out. Opening
 * it only asks; the button stops the reminders, because mail scanners open
 * every link in a message.
 */
export default async function StopRemindersPage(props: Props) {
  const { token, done, failed } = await props.searchParams;
  const valid = typeof token === "string" && verifyOptOutToken(token) !== null;
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">Stop event reminders</h1>
      {valid ? (
        <form action={stopRemindersAction} className="mt-6">
          {failed === "1" && (
            <p role="alert" className="notice mb-4">
              The reminders could not be stopped just now. Please try again later.
            </p>
          )}
          <input type="hidden" name="token" value={token} />
          <p>
            This address will get no more reminders the day before events you are scheduled for. Organizations can still write to you about your responses, and
            your alerts are not affected.
          </p>
          <button type="submit" className="button mt-4">
            Stop event reminders
          </button>
        </form>
      ) : done === "1" ? (
        <>
          <p role="status" className="notice-success mt-6">
            You will get no more event reminders at this address.
          </p>
          <p className="mt-4">
            Keep the events you are scheduled for in your calendar. <Link href="/opportunities">Search for opportunities</Link>.
          </p>
        </>
      ) : (
        <div role="alert" className="notice mt-6">
          <p>This link is not valid. It may have been cut short when it was copied from the e-mail.</p>
          <p className="mt-2">Open the link from the e-mail again.</p>
        </div>
      )}
    </div>
  );
}
