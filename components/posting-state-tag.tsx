import type { PostingState } from "@/lib/opportunities/organization-queries";
import type { organizationStatusLabels } from "@/lib/organizations/status";

type OrganizationStatus = keyof typeof organizationStatusLabels;

const LABELS: Record<PostingState, { label: string; className: string }> = {
  draft: { label: "Draft", className: "border-slate-500 bg-slate-100 text-slate-900" },
  published: { label: "Published", className: "border-green-700 bg-green-50 text-green-900" },
  closed: { label: "Closed", className: "border-slate-500 bg-white text-slate-900" },
  expired: { label: "Expired", className: "border-amber-700 bg-amber-50 text-amber-900" },
  unpublished: { label: "Unpublished by an admin", className: "border-red-700 bg-red-50 text-red-900" },
};

/** A published posting of an organization that is not approved: nothing of it is on the public site. */
const NOT_PUBLIC: Record<Exclude<OrganizationStatus, "approved">, string> = {
  pending: "Published: public once the organization is approved",
  rejected: "Published: not public, the organization is not approved",
  suspended: "Published: not public while the organization is suspended",
};

/** Whether a posting in `state` is on the public site, as far as its organization's status goes. */
export function isPublicPosting(state: PostingState, organizationStatus: OrganizationStatus): boolean {
  return state === "published" && organizationStatus === "approved";
}

/** A posting's state as a word, never as a color alone; a published posting of an organization that is not approved says it is not public. */
export function PostingStateTag({ state, organizationStatus = "approved" }: { state: PostingState; organizationStatus?: OrganizationStatus }) {
  const held = state === "published" && organizationStatus !== "approved";
  const { label, className } = held ? { label: NOT_PUBLIC[organizationStatus], className: LABELS.expired.className } : LABELS[state];
  return <span className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold ${className}`}>{label}</span>;
}
