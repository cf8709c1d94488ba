import type { Metadata } from "next";
import { VolunteerProfileForm } from "@/components/volunteer-profile-form";
import { requireViewer } from "@/lib/auth/require";
import { listCounties } from "@/lib/counties/queries";
import { getMyProfile } from "@/lib/volunteers/profile";
import { saveProfileAction } from "./actions";

export const metadata: Metadata = { title: "Databank profile" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The volunteer's profile in the databank: what they can offer, where, and whether organizations may find them. */
export default async function ProfilePage(props: Props) {
  const viewer = await requireViewer("/me/profile");
  const [profile, counties, params] = await Promise.all([getMyProfile(viewer), listCounties(), props.searchParams]);
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">Databank profile</h1>
      <p className="mt-2">
        Tell us where and how you could help. Nobody else sees your profile unless you tick the box at the end, and even then
        only a little of it.
      </p>
      {params.saved === "1" && (
        <p role="status" className="notice-success mt-4">
          Your profile is saved.
        </p>
      )}
      {!profile.saved && <p className="notice mt-4">You have not saved a profile yet. Everything on it is optional.</p>}
      <div className="mt-6">
        <VolunteerProfileForm action={saveProfileAction} counties={counties.map((county) => ({ value: county.slug, label: county.name }))} initial={profile.values} />
      </div>
    </div>
  );
}
