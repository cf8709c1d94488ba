import type { Metadata } from "next";
import Link from "next/link";
import { ActionButtonForm } from "@/components/action-button-form";
import { responseAwaitingConfirmation } from "@/lib/responses/confirm";
import { UNCONFIRMED_RESPONSE_DAYS } from "@/lib/responses/delivered";
import { confirmResponseAction } from "./actions";

// The address carries the token: keep it out of search engines (the site's Referrer-Policy keeps it on this site).
export const metadata: Metadata = { title: "Confirm your interest", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }> };

/**
 * Where the link in "Please confirm" lands. Opening it sends nothing: the
 * button does, because mail scanners open every link in a message and would
 * otherwise pass on details nobody agreed to. The page shows what will be
 * sent, but of the phone number only its end: whoever opens the link owns the
 * address, which is not always the person who typed the details.
 */
export default async function ConfirmResponsePage(props: Props) {
  const { token } = await props.params;
  const response = await responseAwaitingConfirmation(token);

  if (!response) {
    return (
      <div className="max-w-2xl">
        <h1 className="text-3xl font-bold">This link cannot be used</h1>
        <p className="mt-4">
          It was already used, a newer link was sent for the same posting, the posting no longer takes responses, or it is more than {UNCONFIRMED_RESPONSE_DAYS} days
          old. If you used it before, the organization has your details and will contact you.
        </p>
        <p className="mt-4">
          To say you are interested again, open the posting and send the form once more, or <Link href="/opportunities">search for opportunities</Link>.
        </p>
      </div>
    );
  }

  const sent = [
    "your e-mail address",
    response.phoneEnding && `the phone number ending in ${response.phoneEnding}`,
    response.hasAvailability && "when you are available",
    response.hasMessage && "your message",
  ].filter(Boolean);

  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">Send your details to {response.organizationName}?</h1>
      <p className="mt-4">
        Someone, we hope you, said that {response.email} is interested in{" "}
        <Link href={`/opportunities/${response.postingSlug}`}>{response.postingTitle}</Link>. Nothing has been sent to {response.organizationName} yet.
      </p>
      <dl className="mt-6 rounded-lg border border-brand-100 bg-brand-50 p-4">
        <dt className="text-sm font-semibold">Name</dt>
        <dd className="mb-3 break-words">{response.name}</dd>
        <dt className="text-sm font-semibold">They will also get</dt>
        <dd className="break-words">{sent.join(", ")}.</dd>
      </dl>
      <p className="mt-6">Only {response.organizationName} will see them. They usually reply within a few days, by e-mail or phone.</p>
      <div className="mt-6">
        <ActionButtonForm action={confirmResponseAction} fields={{ token }} pendingLabel="Sending…">
          Send my details to {response.organizationName}
        </ActionButtonForm>
      </div>
      <p className="mt-6 text-sm">
        If this was not you, close this page: nothing will be sent, and what was typed is deleted within {UNCONFIRMED_RESPONSE_DAYS} days.
      </p>
    </div>
  );
}
