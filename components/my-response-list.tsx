import Link from "next/link";
import { formatDate } from "@/lib/format";

/** One response as the volunteer sees it: the posting, who has it, where it stands. */
export type MyResponseItem = {
  id: number;
  postingTitle: string;
  postingSlug: string;
  postingIsPublic: boolean;
  organizationName: string;
  statusLabel: string;
  createdAt: Date;
  /** Only the volunteer's own responses, still being worked on, offer the link. */
  withdrawable: boolean;
};

/**
 * The volunteer's responses, newest first. Withdrawing is a link to a page
 * that asks first, so it works without JavaScript and never happens by a slip.
 */
export function MyResponseList({ items, label }: { items: MyResponseItem[]; label: string }) {
  return (
    <ul aria-label={label} className="mt-4 divide-y divide-slate-200 border-y border-slate-200">
      {items.map((item) => (
        <li key={item.id} className="flex flex-wrap items-start justify-between gap-4 py-4">
          <div>
            <p className="font-semibold">
              {item.postingIsPublic ? <Link href={`/opportunities/${item.postingSlug}`}>{item.postingTitle}</Link> : item.postingTitle}
              {!item.postingIsPublic && <span className="ml-2 text-sm font-normal text-slate-700">(no longer listed)</span>}
            </p>
            <p className="text-sm">{item.organizationName}</p>
            <p className="mt-1 text-sm text-slate-700">
              Sent <time dateTime={item.createdAt.toISOString()}>{formatDate(item.createdAt)}</time> · Status: <strong>{item.statusLabel}</strong>
            </p>
          </div>
          {item.withdrawable && (
            <Link href={`/me/responses/${item.id}/withdraw`} className="button-secondary">
              Withdraw<span className="sr-only"> your response to {item.postingTitle}</span>
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}
