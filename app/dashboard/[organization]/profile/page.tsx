import type { Metadata } from "next";
import { OrganizationForm } from "@/components/organization-form";
import { requireOrganizationAccess } from "@/lib/auth/require";
import { listCounties } from "@/lib/counties/queries";
import { getOrganizationProfile } from "@/lib/organizations/profile";
import { updateProfileAction } from "./actions";

export const metadata: Metadata = { title: "Organization profile" };

type Props = { params: Promise<{ organization: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ProfilePage(props: Props) {
  const { organization: slug } = await props.params;
  const access = await requireOrganizationAccess(slug, "profile", `/dashboard/${slug}/profile`);
  const [profile, counties, params] = await Promise.all([getOrganizationProfile(access), listCounties(), props.searchParams]);
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold">Organization profile</h1>
      <p className="mt-2 text-slate-700">What volunteers read about you. Only you, as the owner, can change it.</p>
      {params.saved === "1" && (
        <p role="status" className="notice-success mt-4">
          Saved.
        </p>
      )}
      <div className="mt-6">
        <OrganizationForm
          action={updateProfileAction.bind(null, access.organization.slug)}
          counties={counties.map((county) => ({ value: county.slug, label: county.name }))}
          initial={profile}
          organizationId={access.organizationId}
          submitLabel="Save profile"
        />
      </div>
    </div>
  );
}
