import type { Metadata } from "next";
import Link from "next/link";
import { ActionButtonForm } from "@/components/action-button-form";
import { requireViewer } from "@/lib/auth/require";
import { signOutEverywhereAction } from "@/app/signout/actions";

export const metadata: Metadata = { title: "Your data" };

export default async function MyDataPage() {
  await requireViewer("/me/data");
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold">Your data</h1>
      <section aria-labelledby="download-heading">
        <h2 id="download-heading" className="text-xl font-semibold">
          Download everything we hold about you
        </h2>
        <p className="mt-2">
          One file with your account, your databank profile, your saved searches, the responses you made and each change
          of their status, the requests organizations sent you, your invitations and teams, the e-mails to you we still
          hold, and the log of what was done to your account or by you. Other people appear in it only as a role or an
          organization. The file also says what it leaves out and why, such as the links’ secrets and organizations’
          notes.
        </p>
        <p className="mt-3">
          <a href="/me/data/download" className="button" download>
            Download my data (JSON)
          </a>
        </p>
      </section>
      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading" className="text-xl font-semibold">
          Sign out everywhere
        </h2>
        <p className="mt-2">
          Signed in on a computer you no longer use, or think someone else has your session? This signs you out on every
          device and browser at once, this one included. Your password stays the same.
        </p>
        <div className="mt-3">
          <ActionButtonForm action={signOutEverywhereAction} fields={{}} className="button-secondary" pendingLabel="Signing out…">
            Sign out everywhere
          </ActionButtonForm>
        </div>
      </section>
      <section aria-labelledby="delete-heading">
        <h2 id="delete-heading" className="text-xl font-semibold">
          Delete your account
        </h2>
        <p className="mt-2">
          This removes your account, profile, saved searches and contact requests, and wipes your name, e-mail and phone from
          the responses you made. Organizations keep only that a response existed.
        </p>
        <p className="mt-3">
          <Link href="/me/delete" className="button-danger">
            Delete my account
          </Link>
        </p>
      </section>
      <p>
        <Link href="/privacy">How we handle personal data</Link>
      </p>
    </div>
  );
}
