import type { Metadata } from "next";
import { OrganizationForm } from "@/components/organization-form";
import { requireOrganizationAccess } from "@/lib/auth/require";
import { listCounties } from "@/lib/counties/queries";
import { WaitingChanges } from "@/components/waiting-changes";
import { formatDate } from "@/lib/format";
import { waitingChangesOf } from "@/lib/organizations/pending-changes";
import { getOrganizationProfile } from "@/lib/organizations/profile";
import { updateProfileAction } from "./actions";

export const metadata: Metadata = { title: "Organization profile" };

type Props = { params: Promise<{ organization: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ProfilePage(props: Props) {
  const { organization: slug } = await props.params;
  const access = await requireOrganizationAccess(slug, "profile", `/dashboard/${slug}/profile`);
  const [profile, counties, params, waiting] = await Promise.all([getOrganizationProfile(access), listCounties(), props.searchParams, waitingChangesOf(access)]);
  // The form holds what the owner asked for; the public keeps the vetted values until an admin approves.
  const asked = waiting.asked;
  const initial = asked
    ? {
        ...profile,
        ...(asked.name !== undefined && { name: asked.name }),
        ...(asked.kind !== undefined && { kind: asked.kind }),
        ...(asked.website !== undefined && { website: asked.website ?? "" }),
        ...(asked.ein !== undefined && { ein: asked.ein ?? "" }),
        ...(asked.counties !== undefined && { counties: asked.counties }),
      }
    : profile;
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold">Organization profile</h1>
      <p className="mt-2 text-slate-700">What volunteers read about you. Only you, as the owner, can change it.</p>
      {params.saved === "1" && (
        <p role="status" className="notice-success mt-4">
          Saved.
        </p>
      )}
      {params.saved === "held" && (
        <p role="status" className="notice-success mt-4">
          Saved. The changes to who your organization is wait for an admin, who checks them as when you applied; the rest is already public.
        </p>
      )}
      {waiting.lines.length > 0 && (
        <section aria-labelledby="waiting-heading" className="mt-4 rounded border-2 border-amber-600 bg-amber-50 p-4">
          <h2 id="waiting-heading" className="font-semibold">
            Waiting for an admin since {waiting.requestedAt ? formatDate(waiting.requestedAt) : "today"}
          </h2>
          <p className="mt-1 text-sm">
            A new name, kind, website or EIN, or a county added, is checked before volunteers see it: until then they see what is under “Now”. Saving the
            form again replaces the request.
          </p>
          <WaitingChanges lines={waiting.lines} caption="Your changes waiting for review" />
        </section>
      )}
      <div className="mt-6">
        <OrganizationForm
          action={updateProfileAction.bind(null, access.organization.slug)}
          counties={counties.map((county) => ({ value: county.slug, label: county.name }))}
          initial={initial}
          organizationId={access.organizationId}
          submitLabel="Save profile"
        />
      </div>
    </div>
  );
}
