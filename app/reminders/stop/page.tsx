import type { Metadata } from "next";
import Link from "next/link";
import { reminderLinkState } from "@/lib/reminders/opt-out-actions";
import { resumeRemindersAction, stopRemindersAction } from "./actions";

// The address carries the token: keep it out of search engines.
export const metadata: Metadata = { title: "Stop event reminders", robots: { index: false, follow: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The link at the foot of every event reminder. It works signed out. Opening
 * it only asks; the button stops the reminders, because mail scanners open
 * every link in a message. Once they are stopped, the same link turns them
 * back on.
 */
export default async function StopRemindersPage(props: Props) {
  const { token, done, failed } = await props.searchParams;
  const state = await reminderLinkState(token);
  const notice = failed === "1" && (
    <p role="alert" className="notice mb-4">
      That did not work just now. Please try again later.
    </p>
  );
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">Stop event reminders</h1>
      {state === "on" && (
        <form action={stopRemindersAction} className="mt-6">
          {notice}
          {done === "resumed" && (
            <p role="status" className="notice-success mb-4">
              Event reminders are back on for this address.
            </p>
          )}
          <input type="hidden" name="token" value={token} />
          <p>
            Once you stop them, this address gets no more reminders the day before events you are scheduled for. Organizations can still write to you about
            your responses, and your alerts are not affected.
          </p>
          <button type="submit" className="button mt-4">
            Stop event reminders
          </button>
        </form>
      )}
      {state === "stopped" && (
        <>
          <p role="status" className="notice-success mt-6">
            {done === "stopped" ? "You will get no more event reminders at this address." : "Event reminders are stopped for this address."}
          </p>
          <p className="mt-4">
            Keep the events you are scheduled for in your calendar. <Link href="/opportunities">Search for opportunities</Link>.
          </p>
          <form action={resumeRemindersAction} className="mt-6 border-t border-slate-200 pt-6">
            {notice}
            <input type="hidden" name="token" value={token} />
            <h2 className="text-lg font-semibold">Changed your mind?</h2>
            <p className="mt-2">This address will again get a reminder, with the calendar file, the day before each event you are scheduled for.</p>
            <button type="submit" className="button-secondary mt-4">
              Turn event reminders back on
            </button>
          </form>
        </>
      )}
      {state === "invalid" && (
        <div role="alert" className="notice mt-6">
          <p>This link is not valid. It may have been cut short when it was copied from the e-mail.</p>
          <p className="mt-2">Open the link from the e-mail again.</p>
        </div>
      )}
    </div>
  );
}
