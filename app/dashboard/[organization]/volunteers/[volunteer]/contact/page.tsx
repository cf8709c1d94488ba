import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ContactVolunteerForm } from "@/components/contact-volunteer-form";
import { requireOrganizationAccess } from "@/lib/auth/require";
import { idSchema } from "@/lib/forms/schema-parts";
import { volunteerSkillLabels } from "@/lib/vocabulary";
import { getFindableVolunteer } from "@/lib/volunteers/find";
import { contactVolunteerAction } from "../../actions";

// No name in the title: titles end up in browser history and shared screens.
export const metadata: Metadata = { title: "Contact a volunteer" };

type Props = { params: Promise<{ organization: string; volunteer: string }> };

/** The message to one volunteer who asked to be found; the site mails it on and keeps their address hidden. */
export default async function ContactVolunteerPage(props: Props) {
  const { organization: slug, volunteer: rawId } = await props.params;
  const access = await requireOrganizationAccess(slug, "findVolunteers", `/dashboard/${encodeURIComponent(slug)}/volunteers/${encodeURIComponent(rawId)}/contact`);
  const id = idSchema.safeParse(rawId);
  if (!id.success) notFound();
  // An unknown id, a volunteer who opted out and a disabled account all get the same 404.
  const volunteer = await getFindableVolunteer(access, id.data);
  if (!volunteer) notFound();
  const base = `/dashboard/${access.organization.slug}/volunteers`;
  const name = volunteer.firstName || "this volunteer";

  return (
    <div className="max-w-2xl">
      <p>
        <Link href={base}>Back to Find volunteers</Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold">Contact {name}</h1>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="font-semibold">Counties</dt>
        <dd>{volunteer.counties.length > 0 ? volunteer.counties.join(", ") : "None given"}</dd>
        <dt className="font-semibold">Skills</dt>
        <dd>{volunteer.skills.length > 0 ? volunteer.skills.map((skill) => volunteerSkillLabels[skill]).join(", ") : "None given"}</dd>
        <dt className="font-semibold">Availability</dt>
        <dd className="whitespace-pre-line">{volunteer.availability || "Not given"}</dd>
      </dl>

      {volunteer.requestStatus === "pending" ? (
        <p className="notice mt-6">Your organization already wrote to {name}. Please wait for their answer: it will show on <Link href={`${base}/requests`}>your requests page</Link>.</p>
      ) : volunteer.requestStatus === "accepted" ? (
        <p className="notice mt-6">
          {name} already accepted your organization&apos;s request. Their e-mail address and phone number are on <Link href={`${base}/requests`}>your requests page</Link>.
        </p>
      ) : (
        <section aria-labelledby="message-heading" className="mt-8">
          <h2 id="message-heading" className="text-xl font-semibold">
            Write to {name}
          </h2>
          <p className="mt-2">
            We send your message by e-mail, with the name of {access.organization.name}. {name} can accept or decline. If they accept, you will see their e-mail address and phone number on
            your requests page. Until then, their details stay private.
          </p>
          <div className="mt-4">
            <ContactVolunteerForm action={contactVolunteerAction} organizationId={access.organizationId} volunteerId={volunteer.id} />
          </div>
        </section>
      )}
    </div>
  );
}
