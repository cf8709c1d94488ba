import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getPublicOpportunity } from "@/lib/opportunities/queries";
import { UNCONFIRMED_RESPONSE_DAYS } from "@/lib/responses/delivered";
import { toQueryString } from "@/lib/search/params";

export const metadata: Metadata = { title: "Thank you", robots: { index: false } };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * After "I'm interested", and after the button in the mail that confirms it
 * (`?sent=1`). Without `sent` it never says whether the address had answered
 * before: the mail to that address does.
 */
export default async function ThanksPage(props: Props) {
  const [{ slug }, { sent }] = await Promise.all([props.params, props.searchParams]);
  const opportunity = await getPublicOpportunity(slug);
  if (!opportunity) notFound();
  const organization = opportunity.organization.name;
  const similar = toQueryString({ county: opportunity.counties.map((county) => county.slug), type: opportunity.type });

  return (
    <div className="max-w-2xl">
      {sent === "1" && opportunity.full ? (
        <>
          <h1 className="text-3xl font-bold">Thank you: you are on the waiting list</h1>
          <h2 className="mt-6 text-xl font-semibold">What happens next</h2>
          <ol className="mt-2 list-decimal space-y-2 pl-6">
            <li>
              Every place is taken for now. {organization} has your details, and offers places that free up in the order people joined the waiting
              list.
            </li>
            <li>We sent you an e-mail saying so, and we will e-mail you again if a place is offered to you. Only {organization} sees your details.</li>
            <li>If you change your mind, withdraw the response from your account if you have one, or tell {organization} when they contact you.</li>
          </ol>
        </>
      ) : sent === "1" ? (
        <>
          <h1 className="text-3xl font-bold">Thank you: {organization} has your details</h1>
          <h2 className="mt-6 text-xl font-semibold">What happens next</h2>
          <ol className="mt-2 list-decimal space-y-2 pl-6">
            <li>
              {organization} reads your response on their dashboard. They usually reply within a few days, by e-mail or by phone if you gave one.
            </li>
            <li>We sent you an e-mail saying so. Only {organization} sees your details.</li>
            <li>If you change your mind, tell them when they contact you, or withdraw the response from your account if you have one.</li>
          </ol>
        </>
      ) : (
        <>
          <h1 className="text-3xl font-bold">Thank you: please check your e-mail</h1>
          <p className="mt-4 text-lg">We sent a message to the address you gave.</p>
          <h2 className="mt-6 text-xl font-semibold">What happens next</h2>
          <ol className="mt-2 list-decimal space-y-2 pl-6">
            <li>
              Open the link in that message and press the button. Only then do we send your details to {organization}: this way nobody can sign
              someone else up.
            </li>
            {opportunity.full && <li>Every place is taken for now: once you confirm, you join the waiting list, in the order people confirm.</li>}
            <li>The link works for {UNCONFIRMED_RESPONSE_DAYS} days. If you do not use it, what you typed is deleted.</li>
            <li>{organization} usually replies within a few days of getting your details, by e-mail or by phone if you gave one.</li>
          </ol>
          <p className="mt-4 text-sm">
            No message? Look in your spam folder, or send the form again: only the newest link works. Signed in with a confirmed address, your
            details go at once.
          </p>
        </>
      )}

      <ul className="mt-8 space-y-2">
        <li>
          <Link href={`/opportunities/${opportunity.slug}`}>Back to “{opportunity.title}”</Link>
        </li>
        <li>
          <Link href={`/opportunities${similar}`}>More opportunities like this one</Link>
        </li>
        <li>
          <Link href={`/me/alerts?${new URLSearchParams({ save: similar })}`}>Get an e-mail when new ones like this are posted</Link>
        </li>
      </ul>
    </div>
  );
}
