import type { ReactNode } from "react";

const tones = {
  plain: "bg-brand-50 text-brand-800",
  /** Where a posting reaches beyond the counties searched: statewide or remote. */
  reach: "bg-amber-100 text-amber-950 ring-1 ring-inset ring-amber-400",
};

export function Tag({ children, tone = "plain" }: { children: ReactNode; tone?: keyof typeof tones }) {
  return <span className={`inline-block rounded-full px-3 py-1 text-xs font-medium ${tones[tone]}`}>{children}</span>;
}
