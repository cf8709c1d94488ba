import type { Metadata } from "next";
import Link from "next/link";
import { site } from "@/lib/site";
import { responseRetentionDays } from "@/lib/volunteers/retention";

export const metadata: Metadata = { title: "Privacy" };

export default function PrivacyPage() {
  const days = responseRetentionDays();
  return (
    <article className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">Privacy</h1>
      <p className="text-lg">
        The {site.name} exists to connect volunteers with organizations that help survivors. Keeping the people on both
        sides safe comes first. Here is what we hold, who sees it, and how long we keep it.
      </p>

      <h2 className="pt-4 text-xl font-semibold">When you say “I’m interested”</h2>
      <p>
        You give your name, e-mail, and if you like a phone number, your availability and a message. Only the coordinators of
        the organization you answered see them, and the few people on our team who vet organizations. They never appear on a
        public page, in a feed, in the site’s address bar or in our logs. You do not need an account.
      </p>
      <p>
        Anyone can type any address, so the organization gets nothing until the owner of that address agrees: we e-mail it a
        link to a page with a button that sends the details. If you are signed in with that address, already confirmed, they go
        at once. Details nobody confirms within 7 days are deleted, with the e-mail that asked.
      </p>
      <p>
        When an organization schedules you for an event, we e-mail you a reminder the day before. Each reminder has a link
        that stops them (and starts them again if you change your mind); to remember that, we keep a scrambled code made
        from your address, not the address itself.
      </p>

      <h2 className="pt-4 text-xl font-semibold">How long we keep it</h2>
      <p>
        {days} days after a posting closes, we wipe the name, e-mail, phone and message of every response to it. The
        organization keeps only that a response existed and what became of it. Copies of the e-mails we send you are kept for
        30 days after they go out, so we can tell whether they arrived, and are then deleted.
      </p>

      <h2 className="pt-4 text-xl font-semibold">If you have an account</h2>
      <p>
        Your databank profile (the counties you can serve, your skills, availability and languages) is yours. Organizations
        that serve one of your counties can find you only if you turn on “Let vetted organizations in my counties contact me”, which is off until you turn it
        on. Even then they see your first name, counties, skills and availability, never your e-mail or phone, until you
        accept a request from them. You can stop sharing them with that organization at any time from the same page, and the
        sharing ends by itself {days} days after you accepted.
      </p>
      <p>
        You can download everything we hold about you, and delete your account, at any time from{" "}
        <Link href="/me/data">Your data</Link>. The download has your account, profile, saved searches, responses and
        their status history, contact requests, invitations, teams, the e-mails to you we still hold, and the log of what
        was done to your account or by you. It leaves out your password, the secret part of links, and the notes an
        organization’s team keeps for itself. Deleting it removes your profile, saved searches and contact requests, and
        wipes your name, e-mail and phone from the responses you made.
      </p>

      <h2 className="pt-4 text-xl font-semibold">Organizations</h2>
      <p>
        Every organization is checked by a person on our team before anything of it is public. A street address is never
        shown: postings give a town and county, and organizations whose location is confidential show their county only.
      </p>

      <h2 className="pt-4 text-xl font-semibold">What we do not do</h2>
      <p>
        We do not sell or share personal data, show advertising, or use tracking cookies. The only cookie is the one that
        keeps you signed in.
      </p>

      <h2 id="browsing-safely" className="pt-4 text-xl font-semibold">Browsing safely</h2>
      <p>
        The Quick exit button, or Escape pressed twice, leaves this site at once for a neutral page, opens that page in a new
        tab too where your browser allows it, and takes the page you were on out of the Back button. On the search page,
        changing filters or pages does not add to your history either.
      </p>
      <p>What quick exit cannot do:</p>
      <ul className="list-inside list-disc space-y-1">
        <li>erase your browser history: the site&apos;s other pages you opened are still listed there;</li>
        <li>remove what the browser suggests when you type an address, or a bookmark you made;</li>
        <li>close other tabs you opened on this site;</li>
        <li>hide this site from anyone who can see your network, such as an employer or whoever runs the Wi-Fi.</li>
      </ul>
      <p>
        If someone else may look at your device, open this site in a private window (in most browsers: Ctrl+Shift+N or
        Ctrl+Shift+P, or &ldquo;New private tab&rdquo; in the menu on a phone): nothing you see there stays in the history
        once the window is closed. You can also delete this site from your history afterwards, in your browser&apos;s
        settings.
      </p>
    </article>
  );
}
