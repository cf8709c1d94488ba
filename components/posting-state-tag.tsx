import type { PostingState } from "@/lib/opportunities/organization-queries";

const LABELS: Record<PostingState, { label: string; className: string }> = {
  draft: { label: "Draft", className: "border-slate-500 bg-slate-100 text-slate-900" },
  published: { label: "Published", className: "border-green-700 bg-green-50 text-green-900" },
  closed: { label: "Closed", className: "border-slate-500 bg-white text-slate-900" },
  expired: { label: "Expired", className: "border-amber-700 bg-amber-50 text-amber-900" },
  unpublished: { label: "Unpublished by an admin", className: "border-red-700 bg-red-50 text-red-900" },
};

/** A posting's state as a word, never as a color alone. */
export function PostingStateTag({ state }: { state: PostingState }) {
  const { label, className } = LABELS[state];
  return <span className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold ${className}`}>{label}</span>;
}
