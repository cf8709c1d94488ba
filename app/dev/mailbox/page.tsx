import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatDateTime } from "@/lib/format";
import { devMailboxEnabled, listRecentMail } from "@/lib/email/dev-mailbox";

export const metadata: Metadata = { title: "Development mailbox", robots: { index: false } };

/** Development only: the mail the site would have sent, when no SMTP_URL is set. */
export default async function DevMailboxPage() {
  if (!devMailboxEnabled()) notFound();
  const mails = await listRecentMail();
  return (
    <div>
      <h1 className="text-3xl font-bold">Development mailbox</h1>
      <p className="mt-2 text-slate-700">The newest mail in the outbox. This page does not exist in production.</p>
      {mails.length === 0 ? (
        <p className="mt-6">No mail yet.</p>
      ) : (
        <ol className="mt-6 space-y-4">
          {mails.map((mail) => (
            <li key={mail.id} className="rounded border border-slate-200 p-4">
              <p className="text-sm text-slate-700">
                To {mail.to} · {formatDateTime(mail.createdAt)} · {mail.status}
              </p>
              <h2 className="mt-1 font-semibold">{mail.subject}</h2>
              <pre className="mt-2 text-sm whitespace-pre-wrap">{mail.text}</pre>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
